package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.tongxin.support.IntegrationTest;

/**
 * The generated OpenAPI document, held to the rules Spectral's OpenAPI ruleset checks (run by hand, result in docs/api.md)
 * and to ours, in plain Java so that the build needs no Node: no two equivalent paths; every operation with a unique
 * operationId, a Chinese summary, a description and the problem responses the server can give it; every request body
 * documented with the fields the server reads.
 */
@IntegrationTest
class ApiDocumentTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        doc = JsonMapper.builder().build().readTree(json);
        // kept for linting by hand: npx @stoplight/spectral-cli lint target/api-docs.json (docs/api.md)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-docs.json"), json);
    }

    /** "METHOD /path" → operation. */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return ops;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    @Test
    void noTwoPathsAreEquivalent() {
        Map<String, List<String>> byShape = new TreeMap<>();
        doc.get("paths").propertyNames().forEach(p -> byShape.computeIfAbsent(p.replaceAll("\\{[^}]*}", "{}"), k -> new ArrayList<>()).add(p));
        assertThat(byShape.values()).as("equivalent paths").allMatch(paths -> paths.size() == 1);
        assertThat(doc.get("paths").has("/api/v1/calendar/years/{year}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/calendar/days/{day}")).isTrue();
    }

    @Test
    void everyOperationHasAUniqueOperationIdAChineseSummaryAndADescription() {
        Map<String, JsonNode> ops = operations();
        assertThat(ops).hasSizeGreaterThan(150);
        Map<String, String> ids = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        ops.forEach((name, op) -> {
            String id = text(op, "operationId");
            String summary = text(op, "summary");
            String description = text(op, "description");
            if (id.isBlank() || ids.put(id, name) != null) {
                wrong.add(name + ": operationId 缺失或重复 " + id);
            }
            if (!HAN.matcher(summary).find() || summary.equalsIgnoreCase(id)) {
                wrong.add(name + ": 摘要 “" + summary + "”");
            }
            if (description.isBlank() || description.strip().equals(summary.strip())) {
                wrong.add(name + ": 说明 “" + description + "”");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationDocumentsTheProblemsTheServerCanAnswerWithTheProblemDetailsSchema() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, op) -> {
            boolean write = !name.startsWith("GET ");
            boolean open = op.has("security") && op.get("security").isEmpty();
            boolean input = op.has("requestBody") || (op.has("parameters") && !op.get("parameters").isEmpty());
            List<String> expected = new ArrayList<>();
            if (input) {
                expected.add("400");
            }
            if (!open) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            if (write) {
                expected.addAll(List.of("409", "422"));
            }
            JsonNode responses = op.get("responses");
            for (String code : expected) {
                JsonNode r = responses.get(code);
                String ref = r == null ? "" : r.at("/content/application~1problem+json/schema/$ref").asString("");
                if (!ref.equals("#/components/schemas/Problem") || text(r, "description").isBlank()) {
                    wrong.add(name + " " + code);
                }
            }
            if (responses.properties().stream().noneMatch(e -> e.getKey().startsWith("2") || e.getKey().startsWith("3"))) {
                wrong.add(name + ": 没有成功应答");
            }
        });
        assertThat(wrong).isEmpty();
        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        assertThat(problem.propertyNames()).contains("title", "status", "detail", "errors");
    }

    @Test
    void everyTagAnOperationUsesIsDeclaredOnceWithADescription() {
        Map<String, String> declared = new HashMap<>();
        List<String> names = new ArrayList<>();
        doc.get("tags").forEach(t -> {
            declared.put(text(t, "name"), text(t, "description"));
            names.add(text(t, "name"));
        });
        assertThat(names).as("each tag declared once").doesNotHaveDuplicates();
        Set<String> used = new TreeSet<>();
        operations().values().forEach(op -> op.get("tags").forEach(t -> used.add(t.asString())));
        assertThat(declared.keySet()).containsAll(used);
        assertThat(used).allMatch(t -> HAN.matcher(t).find() && !declared.get(t).isBlank());
    }

    /**
     * Each JSON body a handler reads is documented with that record's fields. Two nested records of the same simple name
     * were one schema before (the activity leave decision read {@code approve} and was documented with the co-signing
     * answer's {@code confirm}).
     */
    @Test
    void everyRequestBodyIsDocumentedWithTheFieldsTheServerReads() {
        Map<String, JsonNode> ops = operations();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Class<?> body = null;
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    body = p.getParameterType();
                }
            }
            if (body == null || !body.isRecord()) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    JsonNode op = ops.get(method.name() + " " + path);
                    if (op == null) {
                        continue;
                    }
                    String ref = op.at("/requestBody/content/application~1json/schema/$ref").asString("");
                    if (ref.isBlank()) {
                        wrong.add(method + " " + path + ": 没有 JSON 请求体的 schema");
                        continue;
                    }
                    JsonNode schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties");
                    Set<String> documented = new TreeSet<>(schema.propertyNames());
                    Set<String> read = new TreeSet<>();
                    for (RecordComponent c : body.getRecordComponents()) {
                        read.add(c.getName());
                    }
                    checked++;
                    if (!documented.equals(read)) {
                        wrong.add(method + " " + path + ": 文档 " + documented + "，服务端读取 " + read);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLeaveDecisionIsDocumentedWithApproveAsTheServerRequires() {
        JsonNode op = doc.at("/paths/~1api~1v1~1activities~1{id}~1leave~1{memberId}/post");
        String ref = op.at("/requestBody/content/application~1json/schema/$ref").asString("");
        JsonNode schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(schema.get("properties").propertyNames()).containsExactly("approve");
        JsonNode cosign = doc.at("/paths/~1api~1v1~1proposals~1{id}~1cosign/post");
        String cosignRef = cosign.at("/requestBody/content/application~1json/schema/$ref").asString("");
        assertThat(cosignRef).isNotEqualTo(ref);
    }
}

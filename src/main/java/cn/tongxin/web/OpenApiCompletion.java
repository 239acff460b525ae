package cn.tongxin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Completes the generated document in one place rather than on each of the controllers' methods: every operation lists
 * the problem responses the server can give it ({@code ApiProblems}, {@code SecurityConfiguration}), all with the one
 * problem-details schema, and an operation whose controller wrote no description gets one derived from its summary and
 * from what it is (a list, a file, a write with a version or a request key, a record named by its id). Summaries are
 * the controllers' own: the document test requires one on every operation.
 */
@Component
class OpenApiCompletion implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "请求无法读取：参数或内容格式不正确（如未知的枚举值、数字处填了文字、页码过大），parameter 指明是哪一项",
            "401", "未认证：缺少或无效的API令牌",
            "403", "无权执行此操作（角色不符，或不是本人经办的记录）；每次拒绝都记入审计日志",
            "404", "记录不存在，或不属于本级政协（其他政协的记录一律按不存在答复）",
            "409", "状态冲突：当前状态不允许此操作，或数据已被他人修改（version 过期），或为只读的历史导入记录",
            "422", "内容不符合规则：errors 逐项列出字段（field）与中文说明（message）");

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() != null) {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
        }
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        if (api.getPaths() == null) {
            return;
        }
        Set<String> tagged = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            completeResponses(method, path, op);
            if (isBlank(op.getDescription())) {
                op.setDescription(describe(method, path, op, schemas));
            }
            if (op.getTags() != null) {
                tagged.addAll(op.getTags());
            }
        }));
        // each tag declared once (several controllers share one, e.g. 提案), the first description given kept
        if (api.getTags() != null) {
            Map<String, Tag> unique = new LinkedHashMap<>();
            api.getTags().forEach(t -> unique.merge(t.getName(), t, (a, b) -> isBlank(a.getDescription()) ? b : a));
            api.setTags(new java.util.ArrayList<>(unique.values()));
        }
        // every tag an operation uses is declared (with its description when a controller gave one)
        Set<String> declared = api.getTags() == null ? Set.of()
                : api.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        tagged.stream().filter(t -> !declared.contains(t)).forEach(t -> api.addTagsItem(new Tag().name(t).description(t)));
    }

    private static void completeResponses(PathItem.HttpMethod method, String path, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean input = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        // @SecurityRequirements with nothing in it: an operation without a token (login, password recovery)
        boolean open = op.getSecurity() != null && op.getSecurity().isEmpty();
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", input);
        applies.put("401", !open);
        applies.put("403", !open);
        applies.put("404", path.contains("{"));
        applies.put("409", write);
        applies.put("422", write);
        applies.forEach((code, yes) -> {
            if (yes && !responses.containsKey(code)) {
                responses.addApiResponse(code, problem(PROBLEMS.get(code)));
            }
        });
        // an error a controller described itself keeps its words, and gets the problem-details body every error has
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problem(response.getDescription() == null ? PROBLEMS.getOrDefault(code, code) : response.getDescription())
                        .getContent());
            }
        });
        // a controller that listed only its errors still answers with success
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
            responses.addApiResponse("200", new ApiResponse().description("成功"));
        }
        op.setResponses(responses);
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** A description from the summary and what the operation is; each sentence says something a client needs. */
    static String describe(PathItem.HttpMethod method, String path, Operation op, Map<String, Schema> schemas) {
        StringBuilder d = new StringBuilder(sentence(op.getSummary()));
        Set<String> query = names(op.getParameters(), "query");
        Set<String> headers = names(op.getParameters(), "header");
        Set<String> body = bodyProperties(op, schemas);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (path.endsWith(".xlsx")) {
            d.append("返回 Excel 文件（.xlsx），列与页面上的列表一致。");
        } else if (path.endsWith(".docx")) {
            d.append("返回 Word 文档（.docx）。");
        }
        if (query.contains("page")) {
            d.append("分页：page 从 1 开始，size 至多 200；返回 {items, page, size, total}。");
        }
        if (query.contains("year")) {
            d.append("year 为年度，不填为今年。");
        }
        if (query.contains("committeeId")) {
            d.append("committeeId 为已授权本会查看的下级政协时，只读查看其数据；不填为本级。");
        }
        if (write) {
            d.append(open(op) ? "无需令牌。" : "权限在用例中检查：网页上有同一操作时，两者调用同一用例，结果相同。");
        } else {
            d.append("只读；只返回当前用户在本级政协有权查看的数据。");
        }
        if (body.contains("version")) {
            d.append("须带读取时的 version：记录已被他人修改时返回 409，请重新读取后再提交。");
        }
        if (body.contains("requestKey") || headers.contains("Idempotency-Key")) {
            d.append("带同一请求键（requestKey 或 Idempotency-Key）重复提交只生效一次，应答与第一次相同。");
        }
        if (path.contains("{")) {
            d.append("路径中的编号须为本级政协的记录，否则返回 404。");
        }
        return d.toString();
    }

    private static boolean open(Operation op) {
        return op.getSecurity() != null && op.getSecurity().isEmpty();
    }

    private static String sentence(String summary) {
        if (isBlank(summary)) {
            return "";
        }
        String s = summary.strip();
        return s.endsWith("。") ? s : s + "。";
    }

    private static Set<String> names(List<Parameter> parameters, String in) {
        if (parameters == null) {
            return Set.of();
        }
        return parameters.stream().filter(p -> in.equals(p.getIn())).map(Parameter::getName).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> bodyProperties(Operation op, Map<String, Schema> schemas) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        op.getRequestBody().getContent().values().forEach(media -> {
            Schema schema = media.getSchema();
            if (schema != null && schema.get$ref() != null) {
                schema = schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            if (schema != null && schema.getProperties() != null) {
                names.addAll(schema.getProperties().keySet());
            }
        });
        return names;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = typed("object").description("一项字段错误")
                .addProperty("field", typed("string").description("字段名，如 title、receivedOn；导入时为“第N行【列】”"))
                .addProperty("message", typed("string").description("中文说明"));
        Schema errors = typed("array").description("逐项的字段错误（422 时）");
        errors.setItems(error);
        return typed("object").description("RFC 9457 problem details：title 与 detail 为中文说明")
                .addProperty("type", typed("string").description("问题类型，一般为 about:blank"))
                .addProperty("title", typed("string").description("简短标题"))
                .addProperty("status", typed("integer").description("HTTP 状态码"))
                .addProperty("detail", typed("string").description("具体说明"))
                .addProperty("instance", typed("string").description("出错的请求路径"))
                .addProperty("parameter", typed("string").description("无法转换的参数名（400 时）"))
                .addProperty("errors", errors);
    }

    /** A schema of one type, written right whether the document is OpenAPI 3.0 ({@code type}) or 3.1 ({@code types}). */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        Schema s = new Schema<>();
        s.setType(type);
        s.addType(type);
        return s;
    }
}

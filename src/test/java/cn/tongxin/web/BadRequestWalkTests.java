package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * Every API operation and page, walked from the request mappings with input that is wrong in form: a body in the wrong
 * content type (415), a response asked for as XML (406), filters that do not convert, a NUL character, a page number
 * past any offset. None may answer 500, and none may pass bad input off as a conflict (409).
 */
@IntegrationTest
class BadRequestWalkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Operation(HttpMethod method, String path, boolean takesBody, boolean api, java.util.Map<String, String> variables) {
        /**
         * The path with every variable as a value that converts but names no record: 0 for ids, the first constant of an
         * enum, 1900-01-01 for a day — so that no operation changes anything and the body is what is judged.
         */
        String concrete() {
            String concrete = path;
            for (var v : variables.entrySet()) {
                concrete = concrete.replace("{" + v.getKey() + "}", v.getValue());
            }
            return concrete.replaceAll("\\{[^}]+}", "0");
        }

        boolean hasVariables() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean body = java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class))
                    || !info.getConsumesCondition().isEmpty();
            java.util.Map<String, String> variables = new java.util.HashMap<>();
            String[] names = new org.springframework.core.DefaultParameterNameDiscoverer().getParameterNames(handler.getMethod());
            for (var p : handler.getMethodParameters()) {
                var annotation = p.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
                if (annotation == null) {
                    continue;
                }
                String name = !annotation.value().isEmpty() ? annotation.value() : names[p.getParameterIndex()];
                Class<?> type = p.getParameterType();
                variables.put(name, type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name()
                        : type == java.time.LocalDate.class ? "1900-01-01" : "0");
            }
            for (String path : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    all.add(new Operation(HttpMethod.valueOf(m.name()), path, body, path.startsWith("/api/"), variables));
                }
            }
        });
        return all;
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String describe(Operation op, MockHttpServletResponse r) throws Exception {
        return op + " → " + r.getStatus() + " " + r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyBodyTakingApiOperationAnswers415ToAWrongContentTypeAndNothingAnswers500() throws Exception {
        String token = Logins.apiToken(mvc, "admin");
        List<String> offenders = new ArrayList<>();
        int bodies = 0;
        for (Operation op : operations()) {
            if (!op.api() || !op.takesBody()) {
                continue;
            }
            var r = perform(request(op.method(), op.concrete()).header("Authorization", "Bearer " + token)
                    .contentType(MediaType.TEXT_PLAIN).content("x=1"));
            if (r.getStatus() >= 500 || (op.takesBody() && r.getStatus() != 415)) {
                offenders.add(describe(op, r));
            }
            if (op.takesBody()) {
                bodies++;
                assertThat(r.getContentType()).as(op.toString()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(op.toString()).contains("不支持该请求内容类型");
            }
        }
        assertThat(bodies).isGreaterThan(50);
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyGetApiOperationAnswers406ToAskingForXmlAndNeverAnswers500() throws Exception {
        String token = Logins.apiToken(mvc, "admin");
        List<String> offenders = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.api() || op.method() != HttpMethod.GET) {
                continue;
            }
            var r = perform(request(op.method(), op.concrete()).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_XML));
            // a file (an .xlsx or .docx the operation names itself) may still be served; JSON to an XML-only client never
            boolean json = r.getContentType() != null && r.getContentType().contains("json");
            if (r.getStatus() >= 500 || (r.getStatus() < 400 && json)) {
                offenders.add(describe(op, r));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyGetApiOperationRefusesANulCharacterAndAPagePastAnyOffsetWith400() throws Exception {
        String token = Logins.apiToken(mvc, "admin");
        List<String> offenders = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.api() || op.method() != HttpMethod.GET || op.hasVariables()) {
                continue;
            }
            var nul = perform(request(op.method(), op.concrete()).param("keyword", "a\u0000b").header("Authorization", "Bearer " + token));
            if (nul.getStatus() != 400 || !nul.getContentAsString(StandardCharsets.UTF_8).contains("keyword")) {
                offenders.add(describe(op, nul));
            }
            var far = perform(request(op.method(), op.concrete()).param("page", "2147483647").param("offset", "2147483647")
                    .header("Authorization", "Bearer " + token));
            if (far.getStatus() >= 500 || far.getStatus() == 409) {
                offenders.add(describe(op, far));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPageAnswersBadFiltersWithoutA500() throws Exception {
        MockHttpSession session = Logins.login(mvc, "staff");
        List<String> offenders = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.api() || op.method() != HttpMethod.GET || op.hasVariables() || op.path().startsWith("/actuator")
                    || op.path().startsWith("/error") || op.path().contains("*")) {
                continue;
            }
            for (String[] bad : List.of(new String[] {"status", "FOO"}, new String[] {"keyword", "\u0000"},
                    new String[] {"page", "2147483647"}, new String[] {"year", "abc"})) {
                var r = perform(request(op.method(), op.concrete()).param(bad[0], bad[1]).session(session));
                if (r.getStatus() >= 500 || r.getStatus() == 409) {
                    offenders.add(describe(op, r).substring(0, Math.min(300, describe(op, r).length())) + " [" + bad[0] + "]");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void aNulCharacterInAJsonBodyIs400NamingTheField() throws Exception {
        var r = perform(request(HttpMethod.POST, "/api/v1/opinions").header("Authorization", "Bearer " + Logins.apiToken(mvc, "member"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"requestKey\":\"nul-test\",\"title\":\"标题\\u0000\",\"body\":\"内容\",\"category\":\"SOCIETY\"}"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("“title”含有不允许的字符");
    }

    @Test
    void pagesAnswerAnInvalidFilterWith400NamingIt() throws Exception {
        var session = Logins.login(mvc, "staff");
        var r = perform(request(HttpMethod.GET, "/proposals").param("status", "FOO").session(session));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("“status”");
        r = perform(request(HttpMethod.GET, "/proposals").param("keyword", "\u0000").session(session));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("“keyword”");
        r = perform(request(HttpMethod.GET, "/proposals").param("page", "2147483647").session(session));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("“page”");
        r = perform(request(HttpMethod.GET, "/api/v1/proposals").param("page", "2147483647")
                .header("Authorization", "Bearer " + Logins.apiToken(mvc, "staff")));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("“page”");
    }
}

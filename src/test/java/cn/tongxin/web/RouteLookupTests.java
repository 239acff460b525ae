package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.handler;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class RouteLookupTests {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    /** The request's path as Spring parses it for matching: percent-decoded segments without matrix variables. */
    private static List<PathContainer.Element> path(String raw) {
        return RequestPath.parse(raw, null).pathWithinApplication().elements();
    }

    private static RouteLookup.Shape shape(String pattern) {
        return RouteLookup.Shape.of(pattern);
    }

    // ---- the matcher ----

    @Test
    void aPatternOfLiteralsAndVariablesAdmitsOnlyPathsWithAsManySegmentsAndTheSameLiterals() {
        var submit = shape("/api/v1/proposals/{id}/submit");
        assertThat(submit.whole()).isTrue();
        assertThat(submit.admits(path("/api/v1/proposals/42/submit"))).isTrue();
        assertThat(submit.admits(path("/api/v1/proposals/anything/submit"))).isTrue(); // the variable's type is Spring's business
        assertThat(submit.admits(path("/api/v1/proposals/42/cosign"))).isFalse();
        assertThat(submit.admits(path("/api/v1/proposals/42"))).isFalse();
        assertThat(submit.admits(path("/api/v1/proposals/42/submit/again"))).isFalse();
        assertThat(submit.admits(path("/api/v1/members/42/submit"))).isFalse();
        assertThat(submit.admits(path("/api/v1/proposals//submit"))).isFalse();
        assertThat(submit.admits(path(""))).isFalse();

        var constrained = shape("/api/v1/proposals/{id:\\d+}");
        assertThat(constrained.whole()).isTrue();
        assertThat(constrained.admits(path("/api/v1/proposals/42"))).isTrue();
        assertThat(constrained.admits(path("/api/v1/proposals/abc"))).isTrue(); // Spring rejects it, not the pre-filter
        assertThat(constrained.admits(path("/api/v1/proposals"))).isFalse();

        var root = shape("/");
        assertThat(root.admits(path("/"))).isTrue();
        assertThat(root.admits(path("/proposals"))).isFalse();
    }

    @Test
    void aTrailingSlashIsOneMoreElementBecauseSpringSevenNeverMatchesItOptionally() {
        var proposal = shape("/proposals/{id}");
        assertThat(proposal.admits(path("/proposals/42/"))).isFalse();
        assertThat(PARSER.parse("/proposals/{id}").matches(PathContainer.parsePath("/proposals/42/"))).isFalse();

        var slashed = shape("/proposals/{id}/");
        assertThat(slashed.admits(path("/proposals/42/"))).isTrue();
        assertThat(slashed.admits(path("/proposals/42"))).isFalse();
        assertThat(PARSER.parse("/proposals/{id}/").matches(PathContainer.parsePath("/proposals/42"))).isFalse();
    }

    @Test
    void segmentsCompareDecodedAndWithoutMatrixVariablesAsSpringMatchesThem() {
        var submit = shape("/api/v1/proposals/{id}/submit");
        assertThat(submit.admits(path("/api/v1/propos%61ls/42/submit"))).isTrue();
        assertThat(submit.admits(path("/api/v1/proposals;view=full/42;a=b/submit"))).isTrue();
        assertThat(submit.admits(path("/api/v1/proposals%2F42/submit"))).isFalse(); // one segment "proposals/42"
        // … as Spring does
        assertThat(PARSER.parse("/api/v1/proposals/{id}/submit")
                .matches(RequestPath.parse("/api/v1/propos%61ls/42;a=b/submit", null).pathWithinApplication())).isTrue();
        // a pattern with encoded text or a matrix part is not taken apart: only what comes before it counts
        assertThat(shape("/files/a%20b").whole()).isFalse();
        assertThat(shape("/files/a;b").whole()).isFalse();
    }

    @Test
    void otherPatternsRequireOnlyTheirLeadingLiteralSegmentsOrNothing() {
        var rest = shape("/files/{*path}");
        assertThat(rest.whole()).isFalse();
        assertThat(rest.admits(path("/files"))).isTrue();
        assertThat(rest.admits(path("/files/a/b/c"))).isTrue();
        assertThat(rest.admits(path("/filesx/a"))).isFalse();
        assertThat(rest.admits(path("/other/a"))).isFalse();

        var wildcard = shape("/static/**");
        assertThat(wildcard.admits(path("/static"))).isTrue();
        assertThat(wildcard.admits(path("/static/css/app.css"))).isTrue();
        assertThat(wildcard.admits(path("/statics/app.css"))).isFalse();

        var document = shape("/bulletins/{id}.docx");
        assertThat(document.whole()).isFalse();
        assertThat(document.admits(path("/bulletins/7.docx"))).isTrue();
        assertThat(document.admits(path("/bulletins/7/x.docx"))).isTrue(); // left to Spring
        assertThat(document.admits(path("/proposals/7.docx"))).isFalse();

        var midway = shape("/api/{version}/files/**");
        assertThat(midway.admits(path("/api/v1/files/a"))).isTrue();
        assertThat(midway.admits(path("/api/v1/other/a"))).isFalse();

        // nothing literal before the first variable or wildcard: any path
        assertThat(shape("/{*path}")).isNull();
        assertThat(shape("/**")).isNull();
        assertThat(shape("/{id}.docx")).isNull();
        assertThat(shape("/*/public")).isNull();
        assertThat(shape("/pro?osals/{id}")).isNull();
        assertThat(shape("/{year:\\d{4}}/report")).isNull(); // a regex with braces is not taken apart
        assertThat(shape("")).isNull();
    }

    @Test
    void whateverTheMatcherRulesOutPathPatternRulesOutToo() {
        List<String> patterns = List.of("/", "/a", "/a/", "/a/b", "/a/{x}", "/a/{x:\\d+}", "/a/{x}/b", "/{x}", "/{x}/b",
                "/a/**", "/a/{*rest}", "/a/{x}.docx", "/a/*/b", "/a/b?", "/**", "/{*rest}", "/a//b", "/a/{x}/");
        List<String> paths = List.of("", "/", "/a", "/a/", "/a/b", "/a/b/", "/a/1", "/a/1/b", "/a/1/b/", "/a/1/c", "/b",
                "/b/b", "/a/1.docx", "/a/x/y/z", "/a//b", "//a", "/%61/b", "/a;m=1/b", "/a/b;m=1", "/a%2Fb", "/A/b",
                "/a/b/c/d/e", "/x/b");
        for (String text : patterns) {
            PathPattern pattern = PARSER.parse(text);
            var shape = shape(text);
            for (String raw : paths) {
                PathContainer container = RequestPath.parse(raw, null).pathWithinApplication();
                boolean admitted = shape == null || shape.admits(container.elements());
                boolean matches = pattern.matches(container);
                if (!admitted) {
                    assertThat(matches).as("%s skipped for %s, which Spring matches", text, raw).isFalse();
                }
                if (shape != null && shape.whole() && !text.contains(":")) {
                    assertThat(admitted).as("%s on %s: a whole shape is exact", text, raw).isEqualTo(matches);
                }
            }
        }
    }

    @Test
    void aMethodFilterSkipsOnlyWhatSpringsMethodConditionRejects() {
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            var route = RouteLookup.Route.of(info, true);
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "get")) {
                for (boolean preflight : List.of(false, true)) {
                    var request = new MockHttpServletRequest(method, "/x");
                    if (preflight) {
                        request.addHeader("Origin", "https://elsewhere.example");
                        request.addHeader("Access-Control-Request-Method", "POST");
                    }
                    boolean admitted = route.admits(null, RouteLookup.SegmentHandlerMapping.requestMethods(method));
                    if (!admitted) {
                        assertThat(info.getMethodsCondition().getMatchingCondition(request))
                                .as("%s skipped for %s (pre-flight %s)", info, method, preflight).isNull();
                    }
                }
            }
        }
        int post = RouteLookup.SegmentHandlerMapping.requestMethods("POST");
        assertThat(RouteLookup.Route.of(RequestMappingInfo.paths("/a").methods(
                RequestMethod.GET).build(), true).admits(null, post)).isFalse();
        int head = RouteLookup.SegmentHandlerMapping.requestMethods("HEAD");
        assertThat(RouteLookup.Route.of(RequestMappingInfo.paths("/a").methods(
                RequestMethod.GET).build(), true).admits(null, head)).isTrue();
    }

    @Test
    void onTheApplicationsOwnMappingsNoPathIsSkippedThatOneOfItsPatternsMatches() {
        var infos = new ArrayList<>(mapping.getHandlerMethods().keySet());
        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : infos) {
            for (String pattern : info.getPatternValues()) {
                String concrete = pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}/]*}", "1");
                paths.add(concrete);
                paths.add(concrete + "/");
                paths.add(concrete.replace("/api/", "/%61pi/"));
                paths.add(concrete.replaceFirst("/([^/]+)", "/$1;m=1"));
            }
        }
        int skipped = 0;
        for (String raw : paths) {
            PathContainer container = RequestPath.parse(raw, null).pathWithinApplication();
            for (RequestMappingInfo info : infos) {
                var route = RouteLookup.Route.of(info, true);
                if (route.admits(container.elements(), ~0)) {
                    continue;
                }
                skipped++;
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    assertThat(pattern.matches(container)).as("%s skipped for %s", pattern, raw).isFalse();
                }
            }
        }
        assertThat(paths).hasSizeGreaterThan(1000);
        assertThat(skipped).isGreaterThan(paths.size() * (infos.size() - 40));
    }

    @Test
    void theCandidatesLookupChoosesWhatSpringsOwnLookupChoosesForEveryMappingsPaths() throws Exception {
        var segments = (RouteLookup.SegmentHandlerMapping) mapping;
        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                String concrete = pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}/]*}", "1");
                paths.add(concrete);
                paths.add(concrete + "/x");
                paths.add(concrete.replaceFirst("/([^/]+)", "/$1;m=1"));
            }
        }
        int compared = 0;
        int found = 0;
        for (String raw : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "HEAD")) {
                var ours = lookup(raw, method, true, segments);
                var springs = lookup(raw, method, false, segments);
                assertThat(ours).as("%s %s", method, raw).isEqualTo(springs);
                compared++;
                found += ours.startsWith("handler ") ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(found).as("most generated requests reach a handler").isGreaterThan(compared / 5);
    }

    /** The handler chosen and what it saw of the path, or the error: by the candidates lookup or by Spring's own. */
    private static String lookup(String raw, String method, boolean candidates, RouteLookup.SegmentHandlerMapping segments) {
        var request = new MockHttpServletRequest(method, raw);
        request.addHeader("Content-Type", "application/json");
        request.addHeader("Accept", "application/json");
        var parsed = org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
        String lookupPath = org.springframework.web.util.UrlPathHelper.defaultInstance
                .removeSemicolonContent(parsed.pathWithinApplication().value());
        try {
            var handler = candidates ? segments.lookupHandlerMethod(lookupPath, request) : segments.springsOwn(lookupPath, request);
            return "handler " + handler + " pattern " + request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                    + " variables " + request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        } catch (Exception e) {
            return "error " + e.getClass().getSimpleName();
        }
    }

    @Test
    void aPlenaryWriteLeavesSpringOneCandidateToTest() {
        var elements = path("/api/v1/proposals/42/submit");
        int post = RouteLookup.SegmentHandlerMapping.requestMethods("POST");
        var admitted = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> RouteLookup.Route.of(e.getKey(), true).admits(elements, post))
                .map(e -> e.getValue().getMethod().getName())
                .toList();
        assertThat(admitted).containsExactly("submit");
    }

    @Test
    void theApplicationsMappingUsesTheSegmentLookup() {
        assertThat(mapping).isInstanceOf(RouteLookup.SegmentHandlerMapping.class);
        assertThat(RouteLookup.SegmentHandlerMapping.segmentsComparable(mapping.getPatternParser())).isTrue();
    }

    // ---- Spring's answers through the application ----

    private MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) throws Exception {
        return request.header("Authorization", "Bearer " + api.token("staff"));
    }

    /** The request reached the proposal API's controller (package-private in its module, so named here). */
    private static ResultMatcher proposalApi() {
        return result -> assertThat(((HandlerMethod) result.getHandler()).getBeanType().getSimpleName())
                .isEqualTo("ProposalApiController");
    }

    @Test
    void anApiPathWithAVariableReachesItsHandler() throws Exception {
        mvc.perform(asStaff(post("/api/v1/proposals/999999999/submit")))
                .andExpect(proposalApi())
                .andExpect(handler().methodName("submit"))
                .andExpect(status().isNotFound()); // the handler's own answer: no such proposal
        mvc.perform(asStaff(post(URI.create("/api/v1/propos%61ls/999999999/cosign"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confirm\":true}")))
                .andExpect(handler().methodName("cosign"));
        mvc.perform(asStaff(get("/api/v1/proposals/999999999")))
                .andExpect(proposalApi())
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(head("/api/v1/proposals/999999999")))
                .andExpect(proposalApi())
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongMethodOnAVariablePathIsStill405NamingTheMethodsItAllows() throws Exception {
        mvc.perform(asStaff(get("/api/v1/proposals/999999999/submit")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(result -> assertThat(((HttpRequestMethodNotSupportedException) result.getResolvedException())
                        .getSupportedMethods()).containsExactly("POST"));
        mvc.perform(asStaff(delete("/api/v1/proposals/999999999")))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void optionsOnAVariablePathStillListsItsMethods() throws Exception {
        mvc.perform(asStaff(options("/api/v1/proposals/999999999/submit")))
                .andExpect(status().isOk())
                .andExpect(header().string("Allow", containsString("POST")));
    }

    @Test
    void aWrongContentTypeOnAVariablePathIsStill415() throws Exception {
        mvc.perform(asStaff(post("/api/v1/proposals/999999999/invitations").contentType(MediaType.TEXT_PLAIN).content("x=1")))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void anUnknownPathOrATrailingSlashIs404() throws Exception {
        mvc.perform(asStaff(post("/api/v1/proposals/999999999/no-such-action")))
                .andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/api/v1/proposals/999999999/submit/")))
                .andExpect(status().isNotFound());
    }
}

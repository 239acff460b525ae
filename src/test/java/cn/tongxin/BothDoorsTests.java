package cn.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.web.ApiTwin;

/**
 * Both doors: every step a page offers is also an API operation. For each page route that changes something
 * (POST, PUT, DELETE or PATCH outside {@code /api}), the API twin is
 * <ol>
 *   <li>the operation named by {@link ApiTwin} on the page handler, which must exist with that write method, or else</li>
 *   <li>the same path under {@code /api/v1} with any write method (path variables compared by position, not name).</li>
 * </ol>
 */
@IntegrationTest
class BothDoorsTests {

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE,
            RequestMethod.PATCH);

    /** Not business steps: they only serve the browser. */
    private static final Set<String> NOT_BUSINESS = Set.of(
            // Spring Boot's error page answers every method; it is not a step. (Login and logout are filters of
            // Spring Security, not handlers, so they do not appear here.)
            "POST /error", "PUT /error", "DELETE /error", "PATCH /error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyPageStepHasAnApiTwin() {
        Map<String, String> missing = new TreeMap<>();
        pageWrites().forEach((route, handler) -> {
            ApiTwin declared = handler.getMethodAnnotation(ApiTwin.class);
            String problem = declared != null ? checkDeclared(declared.value()) : checkSamePath(route);
            // a citizen's step on a committee's public portal (no login, no token) has the page as its only door (ADR 016)
            boolean citizens = route.substring(route.indexOf(' ') + 1).startsWith("/public/");
            if (problem != null && !NOT_BUSINESS.contains(route) && !citizens) {
                missing.put(route, handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ": " + problem);
            }
        });
        assertThat(missing).as("page steps without an API twin").isEmpty();
        assertThat(pageWrites()).as("the page routes this test reads").hasSizeGreaterThan(50);
    }

    @Test
    void theListsNameOnlyRoutesThatExist() {
        assertThat(pageWrites().keySet()).containsAll(NOT_BUSINESS);
    }

    @Test
    void pathVariablesAreComparedByPositionNotByName() {
        assertThat(shape("/api/v1/org-units/{kind}/{id}")).isEqualTo(shape("/api/v1/org-units/{slug}/{unitId}"));
        assertThat(shape("/api/v1/calendar/{day}")).isNotEqualTo(shape("/api/v1/calendar"));
    }

    /** "METHOD /path" of every page route that changes something, with its handler. */
    private Map<String, HandlerMethod> pageWrites() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    writeMethods(info).forEach(m -> routes.put(m + " " + path, handler));
                }
            }
        });
        return routes;
    }

    private String checkDeclared(String twin) {
        String[] parts = twin.trim().split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/api/v1/")) {
            return "@ApiTwin(\"" + twin + "\") 应为 \"METHOD /api/v1/...\"";
        }
        RequestMethod method = RequestMethod.valueOf(parts[0]);
        if (!WRITES.contains(method)) {
            return "@ApiTwin names a read-only method: " + twin;
        }
        return apiOperations(method).contains(shape(parts[1])) ? null : "@ApiTwin names no API operation: " + twin;
    }

    private String checkSamePath(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        String wanted = shape("/api/v1" + path);
        for (RequestMethod method : WRITES) {
            if (apiOperations(method).contains(wanted)) {
                return null;
            }
        }
        return "no write operation at /api/v1" + path + " and no @ApiTwin";
    }

    /** The shapes of the API paths answering this method. */
    private Set<String> apiOperations(RequestMethod method) {
        Set<String> shapes = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            if (writeMethods(info).contains(method)) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/")).map(BothDoorsTests::shape)
                        .forEach(shapes::add);
            }
        });
        return shapes;
    }

    private static List<RequestMethod> writeMethods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return (methods.isEmpty() ? WRITES : methods).stream().filter(WRITES::contains).sorted().toList();
    }

    /** A path with its variables unnamed: {@code /a/{id}/b} and {@code /a/{x}/b} have the same shape. */
    static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}

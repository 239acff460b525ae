package cn.tongxin.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Finding the controller method of a request whose path has a variable ({@code POST /api/v1/proposals/42/submit}):
 * Spring MVC tests every one of the application's ~600 mappings in turn, each test reading the method and headers
 * through the eight request wrappers of the security and session filters. A literal prefix test alone still left the
 * ~30 mappings under {@code /api/v1/proposals/} to Spring's full test (5.5 % of a plenary write's CPU), so each
 * mapping now carries, computed once at start-up, what a request must have to possibly match it:
 * <ul>
 * <li>its path, by segments. A pattern of literal segments and one-segment variables ({@code /api/v1/proposals/{id}/submit},
 * {@code {id:\d+}}) matches only a path of exactly as many elements — separators and segments, so a trailing slash
 * counts: Spring Framework 7 has no trailing-slash matching any more — whose literal segments are equal, compared as
 * Spring's {@code PathPattern} compares them (the request's parsed path: segments percent-decoded, matrix variables
 * cut off). Any other pattern ({@code **}, {@code {*rest}}, {@code {id}.docx}, {@code *}, …) only requires its leading
 * literal segments; one without any (a variable or wildcard first) admits every path.
 * <li>its HTTP methods. Spring tests the methods condition first and a mapping without the request's method yields no
 * match ({@code HEAD} is served by {@code GET}); the 405 with its {@code Allow} header, the 415, and the answer to
 * {@code OPTIONS} come from {@code handleNoMatch}, which looks at every mapping by itself and never through this test.
 * {@code OPTIONS} (a CORS pre-flight) and methods Spring does not know are left to Spring.
 * </ul>
 * The lookup itself tests only the candidates with Spring's conditions and comparator: iterating Spring's ~600
 * registrations with a skip test each (a thread-local and a map read per mapping) was still 7 % of a plenary write.
 * The request's path and method are read once per lookup; the per-mapping test allocates nothing. Which mapping wins,
 * the 404/405/415 answers and their order are Spring's own: only candidates that cannot match are skipped. Mappings
 * registered after start-up are never skipped; with a case-insensitive or non-HTTP path parser the paths are not used.
 */
@Configuration(proxyBeanMethods = false)
class RouteLookup {

    @Bean
    WebMvcRegistrations segmentMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new SegmentHandlerMapping();
            }
        };
    }

    /** Skips mappings that a request's path segments or method rule out. */
    static final class SegmentHandlerMapping extends RequestMappingHandlerMapping {

        /** The lookup in progress on this thread (one holder per thread, refilled by each lookup). */
        private static final ThreadLocal<Lookup> CURRENT = ThreadLocal.withInitial(Lookup::new);
        /** Read by every request, written once at start-up: mappings registered later are not skipped. */
        private volatile Map<RequestMappingInfo, Route> routes = Map.of();
        /** The same mappings with their handlers, for the lookup that tests only the candidates; null once mappings change. */
        private volatile Entry[] entries;

        /** A mapping, what a request needs to possibly match it, its handler, and the paths it matches literally. */
        private record Entry(RequestMappingInfo info, Route route, HandlerMethod handler, Set<String> directPaths) {
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            boolean bySegments = segmentsComparable(getPatternParser());
            var byMapping = new IdentityHashMap<RequestMappingInfo, Route>();
            var all = new ArrayList<Entry>();
            handlerMethods.forEach((info, handler) -> {
                Route route = Route.of(info, bySegments);
                byMapping.put(info, route);
                all.add(new Entry(info, route, handler, info.getDirectPaths()));
            });
            routes = byMapping;
            entries = all.toArray(Entry[]::new);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
            entries = null; // mappings registered after start-up: Spring's own lookup from now on
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            entries = null;
            super.unregisterMapping(mapping);
        }

        /**
         * Spring's lookup over the candidates only: the mappings a request can match are tested by Spring's own
         * conditions, those with the request's path as a literal path first (as Spring does), the best chosen by
         * Spring's comparator. When none matches, when two match equally (Spring's ambiguity error), and for CORS
         * pre-flights, Spring's own lookup answers, testing every mapping: the 404/405/415 answers are its own.
         */
        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            Entry[] all = entries;
            if (all == null || org.springframework.web.cors.CorsUtils.isPreFlightRequest(request)
                    || !(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath requestPath)) {
                return filtered(lookupPath, request);
            }
            List<PathContainer.Element> path = requestPath.pathWithinApplication().elements();
            int methods = requestMethods(request.getMethod());
            List<Entry> candidates = new ArrayList<>(4);
            for (Entry e : all) {
                if (e.route().admits(path, methods)) {
                    candidates.add(e);
                }
            }
            List<Object[]> matches = new ArrayList<>(2);
            for (Entry e : candidates) {
                if (e.directPaths().contains(lookupPath)) {
                    match(e, request, matches);
                }
            }
            if (matches.isEmpty()) {
                for (Entry e : candidates) {
                    match(e, request, matches);
                }
            }
            if (matches.isEmpty()) {
                return filtered(lookupPath, request);
            }
            Object[] best = matches.getFirst();
            if (matches.size() > 1) {
                var comparator = getMappingComparator(request);
                java.util.Comparator<Object[]> byMatch = (a, b) -> comparator.compare((RequestMappingInfo) a[0], (RequestMappingInfo) b[0]);
                matches.sort(byMatch);
                best = matches.getFirst();
                if (byMatch.compare(best, matches.get(1)) == 0) {
                    return filtered(lookupPath, request); // Spring's ambiguity error
                }
            }
            HandlerMethod handler = ((Entry) best[1]).handler();
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
            handleMatch((RequestMappingInfo) best[0], lookupPath, request);
            return handler;
        }

        private void match(Entry e, HttpServletRequest request, List<Object[]> matches) {
            RequestMappingInfo matched = super.getMatchingMapping(e.info(), request);
            if (matched != null) {
                matches.add(new Object[] {matched, e});
            }
        }

        /** Spring's own lookup, testing every mapping (tests compare the lookup above with it). */
        HandlerMethod springsOwn(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, request);
        }

        /** Spring's lookup over every mapping, with those the request's path or method rule out skipped. */
        private HandlerMethod filtered(String lookupPath, HttpServletRequest request) throws Exception {
            Lookup lookup = CURRENT.get();
            List<PathContainer.Element> outerPath = lookup.path;
            int outerMethods = lookup.methods;
            boolean outerActive = lookup.active;
            // the path Spring's PathPatternsRequestCondition matches (initLookupPath has parsed and cached it)
            lookup.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath path
                    ? path.pathWithinApplication().elements() : null;
            lookup.methods = requestMethods(request.getMethod());
            lookup.active = true;
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                lookup.path = outerPath;
                lookup.methods = outerMethods;
                lookup.active = outerActive;
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Lookup lookup = CURRENT.get();
            if (lookup.active) {
                Route route = routes.get(info);
                if (route != null && !route.admits(lookup.path, lookup.methods)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /** Literal segments compare as PathPattern compares them only for a case-sensitive parser of '/'-paths. */
        static boolean segmentsComparable(PathPatternParser parser) {
            if (parser == null || !parser.isCaseSensitive()) {
                return false;
            }
            var options = parser.getPathOptions();
            return options.separator() == '/' && options.shouldDecodeAndParseSegments();
        }

        /**
         * The methods a mapping must declare one of to match a request with this method, as bits by
         * {@link RequestMethod} ordinal; every bit where Spring's own rule is not that simple.
         */
        static int requestMethods(String method) {
            RequestMethod resolved = method == null ? null : RequestMethod.resolve(method);
            if (resolved == null || resolved == RequestMethod.OPTIONS) {
                return ~0; // unknown methods, OPTIONS and CORS pre-flights: Spring decides
            }
            if (resolved == RequestMethod.HEAD) {
                return bit(RequestMethod.HEAD) | bit(RequestMethod.GET);
            }
            return bit(resolved);
        }

        private static int bit(RequestMethod method) {
            return 1 << method.ordinal();
        }
    }

    /** A lookup's request, as far as the routes look at it. */
    private static final class Lookup {
        List<PathContainer.Element> path;
        int methods;
        boolean active;
    }

    /**
     * What a request needs to possibly match one mapping: a path one of {@code shapes} admits (null: any path), and
     * one of {@code methods} (bits by {@link RequestMethod} ordinal; 0: any method).
     */
    record Route(Shape[] shapes, int methods) {

        static Route of(RequestMappingInfo info, boolean bySegments) {
            int methods = 0;
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                methods |= 1 << method.ordinal();
            }
            return new Route(bySegments ? shapes(info) : null, methods);
        }

        private static Shape[] shapes(RequestMappingInfo info) {
            var condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return null; // no path condition, or patterns that are not path patterns: let Spring decide
            }
            Set<PathPattern> patterns = condition.getPatterns();
            var shapes = new ArrayList<Shape>(patterns.size());
            for (PathPattern pattern : patterns) {
                Shape shape = Shape.of(pattern.getPatternString());
                if (shape == null) {
                    return null; // this pattern may match any path
                }
                shapes.add(shape);
            }
            return shapes.toArray(Shape[]::new);
        }

        /** {@code path}: the request's parsed path elements, null when unknown. */
        boolean admits(List<PathContainer.Element> path, int requestMethods) {
            if (methods != 0 && (methods & requestMethods) == 0) {
                return false;
            }
            if (shapes == null || path == null) {
                return true;
            }
            for (Shape shape : shapes) {
                if (shape.admits(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The path elements one pattern requires: a separator, a literal segment (its text) or any one segment, in order.
     * {@code whole}: the path has exactly these elements; otherwise it begins with them.
     */
    record Shape(Object[] elements, boolean whole) {

        static final Object SEPARATOR = new Object() {
            @Override
            public String toString() {
                return "/";
            }
        };
        static final Object ANY_SEGMENT = new Object() {
            @Override
            public String toString() {
                return "{}";
            }
        };
        /** Text PathPatternParser keeps as one literal element (no wildcard, variable, escape, encoding or matrix). */
        private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~\\-]+");
        /** One variable filling the segment, its regex (if any) without braces or slashes: one capture element. */
        private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*(:[^{}/]*)?}");

        /** Null when the pattern may match any path (no literal segment before its first variable or wildcard). */
        static Shape of(String pattern) {
            if (!pattern.startsWith("/")) {
                return null;
            }
            String[] segments = pattern.substring(1).split("/", -1);
            var elements = new ArrayList<Object>();
            boolean whole = true;
            int literals = 0;
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                boolean last = i == segments.length - 1;
                if (segment.isEmpty() && last) {
                    elements.add(SEPARATOR); // "/" alone, or a pattern ending in a slash
                    break;
                }
                if (LITERAL.matcher(segment).matches()) {
                    elements.add(SEPARATOR);
                    elements.add(segment);
                    literals++;
                } else if (VARIABLE.matcher(segment).matches()) {
                    elements.add(SEPARATOR);
                    elements.add(ANY_SEGMENT);
                } else {
                    whole = false; // keep only the literal segments before it
                    break;
                }
            }
            if (!whole && literals == 0) {
                return null;
            }
            // not whole: the segments before the first other one, each consumed by exactly one element of the pattern
            return new Shape(elements.toArray(), whole);
        }

        boolean admits(List<PathContainer.Element> path) {
            int size = path.size();
            if (whole ? size != elements.length : size < elements.length) {
                return false;
            }
            for (int i = 0; i < elements.length; i++) {
                Object expected = elements[i];
                PathContainer.Element element = path.get(i);
                if (expected == SEPARATOR) {
                    if (!(element instanceof PathContainer.Separator)) {
                        return false;
                    }
                } else if (!(element instanceof PathContainer.PathSegment segment)) {
                    return false;
                } else if (expected != ANY_SEGMENT && !expected.equals(segment.valueToMatch())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            var text = new StringBuilder();
            for (Object element : elements) {
                text.append(element);
            }
            return whole ? text.toString() : text + "…";
        }
    }
}

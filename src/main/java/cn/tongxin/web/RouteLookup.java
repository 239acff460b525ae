package cn.tongxin.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the controller method of a request whose path has a variable ({@code /api/v1/proposals/42/submit}): Spring
 * MVC tests every one of the application's ~500 mappings in turn, each test reading the method and headers through
 * the eight request wrappers of the security and session filters — 7 % of a write's CPU at a plenary. A mapping whose
 * patterns all begin with literal text the path does not begin with cannot match, so it is skipped before those tests.
 * Which mapping wins, the 404/405/415 answers and their order are Spring's own: only impossible candidates are skipped.
 */
@Configuration(proxyBeanMethods = false)
class RouteLookup {

    @Bean
    WebMvcRegistrations literalPrefixMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }
        };
    }

    /** Skips mappings whose literal prefixes the request's path does not start with. */
    static final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

        private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();
        /** Read by every request, written once at start-up: mappings registered later are not skipped. */
        private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            var byMapping = new IdentityHashMap<RequestMappingInfo, String[]>();
            handlerMethods.keySet().forEach(info -> byMapping.put(info, literalPrefixes(info).toArray(String[]::new)));
            prefixes = byMapping;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            LOOKUP_PATH.set(lookupPath);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKUP_PATH.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String path = LOOKUP_PATH.get();
            if (path != null && !couldMatch(info, path)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private boolean couldMatch(RequestMappingInfo info, String path) {
            String[] literal = prefixes.get(info);
            if (literal == null || literal.length == 0) {
                return true; // no path condition, or patterns that are not path patterns: let Spring decide
            }
            for (String prefix : literal) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        /** Each pattern's text before its first variable or wildcard; empty when one of them has none to offer. */
        static List<String> literalPrefixes(RequestMappingInfo info) {
            var patterns = info.getPathPatternsCondition();
            if (patterns == null || patterns.getPatterns().isEmpty()) {
                return List.of();
            }
            var result = new java.util.ArrayList<String>();
            for (PathPattern pattern : patterns.getPatterns()) {
                String text = pattern.getPatternString();
                int end = text.length();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '{' || c == '*' || c == '?' || c == '\\') {
                        end = i;
                        break;
                    }
                }
                if (end == 0) {
                    return List.of();
                }
                result.add(text.substring(0, end));
            }
            return List.copyOf(result);
        }
    }
}

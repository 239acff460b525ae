package cn.tongxin.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to the static files ({@code /css}, {@code /js}, {@code /webjars}) go through the resource chain (the webjar
 * locator gives the versioned path); every other link of a page is left as it is. Spring Boot's own filter sends every
 * {@code @{...}} link through the chain, and for a link that is not a file (all of a page's links but three) the chain
 * looks the path up in the class path's jars, uncached: on a list page that was half of the page's CPU time.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticOnlyEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static boolean isStatic(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        String path = url.substring(contextPath.length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    static final class StaticOnlyEncodingFilter extends ResourceUrlEncodingFilter {

        /** A static link's versioned form: the files of a running instance do not change, a page has a handful. */
        private final java.util.Map<String, String> encoded = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(response instanceof HttpServletResponse original)) {
                super.doFilter(request, response, chain);
                return;
            }
            String contextPath = ((jakarta.servlet.http.HttpServletRequest) request).getContextPath();
            super.doFilter(request, response, (req, res) -> chain.doFilter(req,
                    new HttpServletResponseWrapper((HttpServletResponse) res) {
                        @Override
                        public String encodeURL(String url) {
                            if (!isStatic(url, contextPath)) {
                                return original.encodeURL(url);
                            }
                            String known = encoded.get(url);
                            if (known == null) {
                                known = super.encodeURL(url);
                                if (encoded.size() < 256) {
                                    encoded.put(url, known);
                                }
                            }
                            return known;
                        }
                    }));
        }
    }
}

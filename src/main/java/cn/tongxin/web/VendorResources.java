package cn.tongxin.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * Vendored browser libraries ({@code static/vendor}, e.g. ECharts, 1.1 MB): kept by the browser for a week and sent
 * gzipped where a {@code .gz} lies beside the file. Links to them carry the version ({@code ?v=6.1.0}), so an upgrade
 * is fetched at once.
 */
@Configuration(proxyBeanMethods = false)
class VendorResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/vendor/**")
                .addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }
}

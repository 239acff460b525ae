package cn.tongxin.web;

import java.lang.reflect.Type;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RecordComponents;

/**
 * A NUL character (U+0000) cannot be stored in PostgreSQL text: a request carrying one, in a parameter or anywhere in
 * a JSON body, is refused with 400 naming the parameter or field, before it reaches a query (where it would fail as a
 * database error).
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                    boolean bad = p.getKey().indexOf('\0') >= 0;
                    for (String value : p.getValue()) {
                        bad |= value != null && value.indexOf('\0') >= 0;
                    }
                    if (bad) {
                        throw refused(p.getKey().replace('\0', ' '));
                    }
                }
                return true;
            }
        });
    }

    static BusinessException refused(String name) {
        return new BusinessException(HttpStatus.BAD_REQUEST, "参数“" + name + "”含有不允许的字符（NUL），请检查后重试");
    }

    /** JSON bodies: every string in the bound object (records, lists, maps), named by its path. */
    @ControllerAdvice
    static class Bodies extends RequestBodyAdviceAdapter implements RequestBodyAdvice {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                    Class<? extends HttpMessageConverter<?>> converterType) {
            check(body, "", 0);
            return body;
        }

        private static void check(Object value, String path, int depth) {
            if (value == null || depth > 8) {
                return;
            }
            if (value instanceof CharSequence text) {
                if (text.toString().indexOf('\0') >= 0) {
                    throw refused(path.isEmpty() ? "请求内容" : path);
                }
            } else if (value instanceof Record record) {
                RecordComponents.forEach(record, (name, component) -> {
                    if (component instanceof CharSequence || component instanceof Record || component instanceof Iterable<?>
                            || component instanceof Map<?, ?>) {
                        check(component, join(path, name), depth + 1);
                    }
                });
            } else if (value instanceof Iterable<?> items) {
                int i = 0;
                for (Object item : items) {
                    check(item, path + "[" + i++ + "]", depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    check(e.getKey(), path, depth + 1);
                    check(e.getValue(), join(path, String.valueOf(e.getKey())), depth + 1);
                }
            }
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}

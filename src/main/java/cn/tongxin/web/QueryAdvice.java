package cn.tongxin.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The current filters as a query string without the page number, for pagers and export links. */
@ControllerAdvice(annotations = Controller.class)
class QueryAdvice {

    @ModelAttribute("query")
    String query(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || Requests.isApi(request)) {
            return "";
        }
        Map<String, String[]> params = request.getParameterMap();
        return params.entrySet().stream()
                .filter(e -> !e.getKey().equals("page") && !e.getKey().equals("_csrf"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).filter(v -> !v.isEmpty())
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

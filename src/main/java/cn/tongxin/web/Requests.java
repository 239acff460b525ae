package cn.tongxin.web;

import jakarta.servlet.http.HttpServletRequest;

/** What kind of request is being served. */
public final class Requests {

    private Requests() {
    }

    /**
     * A call of the API ({@code /api/...}): no page is rendered, so what the pages' top bar needs (the advices'
     * model attributes, which Spring also runs for REST controllers) is not read.
     */
    public static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context + "/api/");
    }
}

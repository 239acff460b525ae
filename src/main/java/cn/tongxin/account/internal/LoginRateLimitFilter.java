package cn.tongxin.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import cn.tongxin.account.AccountEvents.LoginFailed;

/**
 * Before the login form's password is checked: an address or a user name that failed too often in the window is
 * answered 429 with a page saying when to try again, and the attempt is not processed (nor counted against the account).
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ApplicationEventPublisher events;

    LoginRateLimitFilter(RateLimits limits, ApplicationEventPublisher events) {
        this.limits = limits;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().substring(request.getContextPath().length()).equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = LoginAttempts.abbreviate(request.getParameter("username"));
        var refused = limits.loginRefused(request.getRemoteAddr(), username);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, refused.get().toMinutes());
        events.publishEvent(new LoginFailed(username, null, "登录尝试过于频繁，已拒绝", request.getRemoteAddr()));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refused.get().toSeconds()));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>登录过于频繁 - 同心</title>
                <link rel="stylesheet" href="%1$s/css/app.css"></head><body><main class="narrow-form card">
                <h1>登录尝试过于频繁</h1><p>该地址或用户名连续登录失败次数过多，请%2$d分钟后再试；如忘记密码请联系管理员。</p>
                <p><a href="%1$s/login">返回登录</a></p></main></body></html>"""
                .formatted(HtmlUtils.htmlEscape(request.getContextPath()), minutes));
    }
}

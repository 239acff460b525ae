package cn.tongxin.account.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.tongxin.account.AccountEvents.AccessDenied;

/**
 * Every request answered 403 — by a URL rule, a CSRF check or a service's permission check — reaches the audit log:
 * who, which method and path (no query string, no body), from where. Bounded: the path is cut to 200 characters and
 * one user's denials are recorded at most {@link #PER_MINUTE} times a minute (on this instance).
 */
class DeniedRequests extends OncePerRequestFilter {

    static final int PER_MINUTE = 30;
    private static final int MAX_PATH = 200;

    private final ApplicationEventPublisher events;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    DeniedRequests(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                denied(request);
            }
        }
    }

    private void denied(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal principal = auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p : null;
        String username = principal != null ? principal.getUsername() : "匿名";
        if (!withinBound(username)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        events.publishEvent(new AccessDenied(username, principal == null ? null : principal.currentUser().committeeId(),
                request.getMethod(), path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path, request.getRemoteAddr()));
    }

    private boolean withinBound(String username) {
        long now = System.currentTimeMillis() / 60_000;
        if (now != minute) {
            minute = now;
            counts.clear();
        }
        return counts.computeIfAbsent(username, u -> new AtomicInteger()).incrementAndGet() <= PER_MINUTE;
    }
}

package cn.tongxin.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls by a personal token in {@code Authorization: Bearer tx_…}. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ProblemResponses problems;
    private final RateLimits limits;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, ProblemResponses problems, RateLimits limits) {
        this.limits = limits;
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String clear = header.substring(7).trim();
        var principal = tokens.principalFor(clear).orElse(null);
        if (principal == null) {
            problems.write(response, 401, "未认证", "API令牌无效、已撤销，或账户不可用");
            return;
        }
        if (!limits.apiCallAllowed(ApiTokenService.hash(clear))) {
            response.setHeader("Retry-After", "60");
            problems.write(response, 429, "请求过于频繁", "该API令牌每分钟最多调用" + limits.apiCallsPerMinute() + "次，请稍后再试");
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package cn.tongxin.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until an initial password is changed, every page leads to the change-password form. */
class MustChangePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && principal.mustChangePassword()
                && !path.startsWith("/account/password") && !path.equals("/logout") && !isAsset(path)) {
            response.sendRedirect(request.getContextPath() + "/account/password?first");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
    }
}

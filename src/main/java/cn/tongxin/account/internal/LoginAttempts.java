package cn.tongxin.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.AccountEvents.LoginFailed;
import cn.tongxin.account.AccountEvents.LoginSucceeded;

/** Counts failed logins, locks accounts, records every attempt, and sends the user on. */
@Component
class LoginAttempts implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private final UserAccounts accounts;
    private final SecurityProperties policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, SecurityProperties policy, ApplicationEventPublisher events,
                  TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = abbreviate(request.getParameter("username"));
        String reason = tx.execute(status -> recordFailure(username, exception, request.getRemoteAddr()));
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    private String recordFailure(String username, AuthenticationException exception, String remoteAddress) {
        Instant now = Instant.now(clock);
        var account = accounts.findByUsername(username == null ? "" : username);
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "bad";
            if (account.isPresent()) {
                UserAccount a = account.get();
                if (a.loginFailed(now, policy.maxFailedLogins(), policy.lockDuration())) {
                    reason = "locked";
                }
                accounts.save(a);
            }
        }
        events.publishEvent(new LoginFailed(username, account.map(a -> a.committeeId).orElse(null),
                switch (reason) {
                    case "locked" -> "账户已锁定";
                    case "disabled" -> "账户已停用";
                    default -> account.isPresent() ? "用户名或密码错误" : "用户名不存在";
                }, remoteAddress));
        return reason;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var principal = (AccountPrincipal) authentication.getPrincipal();
        long id = principal.currentUser().id();
        tx.executeWithoutResult(status -> {
            accounts.findById(id).ifPresent(a -> {
                a.loginSucceeded(Instant.now(clock));
                accounts.save(a);
            });
            events.publishEvent(new LoginSucceeded(principal.getUsername(), principal.currentUser().committeeId(),
                    request.getRemoteAddr()));
        });
        String target = principal.mustChangePassword() ? "/account/password?first" : "/";
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String abbreviate(String username) {
        if (username == null) {
            return null;
        }
        String trimmed = username.trim();
        return trimmed.length() > 50 ? trimmed.substring(0, 50) : trimmed;
    }
}

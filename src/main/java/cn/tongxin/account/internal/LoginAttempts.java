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
    private final RateLimits limits;
    private final PasswordAge passwordAge;

    LoginAttempts(UserAccounts accounts, SecurityProperties policy, ApplicationEventPublisher events,
                  TransactionTemplate tx, Clock clock, RateLimits limits, PasswordAge passwordAge) {
        this.limits = limits;
        this.passwordAge = passwordAge;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Session attribute with the user name of the last failed login, for the form to show again (LoginController). */
    static final String TYPED_USERNAME = "tongxin.login.username";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = abbreviate(request.getParameter("username"));
        String reason = tx.execute(status -> recordFailure(username, exception, request.getRemoteAddr()));
        limits.loginFailed(request.getRemoteAddr(), username);
        // the login form shows the name again (not in the address, where it would reach logs and history)
        request.getSession().setAttribute(TYPED_USERNAME, username);
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
        if (!principal.mustChangePassword()) {
            passwordAge.warning(id).ifPresent(notice -> PasswordAge.flash(request, response, notice));
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    static String abbreviate(String username) {
        if (username == null) {
            return null;
        }
        String trimmed = username.trim();
        return trimmed.length() > 50 ? trimmed.substring(0, 50) : trimmed;
    }
}

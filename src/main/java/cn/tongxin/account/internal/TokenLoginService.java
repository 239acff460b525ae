package cn.tongxin.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.AccountEvents.LoginFailed;
import cn.tongxin.account.AccountEvents.LoginSucceeded;
import cn.tongxin.account.ApiTokens.IssuedToken;
import cn.tongxin.account.TokenLogin;
import cn.tongxin.shared.BusinessException;

/**
 * The API's password login: the same checks as the login page (lockout after failed attempts, disabled accounts, an
 * initial password that must first be changed), each attempt audited; success issues a personal API token.
 */
@Service
class TokenLoginService implements TokenLogin {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityProperties policy;
    private final ApiTokenService tokens;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RateLimits limits;
    private final PasswordAge passwordAge;

    TokenLoginService(UserAccounts accounts, PasswordEncoder encoder, SecurityProperties policy, ApiTokenService tokens,
                      ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, RateLimits limits,
                      PasswordAge passwordAge) {
        this.limits = limits;
        this.passwordAge = passwordAge;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IssuedToken logIn(String username, String password, String tokenName, String remoteAddress) {
        ApiTokenService.label(tokenName);
        String name = username == null ? "" : username.trim();
        var throttled = limits.loginRefused(remoteAddress, name.length() > 50 ? name.substring(0, 50) : name);
        if (throttled.isPresent()) {
            events.publishEvent(new LoginFailed(name.length() > 50 ? name.substring(0, 50) : name, null, "登录尝试过于频繁，已拒绝", remoteAddress));
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS,
                    "该地址或用户名连续登录失败次数过多，请" + Math.max(1, throttled.get().toMinutes()) + "分钟后再试");
        }
        // A refusal is committed (the failure counts towards the lockout) before it is thrown.
        Refusal refusal = tx.execute(status -> check(name, password, remoteAddress));
        if (refusal != null) {
            if (refusal != Refusal.MUST_CHANGE_PASSWORD) {
                limits.loginFailed(remoteAddress, name.length() > 50 ? name.substring(0, 50) : name);
            }
            throw new BusinessException(refusal.status, refusal.message);
        }
        return tx.execute(status -> {
            UserAccount account = accounts.findByUsername(name).orElseThrow();
            return tokens.issue(account.id, account.committeeId, tokenName);
        });
    }

    private Refusal check(String username, String password, String remoteAddress) {
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = username.isEmpty() || username.length() > 50 ? Optional.empty()
                : accounts.findByUsername(username);
        if (found.isEmpty()) {
            return refuse(username, null, Refusal.BAD_CREDENTIALS, remoteAddress);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            return refuse(username, account.committeeId, Refusal.LOCKED, remoteAddress);
        }
        if (!account.enabled) {
            return refuse(username, account.committeeId, Refusal.DISABLED, remoteAddress);
        }
        if (password == null || !encoder.matches(password, account.passwordHash)) {
            boolean locked = account.loginFailed(now, policy.maxFailedLogins(), policy.lockDuration());
            accounts.save(account);
            return refuse(username, account.committeeId, locked ? Refusal.LOCKED : Refusal.BAD_CREDENTIALS, remoteAddress);
        }
        account.loginSucceeded(now);
        accounts.save(account);
        events.publishEvent(new LoginSucceeded(account.username, account.committeeId, remoteAddress));
        return passwordAge.mustChange(account, now) ? Refusal.MUST_CHANGE_PASSWORD : null;
    }

    private Refusal refuse(String username, Long committeeId, Refusal refusal, String remoteAddress) {
        events.publishEvent(new LoginFailed(username, committeeId, refusal.reason, remoteAddress));
        return refusal;
    }

    private enum Refusal {
        BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "用户名或密码错误", "用户名或密码错误"),
        LOCKED(HttpStatus.UNAUTHORIZED, "连续登录失败次数过多，账户已锁定，请10分钟后再试或联系管理员", "账户已锁定"),
        DISABLED(HttpStatus.UNAUTHORIZED, "账户已停用，请联系管理员", "账户已停用"),
        MUST_CHANGE_PASSWORD(HttpStatus.FORBIDDEN, "请先登录网页修改初始密码，再创建API令牌", null);

        final HttpStatus status;
        final String message;
        final String reason;

        Refusal(HttpStatus status, String message, String reason) {
            this.status = status;
            this.message = message;
            this.reason = reason;
        }
    }
}

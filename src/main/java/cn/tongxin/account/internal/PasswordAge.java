package cn.tongxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * When a password must be changed before anything else: an initial or reset password, a password older than the
 * maximum age, and a published password (the demo's) outside the demo. The demo keeps its known passwords.
 */
@Component
class PasswordAge {

    private final PasswordProperties policy;
    private final UserAccounts accounts;
    private final Clock clock;
    private final boolean demo;

    PasswordAge(PasswordProperties policy, UserAccounts accounts, Clock clock,
                @Value("${tongxin.demo.enabled:true}") boolean demo) {
        this.policy = policy;
        this.accounts = accounts;
        this.clock = clock;
        this.demo = demo;
    }

    boolean mustChange(UserAccount a, Instant now) {
        if (a.mustChangePassword) {
            return true;
        }
        if (a.publishedPassword) {
            return !demo;
        }
        return !expiresAt(a).isAfter(now);
    }

    /** The warning to show after a login when the password expires within the warning period. */
    Optional<String> warning(long accountId) {
        Instant now = Instant.now(clock);
        return accounts.findById(accountId)
                .filter(a -> !a.publishedPassword)
                .map(a -> Duration.between(now, expiresAt(a)))
                .filter(left -> !left.isNegative() && left.compareTo(policy.warnBefore()) <= 0)
                .map(left -> "您的密码将在" + Math.max(1, left.toDays() + (left.toHoursPart() > 0 ? 1 : 0)) + "天后过期，请及时修改密码");
    }

    private Instant expiresAt(UserAccount a) {
        Instant since = a.passwordChangedAt != null ? a.passwordChangedAt : a.createdAt != null ? a.createdAt : Instant.now(clock);
        return since.plus(policy.maxAge());
    }

    static void flash(HttpServletRequest request, HttpServletResponse response, String notice) {
        FlashMap flash = new FlashMap();
        flash.put("notice", notice);
        flash.setTargetRequestPath(request.getContextPath() + "/");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
    }
}

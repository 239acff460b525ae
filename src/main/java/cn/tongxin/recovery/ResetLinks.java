package cn.tongxin.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountDirectory;
import cn.tongxin.account.Accounts;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.recovery.internal.ResetLinkStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/**
 * A reset link issued by the committee's administrator, for a person with no e-mail or mobile on record: shown once to
 * the administrator, handed over in person, used once within {@link #VALID_FOR}. Issuing a new one closes the older.
 * Using it sets the password under the same policy as a code ({@link Accounts#recoverPassword}): the account is
 * unlocked, its API tokens and sessions end. A wrong, used or expired link is one and the same answer.
 */
@Service
@Transactional
public class ResetLinks {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    static final String INVALID = "重置链接无效、已使用或已过期，请联系本会系统管理员重新生成";

    private final CurrentUsers currentUsers;
    private final AccountDirectory directory;
    private final Accounts accounts;
    private final ResetLinkStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResetLinks(CurrentUsers currentUsers, AccountDirectory directory, Accounts accounts, ResetLinkStore store, AuditLog audit,
               Clock clock) {
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.accounts = accounts;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code path}: where the person sets their password, e.g. {@code /password-reset/link/…}. */
    public record IssuedLink(String username, String path, Instant expiresAt) {
    }

    public IssuedLink issue(long accountId) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        var account = directory.find(accountId).filter(a -> a.committeeId() == admin.committeeId())
                .orElseThrow(() -> BusinessException.notFound("账户"));
        if (account.username().equals(admin.username())) {
            throw BusinessException.conflict("请在“修改密码”中修改本人的密码");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.closeOpen(accountId, now);
        store.issue(accountId, hash(token), admin.username(), now, now.plus(VALID_FOR));
        audit.record(admin.committeeId(), "生成密码重置链接", "user_account", accountId,
                account.username() + "，" + VALID_FOR.toHours() + "小时内有效");
        return new IssuedLink(account.username(), "/password-reset/link/" + token, now.plus(VALID_FOR));
    }

    /** The user name the link is for, while it is open. */
    @Transactional(readOnly = true)
    public Optional<String> username(String token) {
        return valid(token).flatMap(t -> store.open(hash(t), clock.instant()))
                .flatMap(accountId -> directory.find(accountId)).map(AccountDirectory.Addressee::username);
    }

    public void use(String token, String newPassword) {
        Instant now = clock.instant();
        long accountId = valid(token).flatMap(t -> store.lockOpen(hash(t), now))
                .orElseThrow(() -> new FieldErrors(INVALID, List.of(new FieldErrors.FieldError("token", INVALID))));
        // the policy may refuse the password: the transaction rolls back and the link stays open
        accounts.recoverPassword(accountId, newPassword);
        store.closeOpen(accountId, now);
    }

    private static Optional<String> valid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}") ? Optional.of(token) : Optional.empty();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

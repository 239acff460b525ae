package cn.tongxin.recovery;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.AccountDirectory;
import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.account.Accounts;
import cn.tongxin.notification.Channel;
import cn.tongxin.notification.VerificationCodes;
import cn.tongxin.recovery.internal.RecoveryTickets;
import cn.tongxin.shared.FieldErrors;

/**
 * Forgotten password: {@link #request} sends a code to the account named by its user name, e-mail or mobile;
 * {@link #confirm} sets a new password with it. Whether the account exists, has an address or was asked for a code a
 * moment ago, {@code request} answers the same and does the same slow work (one password hash), so neither its answer
 * nor its time tells. A name that fits several accounts (one mobile on two committees' rolls) gets no code: the person
 * uses the user name instead.
 */
@Service
public class PasswordRecovery {

    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final int MAX_WRONG_CODES = 5;
    /** A new code for the same account at most this often (a button pressed twice, or someone flooding a mobile). */
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    public static final String SENT = "如果该账户存在并登记了电子邮箱或手机，验证码已发出，" + VALID_FOR.toMinutes() + "分钟内有效。";
    static final String INVALID = "验证码不正确或已失效，请重新获取";

    private final AccountDirectory directory;
    private final Accounts accounts;
    private final RecoveryTickets tickets;
    private final VerificationCodes codes;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String decoyHash;

    PasswordRecovery(AccountDirectory directory, Accounts accounts, RecoveryTickets tickets, VerificationCodes codes,
                     PasswordEncoder encoder, TransactionTemplate tx, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.tickets = tickets;
        this.codes = codes;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
        this.decoyHash = encoder.encode("000000");
    }

    /** Sends a code if the name is one account's and it has an address; answers {@link #SENT} in every case. */
    public String request(String login) {
        String name = login == null ? "" : login.strip();
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            var account = single(name).flatMap(a -> channel(a, name).map(c -> new Target(a, c)))
                    .filter(t -> tickets.lastIssued(t.account().id()).map(last -> last.plus(RESEND_AFTER).isBefore(now)).orElse(true));
            String code = String.format("%06d", random.nextInt(1_000_000));
            String hash = encoder.encode(code); // also when nothing is sent: the same work, the same time
            account.ifPresent(t -> {
                long ticket = tickets.issue(t.account().id(), t.channel(), hash, now, now.plus(VALID_FOR));
                codes.send(t.account(), t.channel(), code, (int) VALID_FOR.toMinutes(), "recovery-" + ticket);
            });
        });
        return SENT;
    }

    /** Sets the new password if the code is the account's open one; a wrong code counts against it. */
    public void confirm(String login, String code, String newPassword) {
        String name = login == null ? "" : login.strip();
        String given = code == null ? "" : code.strip();
        boolean done = Boolean.TRUE.equals(tx.execute(status -> {
            Instant now = clock.instant();
            var account = single(name);
            var ticket = account.flatMap(a -> tickets.lockOpen(a.id(), now, MAX_WRONG_CODES));
            if (ticket.isEmpty()) {
                encoder.matches(given, decoyHash);
                return false;
            }
            if (!given.matches("\\d{6}") || !encoder.matches(given, ticket.get().codeHash())) {
                tickets.wrongCode(ticket.get().id());
                return false;
            }
            // the policy may refuse the new password: the transaction rolls back, the code stays open
            accounts.recoverPassword(account.get().id(), newPassword);
            tickets.used(account.get().id(), now);
            return true;
        }));
        if (!done) {
            throw new FieldErrors(INVALID, List.of(new FieldErrors.FieldError("code", INVALID)));
        }
    }

    private Optional<Addressee> single(String name) {
        var found = directory.byLogin(name);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** An e-mail address named gets the code by e-mail, a mobile by SMS, a user name by e-mail if there is one. */
    private static Optional<Channel> channel(Addressee a, String name) {
        if (name.contains("@") && !name.equalsIgnoreCase(a.username())) {
            return a.hasEmail() ? Optional.of(Channel.EMAIL) : Optional.empty();
        }
        if (name.equals(a.mobile())) {
            return Optional.of(Channel.SMS);
        }
        return a.hasEmail() ? Optional.of(Channel.EMAIL) : a.hasMobile() ? Optional.of(Channel.SMS) : Optional.empty();
    }

    private record Target(Addressee account, Channel channel) {
    }
}

package cn.tongxin.recovery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.notification.Channel;

/** The SQL of {@code password_recovery}: a code's hash, its expiry, its wrong tries, its use. */
@Repository
public class RecoveryTickets {

    private final JdbcClient jdbc;

    RecoveryTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long issue(long accountId, Channel channel, String codeHash, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                insert into password_recovery (user_account_id, channel, code_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(accountId, channel.name(), codeHash, Timestamp.from(expiresAt), Timestamp.from(now))
                .query(Long.class).single();
    }

    /** When the account's last code was issued, if any. */
    public Optional<Instant> lastIssued(long accountId) {
        return jdbc.sql("select created_at from password_recovery where user_account_id = ? order by id desc limit 1")
                .param(accountId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The account's newest code, if it is still open (not used, not expired, not burned), locked. */
    public Optional<Ticket> lockOpen(long accountId, Instant now, int maxAttempts) {
        return jdbc.sql("""
                select id, code_hash from password_recovery
                 where user_account_id = ? and used_at is null and expires_at > ? and attempts < ?
                 order by id desc limit 1 for update""")
                .params(accountId, Timestamp.from(now), maxAttempts)
                .query((rs, n) -> new Ticket(rs.getLong("id"), rs.getString("code_hash"))).optional();
    }

    public void wrongCode(long ticketId) {
        jdbc.sql("update password_recovery set attempts = attempts + 1 where id = ?").param(ticketId).update();
    }

    /** Used: this code and every older open one of the account are closed. */
    public void used(long accountId, Instant now) {
        jdbc.sql("update password_recovery set used_at = ? where user_account_id = ? and used_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    public record Ticket(long id, String codeHash) {
    }
}

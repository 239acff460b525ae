package cn.tongxin.recovery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code password_reset_link}. */
@Repository
public class ResetLinkStore {

    private final JdbcClient jdbc;

    ResetLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void issue(long accountId, String tokenHash, String issuedBy, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into password_reset_link (user_account_id, token_hash, issued_by, expires_at, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(accountId, tokenHash, issuedBy, Timestamp.from(expiresAt), Timestamp.from(now)).update();
    }

    /** The account of an open link. */
    public Optional<Long> open(String tokenHash, Instant now) {
        return jdbc.sql("select user_account_id from password_reset_link where token_hash = ? and used_at is null and expires_at > ?")
                .params(tokenHash, Timestamp.from(now)).query(Long.class).optional();
    }

    /** The account of an open link, the link locked until the password is set. */
    public Optional<Long> lockOpen(String tokenHash, Instant now) {
        return jdbc.sql("""
                select user_account_id from password_reset_link
                 where token_hash = ? and used_at is null and expires_at > ? for update""")
                .params(tokenHash, Timestamp.from(now)).query(Long.class).optional();
    }

    /** Every open link of the account is closed (used, or replaced by a new one). */
    public void closeOpen(long accountId, Instant now) {
        jdbc.sql("update password_reset_link set used_at = ? where user_account_id = ? and used_at is null")
                .params(Timestamp.from(now), accountId).update();
    }
}

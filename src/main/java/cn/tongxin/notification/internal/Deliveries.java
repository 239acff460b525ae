package cn.tongxin.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.notification.Channel;
import cn.tongxin.notification.Delivery;
import cn.tongxin.notification.DeliveryKind;
import cn.tongxin.notification.DeliveryStatus;
import cn.tongxin.privacy.PersonalData;

/**
 * The SQL of the delivery log ({@code message_delivery}). Each statement commits on its own: a send is never undone.
 * The address a delivery goes to is stored sealed (V36); a retry opens it, the log's pages show it masked.
 */
@Repository
public class Deliveries {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Deliveries.class);

    private final JdbcClient jdbc;
    private final PersonalData personal;

    Deliveries(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /**
     * Logs a delivery about to be tried; empty when it is logged already. A first attempt that never finishes (the
     * process stopped) is due for a retry at {@code retryAt} (null: never retried).
     */
    Optional<Long> open(Outgoing o, boolean keepBody, Instant now, Instant retryAt) {
        return jdbc.sql("""
                insert into message_delivery (committee_id, channel, user_account_id, recipient, kind, dedupe_key, subject,
                       body, link, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                on conflict (dedupe_key) do nothing returning id""")
                .params(o.committeeId(), o.channel().name(), o.accountId(), personal.encrypt(o.address()), o.kind().name(), o.dedupeKey(),
                        abbreviate(o.subject(), 300), keepBody ? o.body() : null, o.link(), retryAt == null ? null : Timestamp.from(retryAt),
                        Timestamp.from(now))
                .query(Long.class).optional();
    }

    void sent(long id, int attempts, Instant at) {
        jdbc.sql("update message_delivery set status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null where id = ?")
                .params(attempts, Timestamp.from(at), id).update();
    }

    /** A failed attempt: retried at {@code nextAttempt}, or failed for good when that is empty. */
    void failed(long id, int attempts, String error, Optional<Instant> nextAttempt) {
        jdbc.sql("update message_delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(nextAttempt.isPresent() ? "RETRYING" : "FAILED", attempts, abbreviate(error, 500),
                        nextAttempt.map(Timestamp::from).orElse(null), id)
                .update();
    }

    /** Deliveries whose retry is due, oldest first. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                select id, committee_id, channel, user_account_id, recipient, kind, dedupe_key, subject, body, link, attempts
                  from message_delivery
                 where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?
                 order by next_attempt_at limit ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Due(rs.getLong("id"), new Outgoing(rs.getLong("committee_id"),
                        Channel.valueOf(rs.getString("channel")), (Long) rs.getObject("user_account_id"),
                        rs.getString("recipient"), DeliveryKind.valueOf(rs.getString("kind")), rs.getString("dedupe_key"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link")), rs.getInt("attempts")))
                .list();
    }

    record Due(long id, Outgoing outgoing, int attempts) {
    }

    public long count(long committeeId, DeliveryStatus status) {
        return jdbc.sql("select count(*) from message_delivery where committee_id = ? and (cast(? as text) is null or status = ?)")
                .params(committeeId, status == null ? null : status.name(), status == null ? null : status.name())
                .query(Long.class).single();
    }

    public List<Delivery> page(long committeeId, DeliveryStatus status, int limit, int offset) {
        return jdbc.sql("""
                select * from message_delivery
                 where committee_id = ? and (cast(? as text) is null or status = ?)
                 order by id desc limit ? offset ?""")
                .params(committeeId, status == null ? null : status.name(), status == null ? null : status.name(), limit, offset)
                .query(this::delivery).list();
    }

    private Delivery delivery(ResultSet rs, int n) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return new Delivery(rs.getLong("id"), channel, mask(channel, opened(rs.getLong("id"), rs.getString("recipient"))),
                DeliveryKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"));
    }

    /** 138****0000, z***@example.cn: the log shows that a message went out, not people's contact details. */
    static String mask(Channel channel, String address) {
        if (address == null) {
            return "";
        }
        return channel == Channel.SMS ? PersonalData.maskMobile(address) : PersonalData.maskEmail(address);
    }

    /** The log's page stays readable when an old row's key is gone (its retry fails, naming the key). */
    private String opened(long id, String stored) {
        try {
            return personal.reveal(stored);
        } catch (RuntimeException e) {
            LOG.warn("delivery {}: the address does not open: {}", id, e.getMessage());
            return null;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

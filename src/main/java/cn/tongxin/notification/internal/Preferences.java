package cn.tongxin.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.notification.EmailMode;
import cn.tongxin.notification.MessageKind;
import cn.tongxin.notification.MessagePreference;

/** The SQL of users' message preferences and digest marks; a kind without a row has its defaults. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind for one user, defaults filled in. */
    public List<MessagePreference> of(long accountId) {
        Map<MessageKind, MessagePreference> byKind = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            byKind.put(kind, MessagePreference.defaults(kind));
        }
        jdbc.sql("select kind, email, sms from message_preference where user_account_id = ?").param(accountId)
                .query((rs, n) -> row(rs)).list().forEach(p -> byKind.put(p.kind(), p));
        return List.copyOf(byKind.values());
    }

    /** One kind for several users, defaults filled in. */
    public Map<Long, MessagePreference> of(Collection<Long> accountIds, MessageKind kind) {
        Map<Long, MessagePreference> result = new HashMap<>();
        accountIds.forEach(id -> result.put(id, MessagePreference.defaults(kind)));
        if (!accountIds.isEmpty()) {
            jdbc.sql("select user_account_id, kind, email, sms from message_preference where user_account_id in (:ids) and kind = :kind")
                    .param("ids", accountIds).param("kind", kind.name())
                    .query((rs, n) -> Map.entry(rs.getLong("user_account_id"), row(rs))).list()
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        return result;
    }

    public void save(long accountId, Collection<MessagePreference> preferences, Instant now) {
        boolean hadDigest = !digestKinds(accountId).isEmpty();
        for (MessagePreference p : preferences) {
            jdbc.sql("""
                    insert into message_preference (user_account_id, kind, email, sms, updated_at) values (?, ?, ?, ?, ?)
                    on conflict (user_account_id, kind) do update
                       set email = excluded.email, sms = excluded.sms, updated_at = excluded.updated_at""")
                    .params(accountId, p.kind().name(), p.email().name(), p.sms(), Timestamp.from(now)).update();
        }
        if (!hadDigest && !digestKinds(accountId).isEmpty()) {
            // the first digest covers what comes after the choice, not the past
            setMark(accountId, now);
        }
    }

    /** Users with at least one kind in the daily digest. */
    public List<Long> digestSubscribers() {
        return jdbc.sql("select distinct user_account_id from message_preference where email = 'DIGEST' order by 1")
                .query(Long.class).list();
    }

    public Instant digestChosenAt(long accountId) {
        return jdbc.sql("select min(updated_at) from message_preference where user_account_id = ? and email = 'DIGEST'")
                .param(accountId).query(Timestamp.class).single().toInstant();
    }

    public List<String> digestKinds(long accountId) {
        return jdbc.sql("select kind from message_preference where user_account_id = ? and email = 'DIGEST'")
                .param(accountId).query(String.class).list();
    }

    /** The end of the last window sent, the row locked until the transaction ends (a second run waits, then sees it moved). */
    public Optional<Instant> lockMark(long accountId) {
        return jdbc.sql("select sent_through from message_digest_mark where user_account_id = ? for update")
                .param(accountId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public void setMark(long accountId, Instant through) {
        jdbc.sql("""
                insert into message_digest_mark (user_account_id, sent_through) values (?, ?)
                on conflict (user_account_id) do update set sent_through = excluded.sent_through""")
                .params(accountId, Timestamp.from(through)).update();
    }

    private static MessagePreference row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MessagePreference(MessageKind.valueOf(rs.getString("kind")), EmailMode.valueOf(rs.getString("email")),
                rs.getBoolean("sms"));
    }
}

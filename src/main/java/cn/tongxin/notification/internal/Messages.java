package cn.tongxin.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.notification.Message;
import cn.tongxin.notification.MessagesCreated;
import cn.tongxin.notification.Recipient;

/** The SQL of the notification table; "mine" means addressed to the user, their member, their unit or the office. */
@Repository
public class Messages {

    private static final String MINE = " " + """
             where committee_id = :committee and (
                   (recipient_kind = 'USER' and recipient_id = :user)
                or (recipient_kind = 'MEMBER' and recipient_id = :member)
                or (recipient_kind = 'UNIT' and recipient_id = :unit)
                or (recipient_kind = 'STAFF' and :office))""";

    /** The SQL twin of {@link cn.tongxin.notification.MessageKind#of}. */
    private static final String KIND = """
             (case when obligation_key is not null then 'DEADLINE'
                   when recipient_kind in ('USER', 'MEMBER') then 'PERSONAL' else 'WORK' end)""";

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long committeeId, Recipient to, String title, String body, String link, Instant createdAt) {
        return jdbc.sql("""
                insert into notification (committee_id, recipient_kind, recipient_id, title, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, to.kind().name(), to.id(), title, body, link, Timestamp.from(createdAt))
                .query(Long.class).single();
    }

    /** One row per recipient, in one statement; the rows' ids with the recipient each is for, in the order given. */
    public List<MessagesCreated.Row> insertAll(long committeeId, List<Recipient> to, String title, String body, String link,
                                              Instant createdAt) {
        return jdbc.sql("""
                insert into notification (committee_id, recipient_kind, recipient_id, title, body, link, created_at)
                select :committee, k, r, :title, :body, :link, :at
                  from unnest(cast(:kinds as varchar[]), cast(:ids as bigint[])) with ordinality as t(k, r, n)
                 order by n
                returning id, recipient_kind, recipient_id""")
                .param("committee", committeeId).param("title", title).param("body", body).param("link", link)
                .param("at", Timestamp.from(createdAt))
                .param("kinds", to.stream().map(r -> r.kind().name()).toArray(String[]::new))
                .param("ids", to.stream().map(Recipient::id).toArray(Long[]::new))
                .query((rs, n) -> new MessagesCreated.Row(rs.getLong("id"), new Recipient(
                        Recipient.Kind.valueOf(rs.getString("recipient_kind")), (Long) rs.getObject("recipient_id"))))
                .list().stream().sorted(java.util.Comparator.comparingLong(MessagesCreated.Row::notificationId)).toList();
    }

    /** The new reminder's id, or empty when the same obligation was already reminded to the same recipient that day. */
    public Optional<Long> insertReminder(long committeeId, Recipient to, String obligationKey, LocalDate day, String title,
                                         String body, String link, Instant createdAt) {
        return jdbc.sql("""
                insert into notification (committee_id, recipient_kind, recipient_id, title, body, link, obligation_key, reminder_day, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (obligation_key, recipient_kind, coalesce(recipient_id, 0), reminder_day) where obligation_key is not null
                do nothing returning id""")
                .params(committeeId, to.kind().name(), to.id(), title, body, link, obligationKey, day,
                        Timestamp.from(createdAt))
                .query(Long.class).optional();
    }

    public long countMine(CurrentUser me) {
        return bind(jdbc.sql("select count(*) from notification" + MINE), me).query(Long.class).single();
    }

    public List<Message> mine(CurrentUser me, int limit, int offset) {
        return bind(jdbc.sql("select * from notification" + MINE + " order by id desc limit :limit offset :offset"), me)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    /**
     * The user's unread messages, one branch per kind of recipient so that each is a range of the unread index (V34):
     * as one condition with ORs the scan walked every unread message of the committee, the members' included.
     */
    private static final String UNREAD = """
            select 1 from notification where committee_id = :committee and recipient_kind = 'USER' and recipient_id = :user and read_at is null
            union all
            select 1 from notification where committee_id = :committee and recipient_kind = 'MEMBER' and recipient_id = :member and read_at is null
            union all
            select 1 from notification where committee_id = :committee and recipient_kind = 'UNIT' and recipient_id = :unit and read_at is null
            union all
            select 1 from notification where committee_id = :committee and recipient_kind = 'STAFF' and :office and read_at is null""";

    public long countUnread(CurrentUser me) {
        return bind(jdbc.sql("select count(*) from (" + UNREAD + ") u"), me).query(Long.class).single();
    }

    /** The unread count up to {@code upTo}: a badge stops counting there, and so does the query. */
    public long countUnread(CurrentUser me, int upTo) {
        return bind(jdbc.sql("select count(*) from (select 1 from (" + UNREAD + ") u limit :upTo) x"), me)
                .param("upTo", upTo).query(Long.class).single();
    }

    /** The number of rows marked (0 when the message is not the user's). */
    public int markRead(CurrentUser me, long id) {
        return bind(jdbc.sql("update notification set read_at = coalesce(read_at, now())" + MINE + " and id = :id"), me)
                .param("id", id).update();
    }

    /** A person's messages of the given kinds written in the window (from, to], oldest first, at most {@code limit}. */
    public List<DigestLine> window(Addressee a, Collection<String> kinds, Instant from, Instant to, int limit) {
        return jdbc.sql("select created_at, title, body, link from notification" + MINE
                        + " and created_at > :from and created_at <= :to and " + KIND + " in (:kinds)"
                        + " order by created_at, id limit :limit")
                .param("committee", a.committeeId()).param("user", a.id())
                .param("member", a.memberId() == null ? -1 : a.memberId())
                .param("unit", a.unitId() == null ? -1 : a.unitId())
                .param("office", a.office())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("kinds", kinds)
                .param("limit", limit)
                .query((rs, n) -> new DigestLine(rs.getTimestamp("created_at").toInstant(), rs.getString("title"),
                        rs.getString("body"), rs.getString("link")))
                .list();
    }

    public record DigestLine(Instant createdAt, String title, String body, String link) {
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CurrentUser me) {
        return spec.param("committee", me.committeeId()).param("user", me.id())
                .param("member", me.memberId() == null ? -1 : me.memberId())
                .param("unit", me.unitId() == null ? -1 : me.unitId())
                .param("office", me.isOffice());
    }
}

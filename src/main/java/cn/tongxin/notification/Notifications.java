package cn.tongxin.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@Service
@Transactional
public class Notifications {

    private static final String MINE = " " + """
             where committee_id = :committee and (
                   (recipient_kind = 'USER' and recipient_id = :user)
                or (recipient_kind = 'MEMBER' and recipient_id = :member)
                or (recipient_kind = 'UNIT' and recipient_id = :unit)
                or (recipient_kind = 'STAFF' and :office))""";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    public void notify(long committeeId, Recipient to, String title, String body, String link) {
        jdbc.sql("""
                insert into notification (committee_id, recipient_kind, recipient_id, title, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, to.kind().name(), to.id(), title, body, link, Timestamp.from(Instant.now(clock)))
                .update();
    }

    /** Creates a reminder unless the same obligation was already reminded to the same recipient that day. */
    public boolean remind(long committeeId, Recipient to, String obligationKey, LocalDate day, String title, String body,
                          String link) {
        var id = jdbc.sql("""
                insert into notification (committee_id, recipient_kind, recipient_id, title, body, link, obligation_key, reminder_day, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (obligation_key, recipient_kind, coalesce(recipient_id, 0), reminder_day) where obligation_key is not null
                do nothing returning id""")
                .params(committeeId, to.kind().name(), to.id(), title, body, link, obligationKey, day,
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class).optional();
        id.ifPresent(n -> events.publishEvent(new ReminderCreated(n, committeeId, to, title, link)));
        return id.isPresent();
    }

    @Transactional(readOnly = true)
    public PageResult<Message> inbox(PageQuery page) {
        CurrentUser me = currentUsers.get();
        long total = bind(jdbc.sql("select count(*) from notification" + MINE), me).query(Long.class).single();
        List<Message> items = bind(jdbc.sql("select * from notification" + MINE + " order by id desc limit :limit offset :offset"), me)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public long unread() {
        return currentUsers.find().map(me -> bind(jdbc.sql("select count(*) from notification" + MINE + " and read_at is null"), me)
                .query(Long.class).single()).orElse(0L);
    }

    public void markRead(long id) {
        CurrentUser me = currentUsers.get();
        int updated = bind(jdbc.sql("update notification set read_at = coalesce(read_at, now())" + MINE + " and id = :id"), me)
                .param("id", id).update();
        if (updated == 0) {
            throw BusinessException.notFound("消息");
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CurrentUser me) {
        return spec.param("committee", me.committeeId()).param("user", me.id())
                .param("member", me.memberId() == null ? -1 : me.memberId())
                .param("unit", me.unitId() == null ? -1 : me.unitId())
                .param("office", me.isOffice());
    }
}

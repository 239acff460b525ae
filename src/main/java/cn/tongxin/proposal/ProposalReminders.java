package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;

/** Daily reminders to invited co-signers whose confirmation deadline is near (at most once a day each). */
@Service
public class ProposalReminders {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    ProposalReminders(JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** When a day has passed, the new day's reminders: on one instance only (the lock is named after the day). */
    @EventListener
    @SchedulerLock(name = "proposal-reminders-#{#day.date.toString()}", lockAtLeastFor = "PT1H")
    public void daily(DayHasPassed day) {
        run(day.getDate().plusDays(1));
    }

    @Transactional
    public int run(LocalDate today) {
        var from = Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant());
        var until = Timestamp.from(today.plusDays(2).atStartOfDay(clock.getZone()).toInstant());
        int created = 0;
        for (var row : jdbc.sql("""
                select p.committee_id, p.id, p.title, c.member_id, c.due_at from proposal_cosigner c join proposal p on p.id = c.proposal_id
                 where c.status = 'INVITED' and c.due_at >= ? and c.due_at < ?
                   and p.status in ('DRAFT', 'SUBMITTED', 'PRE_APPROVED', 'RETURNED')""").params(from, until).query().listOfRows()) {
            long committee = ((Number) row.get("committee_id")).longValue();
            long member = ((Number) row.get("member_id")).longValue();
            boolean made = notifications.remind(committee, Recipient.member(member),
                    "proposal:cosign:" + row.get("id") + ":m" + member, today, "请确认联名：" + row.get("title"),
                    "联名确认截止 " + ((Timestamp) row.get("due_at")).toInstant().atZone(clock.getZone()).toLocalDate(),
                    "/proposals/" + row.get("id"));
            created += made ? 1 : 0;
        }
        return created;
    }
}

package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.proposal.internal.Cosigners;

/** Daily reminders to invited co-signers whose confirmation deadline is near (at most once a day each). */
@Service
public class ProposalReminders {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProposalReminders.class);

    private final Cosigners cosigners;
    private final Notifications notifications;
    private final Clock clock;

    ProposalReminders(Cosigners cosigners, Notifications notifications, Clock clock) {
        this.cosigners = cosigners;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** When a day has passed, the new day's reminders: on one instance only (the lock is named after the day). */
    @EventListener
    @SchedulerLock(name = "proposal-reminders-#{#day.date.toString()}", lockAtLeastFor = "PT1H")
    public void daily(DayHasPassed day) {
        try {
            run(day.getDate().plusDays(1));
        } catch (RuntimeException e) {
            // the other daily jobs of this day still run; the failure is logged for the operators
            LOG.error("co-sign reminders for {} failed", day.getDate(), e);
        }
    }

    @Transactional
    public int run(LocalDate today) {
        var from = today.atStartOfDay(clock.getZone()).toInstant();
        var until = today.plusDays(2).atStartOfDay(clock.getZone()).toInstant();
        int created = 0;
        for (var row : cosigners.dueBetween(from, until)) {
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

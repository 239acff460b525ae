package cn.tongxin.handling;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tongxin.handling.internal.CaseReads;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;

/**
 * Daily reminders for every open handling obligation that is due soon or overdue: acknowledgement, reply, co-handling
 * opinion and rating. At most one reminder per obligation, recipient and day, also with several instances running.
 */
@Service
public class HandlingReminders {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HandlingReminders.class);

    private final CaseReads reads;
    private final Notifications notifications;
    private final CommitteeSettings settings;
    private final Clock clock;

    HandlingReminders(CaseReads reads, Notifications notifications, CommitteeSettings settings, Clock clock) {
        this.reads = reads;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** When a day has passed, the new day's reminders: on one instance only (the lock is named after the day). */
    @EventListener
    @SchedulerLock(name = "handling-reminders-#{#day.date.toString()}", lockAtLeastFor = "PT1H")
    public void daily(DayHasPassed day) {
        try {
            run(day.getDate().plusDays(1));
        } catch (RuntimeException e) {
            // the other daily jobs of this day still run; the failure is logged for the operators
            LOG.error("handling reminders for {} failed", day.getDate(), e);
        }
    }

    /** Creates the reminders of one day; returns how many were new. */
    @Transactional
    public int run(LocalDate today) {
        int created = 0;
        for (long committee : reads.committeesWithOpenCases()) {
            LocalDate soon = today.plusDays(settings.value(committee, SettingKey.DUE_SOON_DAYS));
            created += assignments(committee, today, soon);
            created += ratings(committee, today, soon);
        }
        return created;
    }

    private int assignments(long committee, LocalDate today, LocalDate soon) {
        var rows = reads.assignmentsToRemind(committee, soon);
        int created = 0;
        for (var row : rows) {
            long id = ((Number) row.get("id")).longValue();
            long unit = ((Number) row.get("unit_id")).longValue();
            String title = (String) row.get("subject_title");
            String link = (String) row.get("subject_link");
            LocalDate due = ((java.sql.Date) row.get("due_date")).toLocalDate();
            boolean co = "CO".equals(row.get("role"));
            if ("ASSIGNED".equals(row.get("status"))) {
                created += remind(committee, Recipient.unit(unit), "handling:ack:" + id, today, "请签收：" + title, "交办事项尚未签收", link);
            }
            if (!due.isAfter(soon)) {
                String what = co ? "会办意见" : "答复";
                String key = "handling:" + (co ? "opinion" : "reply") + ":" + id + ":r" + row.get("round");
                String body = due.isBefore(today) ? what + "已超期（期限 " + due + "）" : what + "期限 " + due;
                created += remind(committee, Recipient.unit(unit), key, today, (due.isBefore(today) ? "已超期：" : "即将到期：") + title, body, link);
                if (due.isBefore(today)) {
                    created += remind(committee, Recipient.staff(), key, today, "承办单位超期：" + title, body, link);
                }
            }
        }
        return created;
    }

    private int ratings(long committee, LocalDate today, LocalDate soon) {
        var rows = reads.ratingsToRemind(committee, today, soon);
        int created = 0;
        for (var row : rows) {
            created += remind(committee, Recipient.member(((Number) row.get("member_id")).longValue()),
                    "handling:rating:" + row.get("id") + ":r" + row.get("round") + ":m" + row.get("member_id"), today,
                    "请评价：" + row.get("subject_title"), "评价截止 " + row.get("rating_due"), (String) row.get("subject_link"));
        }
        return created;
    }

    private int remind(long committee, Recipient to, String key, LocalDate day, String title, String body, String link) {
        return notifications.remind(committee, to, key, day, title, body, link) ? 1 : 0;
    }
}

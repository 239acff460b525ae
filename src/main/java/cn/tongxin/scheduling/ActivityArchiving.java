package cn.tongxin.scheduling;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import cn.tongxin.activity.ActivityClosing;

/**
 * Daily: activities nobody archived are archived a day after their end (the activity module's own use case), on one
 * instance only.
 */
@Component
class ActivityArchiving {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActivityArchiving.class);

    private final ActivityClosing closing;

    ActivityArchiving(ActivityClosing closing) {
        this.closing = closing;
    }

    /** When a day has passed: every activity that ended before that day began. */
    @EventListener
    @SchedulerLock(name = "activity-archiving-#{#day.date.toString()}", lockAtLeastFor = "PT1H")
    public void archive(DayHasPassed day) {
        try {
            closing.closeEndedBefore(day.getDate());
        } catch (RuntimeException e) {
            // the other daily jobs of this day still run; the failure is logged for the operators
            LOG.error("activity archiving for {} failed", day.getDate(), e);
        }
    }
}

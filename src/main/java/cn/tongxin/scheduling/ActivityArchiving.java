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

    private final ActivityClosing closing;

    ActivityArchiving(ActivityClosing closing) {
        this.closing = closing;
    }

    /** When a day has passed: every activity that ended before that day began. */
    @EventListener
    @SchedulerLock(name = "activity-archiving-#{#day.date.toString()}", lockAtLeastFor = "PT1H")
    public void archive(DayHasPassed day) {
        closing.closeEndedBefore(day.getDate());
    }
}

package cn.tongxin.activity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.shared.BusinessChange;
import cn.tongxin.shared.SubjectType;

/**
 * Attendance changes are not timeline steps (a plenary has hundreds of check-ins), yet they are business changes: each
 * one the activity records is passed to the audit log, in the check-in's transaction.
 */
@Component
class AttendanceAudit {

    private final ApplicationEventPublisher events;

    AttendanceAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ActivityEvents.Attended e) {
        audit(e.committeeId(), e.activityId(), "签到出席", e.memberId());
    }

    @EventListener
    void on(ActivityEvents.Observed e) {
        audit(e.committeeId(), e.activityId(), "签到列席", e.memberId());
    }

    @EventListener
    void on(ActivityEvents.LeaveDecided e) {
        audit(e.committeeId(), e.activityId(), e.approved() ? "批准请假" : "不批准请假", e.memberId());
    }

    private void audit(long committeeId, long activityId, String action, long memberId) {
        events.publishEvent(new BusinessChange(committeeId, SubjectType.ACTIVITY, activityId, action, "委员 " + memberId));
    }
}

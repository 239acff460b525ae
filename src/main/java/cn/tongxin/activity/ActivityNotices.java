package cn.tongxin.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.internal.Activities;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;

/** Tells invitees about a published activity and members about the answer to their leave request, in the same transaction. */
@Component
class ActivityNotices {

    private final Activities activities;
    private final Notifications notifications;
    private final java.time.Clock clock;

    ActivityNotices(Activities activities, Notifications notifications, java.time.Clock clock) {
        this.activities = activities;
        this.notifications = notifications;
        this.clock = clock;
    }

    private static final java.time.format.DateTimeFormatter START = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EventListener
    void on(ActivityEvents.Published event) {
        activities.findById(event.activityId()).ifPresent(a -> event.invitees().forEach(m -> notifications.notify(a.committeeId(),
                Recipient.member(m), "活动通知：" + a.title(),
                START.format(a.startsAt().atZone(clock.getZone())) + " " + (a.online() ? "线上" : a.place()) + "，请报名或请假",
                "/activities/" + a.id())));
    }

    @EventListener
    void on(ActivityEvents.LeaveDecided event) {
        activities.findById(event.activityId()).ifPresent(a -> notifications.notify(a.committeeId(), Recipient.member(event.memberId()),
                (event.approved() ? "请假已批准：" : "请假未批准：") + a.title(), event.approved() ? null : "请按时参加",
                "/activities/" + a.id()));
    }
}

package cn.tongxin.activity;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.Invitations;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.timeline.Timeline;

/**
 * Closing: staff close (or reopen) sign-up, and archive (归档) an activity after its end, which fixes attendance and
 * publishes the absences. Activities nobody archived are archived a day after their end ({@link #closeEndedBefore}).
 */
@Service
@Transactional
public class ActivityClosing {

    private final Activities activities;
    private final Invitations invitations;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Clock clock;

    ActivityClosing(Activities activities, Invitations invitations, CurrentUsers currentUsers, Timeline timeline, Clock clock) {
        this.activities = activities;
        this.invitations = invitations;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Staff close (or reopen) sign-up and leave requests. */
    public void setSignupOpen(long id, boolean open) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = locked(staff, id);
        ActivityStatus from = a.status(clock.instant());
        if (open) {
            a.reopenSignup(ActivityParties.staff(), clock);
        } else {
            a.closeSignup(ActivityParties.staff(), clock);
        }
        activities.save(a);
        timeline.record(staff.committeeId(), PlanActivities.SUBJECT, id, open ? "开放报名" : "截止报名", from.label(),
                a.status(clock.instant()).label(), null);
    }

    /** Staff archive an activity that has ended. */
    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        close(locked(staff, id));
    }

    /**
     * The daily work: archives every activity, of every committee, still open although it ended before {@code day}
     * began. Safe to run twice. Returns how many were archived.
     */
    public int closeEndedBefore(LocalDate day) {
        int closed = 0;
        for (long id : activities.openEndedBefore(day.atStartOfDay(clock.getZone()).toInstant())) {
            var a = activities.findLockedById(id).filter(x -> x.status(clock.instant()) == ActivityStatus.ENDED);
            if (a.isPresent()) {
                close(a.get());
                closed++;
            }
        }
        return closed;
    }

    private void close(Activity a) {
        var absent = invitations.absentees(a.id());
        ActivityStatus from = a.status(clock.instant());
        a.close(absent, ActivityParties.staff(), clock);
        activities.save(a);
        timeline.record(a.committeeId(), PlanActivities.SUBJECT, a.id(), "归档", from.label(), ActivityStatus.CLOSED.label(),
                "缺席" + absent.size() + "人");
    }

    private Activity locked(CurrentUser staff, long id) {
        return activities.findLockedByIdAndCommitteeId(id, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("活动"));
    }
}

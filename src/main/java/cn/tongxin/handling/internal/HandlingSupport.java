package cn.tongxin.handling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.timeline.Timeline;

/** What every handling use case needs: who acts, the clock, the timeline, messages and events. */
@Component
public class HandlingSupport {

    final CaseStore store;
    final CurrentUsers currentUsers;
    final Timeline timeline;
    final Notifications notifications;
    final ApplicationEventPublisher events;
    final Clock clock;

    HandlingSupport(CaseStore store, CurrentUsers currentUsers, Timeline timeline, Notifications notifications,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public CaseStore store() {
        return store;
    }

    public CurrentUser staff() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    public CurrentUser user() {
        return currentUsers.get();
    }

    /** The unit account acting on its own assignment; nobody else may act for a unit. */
    public AssignmentRow ownAssignment(long assignmentId) {
        CurrentUser user = currentUsers.get();
        if (!user.has(Role.UNIT) || user.unitId() == null) {
            throw BusinessException.forbidden("只有承办单位账户可以办理本单位的交办事项");
        }
        AssignmentRow row = store.lockAssignment(user.committeeId(), assignmentId);
        if (row.unitId() != user.unitId()) {
            throw BusinessException.notFound("交办记录");
        }
        if (!row.status().active()) {
            throw BusinessException.conflict("该事项已调整给其他单位办理，本单位不能再办理");
        }
        return row;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void trail(CaseRow c, String action, String from, String to, String comment) {
        timeline.record(c.committeeId(), c.subjectType(), c.subjectId(), action, from, to, comment);
    }

    public void tell(CaseRow c, Recipient to, String title, String body) {
        notifications.notify(c.committeeId(), to, title, body, link(c));
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    static String link(CaseRow c) {
        return c.subjectLink();
    }
}

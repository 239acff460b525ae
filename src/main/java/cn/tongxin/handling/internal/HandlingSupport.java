package cn.tongxin.handling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.timeline.Timeline;

/** What every handling use case needs: who acts, the aggregates under lock, the clock, the timeline and messages. */
@Component
public class HandlingSupport {

    final CaseStore store;
    final HandlingCases cases;
    final Assignments assignments;
    final CurrentUsers currentUsers;
    final Timeline timeline;
    final Notifications notifications;
    final Clock clock;

    HandlingSupport(CaseStore store, HandlingCases cases, Assignments assignments, CurrentUsers currentUsers,
                    Timeline timeline, Notifications notifications, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.assignments = assignments;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public CaseStore store() {
        return store;
    }

    public HandlingCases cases() {
        return cases;
    }

    public Assignments assignments() {
        return assignments;
    }

    public CurrentUser staff() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    public CurrentUser user() {
        return currentUsers.get();
    }

    public HandlingCase lockCase(long committeeId, long caseId) {
        return cases.findByIdAndCommitteeId(caseId, committeeId).orElseThrow(() -> BusinessException.notFound("办理事项"));
    }

    public HandlingCase lockCase(long committeeId, SubjectRef subject) {
        return cases.findByCommitteeIdAndSubjectTypeAndSubjectId(committeeId, subject.type(), subject.id())
                .orElseThrow(() -> BusinessException.conflict("该事项尚未交办"));
    }

    /** An assignment with its case, both locked, the case first: steps on one case never interleave. */
    public Locked lockAssignment(long committeeId, long assignmentId) {
        long caseId = store.caseIdOf(committeeId, assignmentId).orElseThrow(() -> BusinessException.notFound("交办记录"));
        HandlingCase c = lockCase(committeeId, caseId);
        Assignment a = assignments.findByIdAndCommitteeId(assignmentId, committeeId)
                .orElseThrow(() -> BusinessException.notFound("交办记录"));
        return new Locked(c, a, store.unitName(c.committeeId(), a.unitId()));
    }

    /** The unit account acting on its own assignment; nobody else may act for a unit. */
    public Locked ownAssignment(long assignmentId) {
        CurrentUser user = currentUsers.get();
        if (!user.has(Role.UNIT) || user.unitId() == null) {
            throw BusinessException.forbidden("只有承办单位账户可以办理本单位的交办事项");
        }
        Locked row = lockAssignment(user.committeeId(), assignmentId);
        if (row.assignment().unitId() != user.unitId()) {
            throw BusinessException.notFound("交办记录");
        }
        if (!row.assignment().active()) {
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

    public void trail(HandlingCase c, String action, String from, String to, String comment) {
        timeline.record(c.committeeId(), c.subject().type(), c.subject().id(), action, from, to, comment);
    }

    public void tell(HandlingCase c, Recipient to, String title, String body) {
        notifications.notify(c.committeeId(), to, title, body, c.subjectLink());
    }

    /** An assignment and its case under lock, with the unit's name for messages. */
    public record Locked(HandlingCase handlingCase, Assignment assignment, String unitName) {
    }
}

package cn.tongxin.handling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.handling.CaseAction;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingParty;
import cn.tongxin.handling.HandlingProfile;
import cn.tongxin.handling.HandlingProfiles;
import cn.tongxin.handling.HandlingWorkflow;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * One subject handed to units: its deadlines, round and status. Every step checks {@link HandlingWorkflow#CASE} and
 * registers the fact the subjects listen to.
 */
@Table("handling_case")
public class HandlingCase extends AbstractAggregateRoot<HandlingCase> {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    SubjectType subjectType;
    long subjectId;
    String subjectTitle;
    String subjectLink;
    HandlingMode mode;
    CaseStatus status;
    int round;
    Instant assignedAt;
    LocalDate dueDate;
    LocalDate maxDueDate;
    LocalDate coOpinionDue;
    LocalDate objectionUntil;
    int ratingWindowDays;
    int rehandleMonths;
    Instant repliedAt;
    Instant firstRepliedAt;
    Boolean repliedOnTime;
    LocalDate ratingDue;
    Instant closedAt;

    HandlingCase() {
    }

    public static HandlingCase open(long committeeId, SubjectRef subject, String title, String link, HandlingMode mode,
                                    HandlingProfile profile, HandlingProfiles.Deadlines deadlines, Instant at) {
        var c = new HandlingCase();
        c.committeeId = committeeId;
        c.subjectType = subject.type();
        c.subjectId = subject.id();
        c.subjectTitle = title;
        c.subjectLink = link;
        c.mode = mode;
        c.status = CaseStatus.HANDLING;
        c.round = 1;
        c.assignedAt = at;
        c.dueDate = deadlines.due();
        c.maxDueDate = deadlines.maxDue();
        c.coOpinionDue = deadlines.coOpinionDue();
        c.objectionUntil = deadlines.objectionUntil();
        c.ratingWindowDays = profile.ratingWindowDays();
        c.rehandleMonths = profile.rehandleMonths();
        return c;
    }

    /** Every responsible unit has replied: 办复, the rating window opens; the first time counts for statistics. */
    public void completeReplies(Instant now, LocalDate today, LocalDate latestDue) {
        step(CaseAction.COMPLETE_REPLIES, HandlingParty.UNIT, "该事项当前不在办理中，不能答复");
        repliedAt = now;
        ratingDue = today.plusDays(ratingWindowDays);
        if (firstRepliedAt == null) {
            firstRepliedAt = now;
        }
        if (repliedOnTime == null) {
            repliedOnTime = !today.isAfter(latestDue);
        }
        registerEvent(new HandlingEvents.CaseReplied(committeeId, subject(), id, round, today));
    }

    /** A reply of this round goes back; a replied case is being handled again. */
    public void returnReply(int replyRound, LocalDate today) {
        if (replyRound != round || !HandlingWorkflow.CASE.allows(status, CaseAction.RETURN_REPLY, Set.of(HandlingParty.STAFF))) {
            throw BusinessException.conflict("只能退回本轮尚未办结的答复");
        }
        status = HandlingWorkflow.CASE.require(status, CaseAction.RETURN_REPLY).to();
        repliedAt = null;
        ratingDue = null;
        registerEvent(new HandlingEvents.ReplyReturned(committeeId, subject(), id, replyRound, today));
    }

    /** An approved reassignment: {@code toUnitId} handles what {@code fromUnitId} had. */
    public void reassigned(long fromUnitId, long toUnitId, LocalDate today) {
        registerEvent(new HandlingEvents.Reassigned(committeeId, subject(), id, fromUnitId, toUnitId, today));
    }

    public void requireUrgeable() {
        step(CaseAction.URGE, HandlingParty.STAFF, "该交办已结束，无需催办");
    }

    /** A rating of the current round, by the member or entered from paper by staff; the state stays 已办复. */
    public void rate(long memberId, Satisfaction attitude, Satisfaction result, boolean onPaper, LocalDate today) {
        if (!onPaper && ratingDue != null && today.isAfter(ratingDue)) {
            throw BusinessException.conflict("评价期限已过（" + ratingDue + "），视为未评价");
        }
        step(onPaper ? CaseAction.RATE_ON_PAPER : CaseAction.RATE, onPaper ? HandlingParty.STAFF : HandlingParty.RATER,
                status == CaseStatus.CLOSED ? "已办结，不能再评价" : "尚未全部答复，暂不能评价");
        registerEvent(new HandlingEvents.Rated(committeeId, subject(), id, memberId, attitude, result, today));
    }

    /** Another round on dissatisfaction, with the re-handling deadline; returns it. */
    public LocalDate rehandle(LocalDate today) {
        step(CaseAction.REHANDLE, HandlingParty.STAFF, "只有已办复、尚未办结的事项可以重新办理");
        round++;
        dueDate = today.plusMonths(rehandleMonths);
        repliedAt = null;
        ratingDue = null;
        registerEvent(new HandlingEvents.RehandlingOrdered(committeeId, subject(), id, round, dueDate));
        return dueDate;
    }

    /** Why it cannot be closed yet: replies missing, or ratings missing while the window is open. */
    public java.util.Optional<String> closeRefusal(boolean allRated, LocalDate today) {
        if (status == CaseStatus.CLOSED) {
            return java.util.Optional.of("已办结");
        }
        if (status != CaseStatus.REPLIED) {
            return java.util.Optional.of("尚未全部答复，不能办结");
        }
        if (!allRated && !today.isAfter(ratingDue)) {
            return java.util.Optional.of("尚有提案人未评价，评价期限（" + ratingDue + "）未满，不能办结");
        }
        return java.util.Optional.empty();
    }

    public void close(boolean allRated, Instant now, LocalDate today) {
        closeRefusal(allRated, today).ifPresent(why -> {
            throw BusinessException.conflict(why);
        });
        status = HandlingWorkflow.CASE.require(status, CaseAction.CLOSE, Set.of(HandlingParty.STAFF)).to();
        closedAt = now;
        registerEvent(new HandlingEvents.CaseClosed(committeeId, subject(), id, today));
    }

    /** Open again for ratings and re-handling; the rating window is at least a full one from today. */
    public void reopen(String reason, LocalDate today) {
        status = step(CaseAction.REOPEN, HandlingParty.STAFF, "只有已办结的事项可以重新打开");
        closedAt = null;
        LocalDate window = today.plusDays(ratingWindowDays);
        ratingDue = ratingDue == null || ratingDue.isBefore(window) ? window : ratingDue;
        registerEvent(new HandlingEvents.CaseReopened(committeeId, subject(), id, reason, today));
    }

    /** An approved extension moves the case's deadline when it goes beyond it. */
    public void extendTo(LocalDate due) {
        if (due.isAfter(maxDueDate)) {
            throw BusinessException.conflict("延期后的期限超过办理总期限上限（" + maxDueDate + "）");
        }
        if (due.isAfter(dueDate)) {
            dueDate = due;
        }
    }

    private CaseStatus step(CaseAction action, HandlingParty by, String refusal) {
        if (!HandlingWorkflow.CASE.allows(status, action, Set.of(by))) {
            throw BusinessException.conflict(refusal);
        }
        CaseStatus to = HandlingWorkflow.CASE.require(status, action).to();
        status = to;
        return to;
    }

    /** The facts registered and not yet published (for tests of the rules). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    public SubjectRef subject() {
        return new SubjectRef(subjectType, subjectId);
    }

    public Long id() { return id; }
    public long committeeId() { return committeeId; }
    public String subjectTitle() { return subjectTitle; }
    public String subjectLink() { return subjectLink; }
    public HandlingMode mode() { return mode; }
    public CaseStatus status() { return status; }
    public int round() { return round; }
    public Instant assignedAt() { return assignedAt; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate maxDueDate() { return maxDueDate; }
    public LocalDate coOpinionDue() { return coOpinionDue; }
    public LocalDate objectionUntil() { return objectionUntil; }
    public int ratingWindowDays() { return ratingWindowDays; }
    public Instant repliedAt() { return repliedAt; }
    public LocalDate ratingDue() { return ratingDue; }
    public Instant closedAt() { return closedAt; }
    public int version() { return version == null ? 0 : version; }
}

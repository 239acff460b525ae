package cn.tongxin.suggestion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.suggestion.SuggestionAction;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionEvents;
import cn.tongxin.suggestion.SuggestionParty;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.suggestion.SuggestionWorkflow;

/** A member's micro-suggestion; every step checks {@link SuggestionWorkflow#TABLE} and registers its fact. */
@Table("micro_suggestion")
public class MicroSuggestion extends AbstractAggregateRoot<MicroSuggestion> {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String requestKey;
    SuggestionStatus status;
    String title;
    String body;
    String place;
    long memberId;
    /** Counted by; its local day is the day received (the table's generated received_on). */
    Instant submittedAt;
    Instant enteredAt;
    /** The staff member who entered it on the member's behalf; null when the member submitted it. */
    String enteredBy;
    Instant reviewedAt;
    String rejectReason;
    SuggestionConversion convertedTo;
    Long convertedId;
    Instant closedAt;

    MicroSuggestion() {
    }

    /** Submitted by the member, now. */
    public static MicroSuggestion submit(long committeeId, String requestKey, long memberId, String title, String body,
                                         String place, Instant at) {
        return submit(committeeId, requestKey, memberId, title, body, place, at.atZone(ZONE).toLocalDate(), at, at, null);
    }

    /** Received on {@code day} and counted at {@code at} (on that day), entered {@code enteredAt} by {@code enteredBy}. */
    public static MicroSuggestion submit(long committeeId, String requestKey, long memberId, String title, String body,
                                         String place, LocalDate day, Instant at, Instant enteredAt, String enteredBy) {
        if (!day.equals(at.atZone(ZONE).toLocalDate())) {
            throw new IllegalArgumentException("submitted at " + at + " is not on the day received " + day);
        }
        var s = new MicroSuggestion();
        s.enteredAt = enteredAt;
        s.enteredBy = enteredBy;
        s.committeeId = committeeId;
        s.requestKey = requestKey;
        s.memberId = memberId;
        s.title = title.strip();
        s.body = body.strip();
        s.place = Text.trimToNull(place);
        s.submittedAt = at;
        s.status = SuggestionStatus.SUBMITTED;
        return s;
    }

    /** 受理: handed to a unit through the handling engine. */
    public void accept(Instant now, LocalDate today) {
        step(SuggestionAction.ACCEPT, SuggestionParty.STAFF);
        reviewedAt = now;
        registerEvent(new SuggestionEvents.Accepted(committeeId, id, memberId, today));
    }

    public void reject(String reason, Instant now, LocalDate today) {
        step(SuggestionAction.REJECT, SuggestionParty.STAFF);
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写不予受理的理由");
        }
        rejectReason = reason.strip();
        reviewedAt = now;
        registerEvent(new SuggestionEvents.Rejected(committeeId, id, memberId, rejectReason, today));
    }

    /** 转办: the proposal or opinion module creates the draft or report and links it back ({@link #linkTo}). */
    public void convert(SuggestionConversion to, Instant now, LocalDate today) {
        step(SuggestionAction.CONVERT, SuggestionParty.STAFF);
        if (to == null) {
            throw BusinessException.invalid("请选择转为提案或社情民意信息");
        }
        convertedTo = to;
        reviewedAt = now;
        registerEvent(to == SuggestionConversion.PROPOSAL
                ? new SuggestionEvents.ConvertedToProposal(committeeId, id, memberId, title, body, today)
                : new SuggestionEvents.ConvertedToOpinionReport(committeeId, id, memberId, title, body, today));
    }

    /** The draft or report the conversion created. */
    public void linkTo(long created) {
        if (status != SuggestionStatus.CONVERTED) {
            throw BusinessException.conflict("该微建议尚未转办");
        }
        convertedId = created;
    }

    public void withdraw(long byMember, LocalDate today) {
        step(SuggestionAction.WITHDRAW, SuggestionParty.MEMBER);
        if (byMember != memberId) {
            throw BusinessException.notFound("微建议");
        }
        registerEvent(new SuggestionEvents.Withdrawn(committeeId, id, memberId, today));
    }

    /** 办结, following its handling case. */
    public void close(Instant now, LocalDate today) {
        step(SuggestionAction.CLOSE, SuggestionParty.STAFF);
        closedAt = now;
        registerEvent(new SuggestionEvents.Closed(committeeId, id, memberId, today));
    }

    /** The step from the current status, or the refusal people read ("该微建议当前状态为“办理中”，不能不予受理"). */
    public void require(SuggestionAction action) {
        SuggestionWorkflow.TABLE.require(status, action);
    }

    private void step(SuggestionAction action, SuggestionParty by) {
        status = SuggestionWorkflow.TABLE.require(status, action, Set.of(by)).to();
    }

    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    public Long id() { return id; }
    public long committeeId() { return committeeId; }
    public SuggestionStatus status() { return status; }
    public String title() { return title; }
    public long memberId() { return memberId; }
    public SuggestionConversion convertedTo() { return convertedTo; }
    public Long convertedId() { return convertedId; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate receivedOn() { return submittedAt.atZone(ZONE).toLocalDate(); }
}

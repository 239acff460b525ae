package cn.tongxin.proposal.internal;

import static cn.tongxin.proposal.ProposalAction.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.tongxin.proposal.ProposalAction;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalWorkflow;
import cn.tongxin.proposal.ProposalWorkflow.Party;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/**
 * A proposal and its lifecycle: every step checks {@link ProposalWorkflow#TABLE}, changes the status and what goes
 * with it, and registers the fact as an event that the repository publishes on save.
 */
public class Proposal extends ProposalRecord {

    /** The committees' zone: an Instant-dated fact happened on its local day there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    Proposal() {
    }

    /** A new draft by (or, {@code onBehalf}, for) its lead proposer or in a collective's name. */
    public static Proposal draft(long committeeId, String requestKey, ProposalDraft draft, Long leadMemberId,
                                 String enteredBy, boolean onBehalf, Instant at) {
        var p = new Proposal();
        p.committeeId = committeeId;
        p.requestKey = requestKey;
        p.status = ProposalStatus.DRAFT;
        p.kind = ProposalKind.INDIVIDUAL;
        p.leadMemberId = leadMemberId;
        p.enteredBy = enteredBy;
        p.onBehalf = onBehalf;
        p.write(draft, at);
        return p;
    }

    /** Only a draft or a proposal returned for revision is 修改-able. */
    public void requireEditable() {
        ProposalWorkflow.TABLE.require(status, EDIT);
    }

    /** 修改 the text while it is a draft or returned for revision. */
    public void revise(ProposalDraft draft, Instant at) {
        requireEditable();
        write(draft, at);
        if (status == ProposalStatus.RETURNED) {
            registerEvent(new ProposalEvents.Revised(committeeId, id, at));
        }
    }

    private void write(ProposalDraft d, Instant at) {
        kind = d.kind() == null ? kind : d.kind();
        title = d.title().strip();
        body = Text.trimToNull(d.body());
        situation = Text.trimToNull(d.situation());
        analysis = Text.trimToNull(d.analysis());
        suggestions = Text.trimToNull(d.suggestions());
        category = d.category();
        suggestedUnits = Text.trimToNull(d.suggestedUnits());
        publishable = d.publishable() == null || d.publishable();
        collectiveUnitId = kind == ProposalKind.COLLECTIVE ? d.collectiveUnitId() : null;
        receivedOn = onBehalf ? d.receivedOn() : null;
        updatedAt = at;
    }

    /** 邀请联名 makes it a joint proposal; a collective proposal invites nobody. */
    public void inviteCosigners(Instant at) {
        requireEditable();
        if (kind == ProposalKind.COLLECTIVE) {
            throw BusinessException.conflict("集体提案不邀请联名");
        }
        ProposalWorkflow.TABLE.require(status, INVITE);
        kind = ProposalKind.JOINT;
        updatedAt = at;
    }

    /** The members actually invited by one 邀请联名 (those invited before are not repeated). */
    public void cosignersInvited(Set<Long> memberIds, Instant at) {
        if (!memberIds.isEmpty()) {
            registerEvent(new ProposalEvents.CosignersInvited(committeeId, id, Set.copyOf(memberIds), at));
        }
    }

    /**
     * A co-signer's answer, while co-signing is open. It changes nothing on the proposal itself (so the lead's open
     * form stays valid): the confirmation fact is returned for the caller to publish, not registered for a save.
     */
    public java.util.Optional<ProposalEvents.CoSigned> acceptCosignAnswer(long memberId, boolean confirm, Instant at) {
        if (ProposalWorkflow.TABLE.find(status, COSIGN).isEmpty()) {
            throw BusinessException.conflict("该提案已审查，联名已截止");
        }
        return confirm ? java.util.Optional.of(new ProposalEvents.CoSigned(committeeId, id, memberId, at)) : java.util.Optional.empty();
    }

    /** 提交 today, at {@code time}. */
    public void submit(Set<Party> as, long sessionId, boolean sessionProposal, Set<Long> coSignerIds, Instant time) {
        submit(as, sessionId, sessionProposal, coSignerIds, time.atZone(ZONE).toLocalDate(), time, time);
    }

    /**
     * 提交 to the office, placed in a session as a session or an interim proposal: received on {@code day}, counted at
     * {@code time} (whose local day it is), typed {@code now}.
     */
    public void submit(Set<Party> as, long sessionId, boolean sessionProposal, Set<Long> coSignerIds, LocalDate day, Instant time,
                       Instant now) {
        Instant at = stored(time);
        if (!day.equals(at.atZone(ZONE).toLocalDate())) {
            throw new IllegalArgumentException("submitted at " + at + " is not on the day received " + day);
        }
        status = step(SUBMIT, as, "只有第一提案人（或代为录入的工作人员）可以提交");
        this.sessionId = sessionId;
        this.sessionProposal = sessionProposal;
        submittedAt = at;
        receivedOn = day;
        updatedAt = stored(now);
        registerEvent(new ProposalEvents.Submitted(committeeId, id, leadMemberId, Set.copyOf(coSignerIds), collectiveUnitId,
                sessionProposal, at));
    }

    public void withdraw(Set<Party> as, Instant at) {
        status = step(WITHDRAW, as, "只有第一提案人可以撤回");
        updatedAt = at;
        registerEvent(new ProposalEvents.Withdrawn(committeeId, id, leadMemberId, at));
    }

    /** 初审通过, only where the committee reviews in two steps. */
    public void preApprove(String note, boolean twoStepReview, Instant at) {
        if (!twoStepReview) {
            throw BusinessException.conflict("本会未启用两级审查，请直接审查");
        }
        status = staffStep(PRE_APPROVE);
        reviewNote = Text.trimToNull(note);
        updatedAt = at;
        registerEvent(new ProposalEvents.PreApproved(committeeId, id, at));
    }

    /** 立案 with the number the session's counter gave. */
    public void file(int number, String numberText, String note, boolean twoStepReview, Set<Long> coSignerIds, Instant time) {
        Instant at = stored(time);
        ProposalStatus to = staffStep(FILE);
        if (!new ProposalWorkflow.Conditions(twoStepReview, false, false, false).permit(FILE, status)) {
            throw BusinessException.conflict("本会实行两级审查，须先初审通过再立案");
        }
        status = to;
        this.number = number;
        this.numberText = numberText;
        filedAt = at;
        reviewedAt = at;
        reviewNote = Text.trimToNull(note);
        updatedAt = at;
        registerEvent(new ProposalEvents.Filed(committeeId, id, leadMemberId, Set.copyOf(coSignerIds), numberText, at));
    }

    /**
     * 不予立案 with a reason; converted to a public-opinion report, the opinion module takes the text over.
     *
     * @param leadMemberName for the converted report
     */
    public void reject(String reason, String note, String conversion, boolean toOpinionReport, String leadMemberName,
                       long staffAccountId, Instant time) {
        Instant at = stored(time);
        status = staffStep(REJECT);
        notFiledReason = reason;
        reviewNote = Text.trimToNull(note);
        this.conversion = conversion;
        reviewedAt = at;
        updatedAt = at;
        registerEvent(new ProposalEvents.Rejected(committeeId, id, leadMemberId, reason, at));
        if (toOpinionReport) {
            convertedBy = staffAccountId;
            String text = body != null ? body : Stream.of(situation, analysis, suggestions).filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
            registerEvent(new ProposalEvents.ConvertedToOpinionReport(committeeId, id, title, text, leadMemberId,
                    leadMemberName, staffAccountId, LocalDate.ofInstant(at, ZONE)));
        }
    }

    /** 并案 into a filed proposal not yet assigned: handled once with it. */
    public void mergeInto(Proposal target, String note, Instant time) {
        Instant at = stored(time);
        if (target.status != ProposalStatus.FILED) {
            throw BusinessException.conflict("只能并入已立案、尚未交办的提案");
        }
        status = staffStep(MERGE);
        mergedIntoId = target.id;
        reviewNote = Text.trimToNull(note);
        reviewedAt = at;
        updatedAt = at;
        registerEvent(new ProposalEvents.Merged(committeeId, id, target.id, leadMemberId, at));
    }

    public void returnForRevision(String comments, Instant at) {
        ProposalStatus to = staffStep(RETURN);
        if (Text.isBlank(comments)) {
            throw BusinessException.invalid("请填写修改意见");
        }
        status = to;
        reviewNote = comments.strip();
        updatedAt = at;
        registerEvent(new ProposalEvents.Returned(committeeId, id, leadMemberId, at));
    }

    /** 交办: from now on the handling engine carries it. */
    public void assign(Instant at) {
        status = staffStep(ASSIGN);
        updatedAt = at;
    }

    /** 办结, when its handling case closed. */
    public void close(Instant time) {
        Instant at = stored(time);
        status = staffStep(CLOSE);
        closedAt = at;
        updatedAt = at;
        registerEvent(new ProposalEvents.Closed(committeeId, id, leadMemberId, at));
    }

    public void reopen(Instant at) {
        status = staffStep(REOPEN);
        closedAt = null;
        updatedAt = at;
    }

    /** 重点提案: only a filed proposal. */
    public void markKey(Set<Long> coSignerIds, Instant at) {
        if (ProposalWorkflow.TABLE.find(status, MARK_KEY).isEmpty()) {
            throw BusinessException.conflict("只有已立案的提案可以列为重点提案");
        }
        keyProposal = true;
        keyMarkedOn = LocalDate.ofInstant(at, ZONE);
        updatedAt = at;
        registerEvent(new ProposalEvents.MarkedKey(committeeId, id, leadMemberId, Set.copyOf(coSignerIds), keyMarkedOn));
    }

    /** 督办 is recorded for key proposals only. */
    public void checkSupervisable() {
        if (!keyProposal) {
            throw BusinessException.conflict("只有重点提案记录督办");
        }
        staffStep(SUPERVISE);
    }

    /** 优秀提案 of a year, or the mark taken back. */
    public void markOutstanding(int year, boolean outstanding, Set<Long> coSignerIds, Instant at) {
        if (ProposalWorkflow.TABLE.find(status, MARK_OUTSTANDING).isEmpty()) {
            throw BusinessException.conflict("只有已交办办理的提案可以评为优秀提案");
        }
        this.outstanding = outstanding;
        outstandingYear = outstanding ? year : null;
        outstandingMarkedOn = LocalDate.ofInstant(at, ZONE);
        updatedAt = at;
        registerEvent(new ProposalEvents.MarkedOutstanding(committeeId, id, leadMemberId, Set.copyOf(coSignerIds), year,
                outstanding, outstandingMarkedOn));
    }

    /** Dated facts carry the time as stored (PostgreSQL keeps microseconds), so a replay from the row equals them. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private ProposalStatus step(ProposalAction action, Set<Party> as, String refusal) {
        var t = ProposalWorkflow.TABLE.require(status, action);
        if (Collections.disjoint(t.parties(), as)) {
            throw BusinessException.forbidden(refusal);
        }
        return t.to();
    }

    private ProposalStatus staffStep(ProposalAction action) {
        return step(action, Set.of(Party.STAFF), "只有工作人员可以" + action.label());
    }

}

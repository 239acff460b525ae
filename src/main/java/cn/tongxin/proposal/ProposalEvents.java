package cn.tongxin.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Facts of the proposal flow that other modules react to (a member's performance record counts them): each names the
 * committee, the proposal, the members concerned and when it happened (not when it was typed).
 */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    /** A draft was written or its text revised (the search index keeps drafts for their authors). */
    public record Drafted(long committeeId, long proposalId) {
    }

    /**
     * The proposer side handed the proposal in; {@code leadMemberId} is null for a collective proposal,
     * {@code coSignerIds} are the confirmed co-signers at that moment.
     */
    public record Submitted(long committeeId, long proposalId, Long leadMemberId, Set<Long> coSignerIds,
                            Long collectiveUnitId, boolean sessionProposal, Instant submittedAt) {
    }

    /** The lead invited members to co-sign (a draft's invitees may open and find it). */
    public record CosignersInvited(long committeeId, long proposalId, Set<Long> memberIds, Instant invitedAt) {
    }

    /** 初审通过 (two-step review): the status changed, nothing else. */
    public record PreApproved(long committeeId, long proposalId, Instant preApprovedAt) {
    }

    /** A co-signer confirmed their name on the proposal. */
    public record CoSigned(long committeeId, long proposalId, long memberId, Instant confirmedAt) {
    }

    /** 立案 with its number; {@code coSignerIds} are the confirmed co-signers at that moment. */
    public record Filed(long committeeId, long proposalId, Long leadMemberId, Set<Long> coSignerIds, String numberText,
                        Instant filedAt) {
    }

    /** 不予立案 with the reason's code. */
    public record Rejected(long committeeId, long proposalId, Long leadMemberId, String reason, Instant rejectedAt) {
    }

    /** 并案: handled as part of {@code targetId}. */
    public record Merged(long committeeId, long proposalId, long targetId, Long leadMemberId, Instant mergedAt) {
    }

    public record Returned(long committeeId, long proposalId, Long leadMemberId, Instant returnedAt) {
    }

    public record Withdrawn(long committeeId, long proposalId, Long leadMemberId, Instant withdrawnAt) {
    }

    public record Closed(long committeeId, long proposalId, Long leadMemberId, Instant closedAt) {
    }

    /** A proposal not filed is to be handled as a public-opinion report; the opinion module creates it. */
    public record ConvertedToOpinionReport(long committeeId, long proposalId, String title, String text,
                                           Long leadMemberId, String leadMemberName, long staffAccountId,
                                           LocalDate convertedOn) {
    }

    /** 重点提案: shortlisted on {@code markedOn}; {@code coSignerIds} are the confirmed co-signers. */
    public record MarkedKey(long committeeId, long proposalId, Long leadMemberId, Set<Long> coSignerIds, LocalDate markedOn) {
    }

    /** 优秀提案 of {@code year}, or ({@code outstanding} false) the mark taken back. */
    public record MarkedOutstanding(long committeeId, long proposalId, Long leadMemberId, Set<Long> coSignerIds, int year,
                                    boolean outstanding, LocalDate markedOn) {
    }

    /** 修改 of a proposal returned for revision (it still counts as received, in its new category or party). */
    public record Revised(long committeeId, long proposalId, Instant revisedAt) {
    }

    /** 民主评议 of the units handling key proposals: an appraisal opened or a member's ratings given. */
    public record KeyAppraisalChanged(long committeeId, long appraisalId) {
    }
}

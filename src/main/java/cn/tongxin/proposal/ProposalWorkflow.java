package cn.tongxin.proposal;

import static cn.tongxin.proposal.ProposalAction.*;
import static cn.tongxin.proposal.ProposalStatus.*;

import java.util.List;
import java.util.Set;

import cn.tongxin.shared.TransitionTable;

/**
 * The proposal lifecycle as data: status × action → next status, and which party takes the step. Steps that keep the
 * status (edit, invite, co-sign, key, supervision, outstanding) are rows too, so that pages, the API and the rules
 * read one table. Handling steps (acknowledge, reply, rate …) belong to the handling engine.
 */
public final class ProposalWorkflow {

    /** Who acts on a proposal: its proposer side (the lead, or staff entering for them), an invited co-signer, the office. */
    public enum Party { PROPOSER, CO_SIGNER, STAFF }

    public static final TransitionTable<ProposalStatus, ProposalAction, Party> TABLE =
            TransitionTable.<ProposalStatus, ProposalAction, Party>of("该提案")
                    .keep(EDIT, Party.PROPOSER, DRAFT, RETURNED)
                    .keep(INVITE, Party.PROPOSER, DRAFT, RETURNED)
                    .keep(COSIGN, Party.CO_SIGNER, DRAFT, SUBMITTED, PRE_APPROVED, RETURNED)
                    .add(SUBMIT, SUBMITTED, Party.PROPOSER, DRAFT, RETURNED)
                    .add(WITHDRAW, WITHDRAWN, Party.PROPOSER, DRAFT, SUBMITTED, RETURNED)
                    .add(PRE_APPROVE, PRE_APPROVED, Party.STAFF, SUBMITTED)
                    .add(FILE, FILED, Party.STAFF, SUBMITTED, PRE_APPROVED)
                    .add(REJECT, NOT_FILED, Party.STAFF, SUBMITTED, PRE_APPROVED)
                    .add(MERGE, MERGED, Party.STAFF, SUBMITTED, PRE_APPROVED)
                    .add(RETURN, RETURNED, Party.STAFF, SUBMITTED, PRE_APPROVED)
                    .add(ASSIGN, HANDLING, Party.STAFF, FILED)
                    .add(CLOSE, CLOSED, Party.STAFF, HANDLING)
                    .add(REOPEN, HANDLING, Party.STAFF, CLOSED)
                    .keep(MARK_KEY, Party.STAFF, FILED, HANDLING, CLOSED)
                    .keep(SUPERVISE, Party.STAFF, FILED, HANDLING, CLOSED)
                    .keep(MARK_OUTSTANDING, Party.STAFF, HANDLING, CLOSED)
                    .build();

    /**
     * What the table leaves to the moment: the committee's review setting, the proposal's kind and key mark, and the
     * handling case. Each is a named rule that the steps check as well.
     */
    public record Conditions(boolean twoStepReview, boolean collective, boolean keyProposal, boolean caseReplied) {

        /** Whether the step the table allows from {@code from} may be taken now. */
        public boolean permit(ProposalAction action, ProposalStatus from) {
            return switch (action) {
                case PRE_APPROVE -> twoStepReview;                            // 初审 only where the committee reviews twice
                case FILE -> !(twoStepReview && from == SUBMITTED);           // two-step review files after 初审
                case INVITE -> !collective;                                   // 集体提案不邀请联名
                case SUPERVISE -> keyProposal;                                // 只有重点提案记录督办
                case CLOSE -> caseReplied;                                    // 办结 once every unit has replied
                default -> true;
            };
        }
    }

    private ProposalWorkflow() {
    }

    /** The actions to offer someone acting as {@code as}: the table's, held back by the named conditions. */
    public static List<ProposalAction> offered(ProposalStatus from, Set<Party> as, Conditions conditions) {
        return TABLE.actions(from, as).stream().filter(a -> conditions.permit(a, from)).toList();
    }
}

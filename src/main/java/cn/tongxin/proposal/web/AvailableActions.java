package cn.tongxin.proposal.web;

import static cn.tongxin.proposal.ProposalAction.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.CaseView;
import cn.tongxin.proposal.ProposalAccess;
import cn.tongxin.proposal.ProposalAction;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalQueries.ProposalPage;
import cn.tongxin.proposal.ProposalView;
import cn.tongxin.proposal.ProposalWorkflow;
import cn.tongxin.proposal.ProposalWorkflow.Conditions;

/**
 * Which actions the page offers this user now: the rows of {@link ProposalWorkflow#TABLE} for the parties the user acts
 * as, held back by the named {@link Conditions}; the services check again on every request. {@code staffHandling}
 * opens the handling engine's own section (its steps are the engine's, not the proposal's).
 */
record AvailableActions(Set<ProposalAction> offered, boolean staffHandling) {

    static AvailableActions of(CurrentUser user, ProposalPage page, boolean twoStepReview, boolean pendingInvitation) {
        if (page.imported()) {
            return new AvailableActions(EnumSet.noneOf(ProposalAction.class), false);
        }
        ProposalView p = page.proposal();
        CaseView c = page.handling();
        return of(user, p, p.mergedIntoId() == null && c != null ? c.status() : null, twoStepReview, pendingInvitation);
    }

    /** @param ownCase the status of the proposal's own handling case, null before assignment or when merged */
    static AvailableActions of(CurrentUser user, ProposalView p, CaseStatus ownCase, boolean twoStepReview,
                               boolean pendingInvitation) {
        var as = ProposalAccess.parties(user, p.leadMemberId(), p.onBehalf(), p.kind(), pendingInvitation);
        var conditions = new Conditions(twoStepReview, p.kind() == ProposalKind.COLLECTIVE, p.keyProposal(),
                ownCase == CaseStatus.REPLIED);
        return new AvailableActions(set(ProposalWorkflow.offered(p.status(), as, conditions)),
                user.isOffice() && ownCase != null && ownCase != CaseStatus.CLOSED);
    }

    private static Set<ProposalAction> set(List<ProposalAction> actions) {
        return actions.isEmpty() ? EnumSet.noneOf(ProposalAction.class) : EnumSet.copyOf(actions);
    }

    public boolean edit() {
        return offered.contains(EDIT);
    }

    public boolean invite() {
        return offered.contains(INVITE);
    }

    public boolean respond() {
        return offered.contains(COSIGN);
    }

    public boolean submit() {
        return offered.contains(SUBMIT);
    }

    public boolean withdraw() {
        return offered.contains(WITHDRAW);
    }

    public boolean preApprove() {
        return offered.contains(PRE_APPROVE);
    }

    public boolean file() {
        return offered.contains(FILE);
    }

    /** The review panel: any of 立案, 不予立案, 并案, 退回修改 (初审 shows inside it). */
    public boolean review() {
        return offered.contains(FILE) || offered.contains(REJECT) || offered.contains(MERGE) || offered.contains(RETURN);
    }

    public boolean reject() {
        return offered.contains(REJECT);
    }

    public boolean merge() {
        return offered.contains(MERGE);
    }

    public boolean returnForRevision() {
        return offered.contains(RETURN);
    }

    public boolean assign() {
        return offered.contains(ASSIGN);
    }

    public boolean close() {
        return offered.contains(CLOSE);
    }

    public boolean reopen() {
        return offered.contains(REOPEN);
    }

    public boolean markKey() {
        return offered.contains(MARK_KEY);
    }

    public boolean supervise() {
        return offered.contains(SUPERVISE);
    }

    public boolean outstanding() {
        return offered.contains(MARK_OUTSTANDING);
    }
}

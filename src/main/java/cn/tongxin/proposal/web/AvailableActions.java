package cn.tongxin.proposal.web;

import java.time.LocalDate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.CaseView;
import cn.tongxin.proposal.ProposalQueries.ProposalPage;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalView;

/** Which actions the page offers this user now; the services check again on every request. */
record AvailableActions(boolean edit, boolean invite, boolean submit, boolean withdraw, boolean respond,
                        boolean preApprove, boolean review, boolean assign, boolean close, boolean reopen,
                        boolean markKey, boolean supervise, boolean outstanding, boolean staffHandling) {

    static AvailableActions of(CurrentUser user, ProposalPage page, boolean twoStep, boolean pendingInvitation, LocalDate today) {
        ProposalView p = page.proposal();
        CaseView c = page.handling();
        boolean staff = user.isOffice();
        boolean lead = user.memberId() != null && user.memberId().equals(p.leadMemberId());
        boolean proposerSide = lead || (staff && (p.onBehalf() || p.kind() == cn.tongxin.proposal.ProposalKind.COLLECTIVE));
        ProposalStatus s = p.status();
        boolean editable = s == ProposalStatus.DRAFT || s == ProposalStatus.RETURNED;
        boolean reviewing = s == ProposalStatus.SUBMITTED || s == ProposalStatus.PRE_APPROVED;
        boolean handlingOwn = p.mergedIntoId() == null && c != null;
        return new AvailableActions(
                proposerSide && editable,
                proposerSide && editable && p.kind() != cn.tongxin.proposal.ProposalKind.COLLECTIVE,
                proposerSide && editable,
                proposerSide && (editable || s == ProposalStatus.SUBMITTED),
                pendingInvitation,
                staff && twoStep && s == ProposalStatus.SUBMITTED,
                staff && reviewing,
                staff && s == ProposalStatus.FILED,
                staff && s == ProposalStatus.HANDLING && handlingOwn && c.status() == CaseStatus.REPLIED,
                staff && s == ProposalStatus.CLOSED,
                staff && (s == ProposalStatus.FILED || s == ProposalStatus.HANDLING || s == ProposalStatus.CLOSED),
                staff && p.keyProposal(),
                staff && (s == ProposalStatus.HANDLING || s == ProposalStatus.CLOSED),
                staff && handlingOwn && c.status() != CaseStatus.CLOSED);
    }
}

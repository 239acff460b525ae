package cn.tongxin.proposal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.ProposalWorkflow.Party;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;

/**
 * Who sees a proposal: staff all of their committee and leaders read all, except drafts they did not enter
 * themselves (a draft is its proposer's own until submitted); members their own (lead or co-signer), the
 * ones they rate (merged) and filed public ones; units only what is assigned to them, from assignment on. And as
 * which {@link Party} someone acts on it.
 */
@Component
public class ProposalAccess {

    static final SubjectType SUBJECT = SubjectType.PROPOSAL;
    private static final Set<ProposalStatus> PUBLIC = EnumSet.of(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.CLOSED);

    private final ProposalStore store;
    private final Proposals proposals;
    private final HandlingQueries handling;

    ProposalAccess(ProposalStore store, Proposals proposals, HandlingQueries handling) {
        this.store = store;
        this.proposals = proposals;
        this.handling = handling;
    }

    public boolean canView(CurrentUser user, ProposalView p) {
        // a draft is its proposer's own until submitted: the office and leaders see only the drafts they entered
        // themselves (on a member's behalf, or a collective proposal)
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)
                && (p.status() != ProposalStatus.DRAFT || user.username().equals(p.enteredBy()))) {
            return true;
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            long me = user.memberId();
            boolean proposer = Long.valueOf(me).equals(p.leadMemberId()) || p.cosigners().stream().anyMatch(c -> c.memberId() == me);
            if (proposer || (p.publishable() && PUBLIC.contains(p.status()))) {
                return true;
            }
            if (p.mergedIntoId() != null && store.raters(p.mergedIntoId()).contains(me)) {
                return true;
            }
        }
        return user.has(Role.UNIT) && user.unitId() != null
                && (p.status() == ProposalStatus.HANDLING || p.status() == ProposalStatus.CLOSED)
                && handling.assignedToUnit(user.committeeId(), SUBJECT, p.id(), user.unitId());
    }

    /**
     * The parties the user acts as: the proposer side is the lead proposer, or the staff who entered it on the
     * proposer's behalf (or for a collective); a co-signer has an open invitation; staff are the office.
     */
    public static Set<Party> parties(CurrentUser user, Long leadMemberId, boolean onBehalf, ProposalKind kind,
                                     boolean openInvitation) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        boolean lead = user.has(Role.MEMBER) && user.memberId() != null && user.memberId().equals(leadMemberId);
        if (lead || (user.isOffice() && (onBehalf || kind == ProposalKind.COLLECTIVE))) {
            as.add(Party.PROPOSER);
        }
        if (openInvitation) {
            as.add(Party.CO_SIGNER);
        }
        if (user.isOffice()) {
            as.add(Party.STAFF);
        }
        return as;
    }

    public static Set<Party> parties(CurrentUser user, Proposal p) {
        return parties(user, p.leadMemberId(), p.onBehalf(), p.kind(), false);
    }

    /** The proposal locked for a step of its proposer side: 403 for another proposer, 404 for anyone else. */
    Proposal lockForProposer(CurrentUser user, long id, String refusal) {
        Proposal p = proposals.lock(user.committeeId(), id);
        if (!parties(user, p).contains(Party.PROPOSER)) {
            throw p.leadMemberId() != null && user.memberId() != null && store.isOwnedBy(id, user.memberId())
                    ? BusinessException.forbidden(refusal) : BusinessException.notFound("提案");
        }
        return p;
    }
}

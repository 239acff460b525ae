package cn.tongxin.proposal;

import cn.tongxin.shared.SubjectType;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.internal.ProposalStore;

/**
 * Who sees a proposal: staff all of their committee; leaders read all; members their own (lead or co-signer), the
 * ones they rate (merged) and filed public ones; units only what is assigned to them, from assignment on.
 */
@Component
public class ProposalAccess {

    static final SubjectType SUBJECT = SubjectType.PROPOSAL;
    private static final Set<ProposalStatus> PUBLIC = EnumSet.of(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.CLOSED);

    private final ProposalStore store;
    private final HandlingQueries handling;

    ProposalAccess(ProposalStore store, HandlingQueries handling) {
        this.store = store;
        this.handling = handling;
    }

    public boolean canView(CurrentUser user, ProposalView p) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return true;
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            long me = user.memberId();
            if (store.isOwnedBy(p.id(), me) || (p.publishable() && PUBLIC.contains(p.status()))) {
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

    /** The lead proposer, or the staff who entered it on the proposer's behalf. */
    public boolean isProposerSide(CurrentUser user, ProposalStore.Locked p) {
        if (user.has(Role.MEMBER) && user.memberId() != null && user.memberId().equals(p.leadMemberId())) {
            return true;
        }
        return user.isOffice() && (p.onBehalf() || p.kind() == ProposalKind.COLLECTIVE);
    }
}

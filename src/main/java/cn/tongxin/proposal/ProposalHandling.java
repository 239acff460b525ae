package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.Text;

/**
 * After 立案: 交办 through the handling engine (which owns the deadlines), 办结 and reopening of its case; the proposal
 * follows the case's events ({@link ProposalFollowsItsCase}).
 */
@Service
@Transactional
public class ProposalHandling {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final ProposalStore store;
    private final AssignToUnits assign;
    private final RatingAndClosing closing;
    private final Clock clock;

    ProposalHandling(CurrentUsers currentUsers, Proposals proposals, ProposalStore store, AssignToUnits assign,
                     RatingAndClosing closing, Clock clock) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.store = store;
        this.assign = assign;
        this.closing = closing;
        this.clock = clock;
    }

    public long assign(long id, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalWorkflow.TABLE.require(p.status(), ProposalAction.ASSIGN);
        if (mode == null) {
            throw BusinessException.invalid("请选择交办方式");
        }
        long caseId = assign.assign(new AssignRequest(subject(id), p.title(), "/proposals/" + id, mode, responsibleUnits,
                coUnits, store.raters(id)));
        p.assign(Instant.now(clock));
        proposals.save(p);
        return caseId;
    }

    /** 办结 closes the case; the proposal follows its {@code CaseClosed} in this transaction. */
    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalWorkflow.TABLE.require(p.status(), ProposalAction.CLOSE);
        closing.close(subject(id));
    }

    public void reopen(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalWorkflow.TABLE.require(p.status(), ProposalAction.REOPEN);
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写重新打开的理由");
        }
        closing.reopen(subject(id), reason.strip());
    }

    private static SubjectRef subject(long id) {
        return SubjectRef.of(ProposalAccess.SUBJECT, id);
    }
}

package cn.tongxin.proposal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;

/**
 * Leaders' 签批 and 批示 on a proposal, recorded by staff (leader, level, date, words) through the outcome module, which
 * publishes each as a fact; counted by level in the proposal statistics and the annual account.
 */
@Service
@Transactional
public class ProposalOutcomes {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final Outcomes outcomes;
    private final ProposalQueries queries;
    private final ProposalJournal journal;

    ProposalOutcomes(CurrentUsers currentUsers, Proposals proposals, Outcomes outcomes, ProposalQueries queries,
                     ProposalJournal journal) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.outcomes = outcomes;
        this.queries = queries;
        this.journal = journal;
    }

    /** 签批 or 批示: only on a proposal that was submitted and not withdrawn. */
    public void record(long id, InstructionKind kind, Outcomes.InstructionForm form) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (kind == null) {
            throw BusinessException.invalid("请选择签批或批示");
        }
        Proposal p = proposals.lock(staff.committeeId(), id);
        if (p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.WITHDRAWN) {
            throw BusinessException.conflict("草稿或已撤回的提案不能登记领导" + kind.label());
        }
        outcomes.instruct(ProposalAccess.SUBJECT, id, form, kind);
        journal.record(staff.committeeId(), id, "领导" + kind.label(), null, null,
                form.level().label() + " " + form.leader().strip() + "（" + form.instructedOn() + "）");
    }

    /** The proposal's 签批 and 批示, to whoever may see the proposal. */
    @Transactional(readOnly = true)
    public List<Outcomes.Instruction> of(long id) {
        queries.page(id);
        return shown(id);
    }

    /** As {@link #of}, for the proposal's page, which has already read the proposal as the user may see it. */
    @Transactional(readOnly = true)
    public List<Outcomes.Instruction> shown(long id) {
        return outcomes.instructions(currentUsers.get().committeeId(), ProposalAccess.SUBJECT, id);
    }
}

package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.proposal.internal.PublicationRecords;
import cn.tongxin.shared.BusinessException;

/**
 * 提案公开: the office puts a filed proposal on the committee's public portal, or takes it off. Only with the
 * proposer's consent (同意公开, given when submitting), and only once it is filed.
 */
@Service
@Transactional
public class PublishProposals {

    static final Set<ProposalStatus> PUBLISHABLE = EnumSet.of(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.CLOSED);

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final PublicationRecords records;
    private final ProposalJournal journal;
    private final Clock clock;

    PublishProposals(CurrentUsers currentUsers, Proposals proposals, PublicationRecords records, ProposalJournal journal, Clock clock) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.records = records;
        this.journal = journal;
        this.clock = clock;
    }

    /** Puts the proposal on the portal ({@code published}) or takes it off; nothing happens when it already is so. */
    public void publish(long id, boolean published) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        if (published == records.published(staff.committeeId(), id)) {
            return;
        }
        if (published) {
            if (!PUBLISHABLE.contains(p.status())) {
                throw BusinessException.conflict("该提案" + p.status().label() + "，立案后才能公开");
            }
            if (!records.consented(id)) {
                throw BusinessException.conflict("提案人未同意公开，该提案不能公开");
            }
        }
        records.set(id, published ? Instant.now(clock) : null, published ? staff.username() : null);
        journal.record(staff.committeeId(), id, published ? "在门户公开" : "撤回公开", null, null, null);
    }

    /** Whether the proposal is on the portal (for its page). */
    @Transactional(readOnly = true)
    public boolean published(long id) {
        return records.published(currentUsers.get().committeeId(), id);
    }
}

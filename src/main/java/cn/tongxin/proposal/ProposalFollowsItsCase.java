package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;

/**
 * A proposal in handling follows its case: closed and reopened with it, in the same transaction (synchronous
 * listeners, so that a case is never closed while its proposal is not).
 */
@Component
class ProposalFollowsItsCase {

    private final Proposals proposals;
    private final ProposalJournal journal;
    private final Clock clock;

    ProposalFollowsItsCase(Proposals proposals, ProposalJournal journal, Clock clock) {
        this.proposals = proposals;
        this.journal = journal;
        this.clock = clock;
    }

    @EventListener
    void on(HandlingEvents.CaseClosed event) {
        if (event.subject().type() != ProposalAccess.SUBJECT) {
            return;
        }
        Proposal p = proposals.lock(event.committeeId(), event.subject().id());
        ProposalStatus from = p.status();
        p.close(Instant.now(clock));
        proposals.save(p);
        journal.record(event.committeeId(), p.getId(), "办结", from.label(), p.status().label(), null);
    }

    @EventListener
    void on(HandlingEvents.CaseReopened event) {
        if (event.subject().type() != ProposalAccess.SUBJECT) {
            return;
        }
        Proposal p = proposals.lock(event.committeeId(), event.subject().id());
        ProposalStatus from = p.status();
        p.reopen(Instant.now(clock));
        proposals.save(p);
        journal.record(event.committeeId(), p.getId(), "重新打开", from.label(), p.status().label(), event.reason());
    }
}

package cn.tongxin.performance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.performance.Entry;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Proposals in the record: the lead (or the sole proposer) and each confirmed co-signer get an entry when the proposal
 * is submitted and when it is filed or not; a withdrawn or returned proposal leaves nothing; key and outstanding
 * marks credit the same proposers.
 */
@Component
class ProposalFactSource implements FactSource {

    private final Recorder recorder;
    private final Clock clock;

    ProposalFactSource(Recorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        return switch (event) {
            case ProposalEvents.Submitted e -> recorder.put(proposers(e.committeeId(), e.proposalId(), e.leadMemberId(),
                    e.coSignerIds(), FactKind.PROPOSAL_SUBMITTED, null, day(e.submittedAt())));
            case ProposalEvents.Filed e -> recorder.put(proposers(e.committeeId(), e.proposalId(), e.leadMemberId(),
                    e.coSignerIds(), FactKind.PROPOSAL_FILED, null, day(e.filedAt())));
            case ProposalEvents.Merged e -> recorder.put(asSubmitted(e.committeeId(), e.proposalId(), FactKind.PROPOSAL_FILED,
                    "MERGED", day(e.mergedAt())));
            case ProposalEvents.Rejected e -> recorder.put(asSubmitted(e.committeeId(), e.proposalId(), FactKind.PROPOSAL_NOT_FILED,
                    e.reason(), day(e.rejectedAt())));
            case ProposalEvents.MarkedKey e -> recorder.put(proposers(e.committeeId(), e.proposalId(), e.leadMemberId(),
                    e.coSignerIds(), FactKind.PROPOSAL_KEY, null, e.markedOn()));
            case ProposalEvents.MarkedOutstanding e -> e.outstanding()
                    ? recorder.put(proposers(e.committeeId(), e.proposalId(), e.leadMemberId(), e.coSignerIds(),
                            FactKind.PROPOSAL_OUTSTANDING, String.valueOf(e.year()), e.markedOn()))
                    : recorder.drop(e.committeeId(), ref(e.proposalId()), FactKind.PROPOSAL_OUTSTANDING);
            case ProposalEvents.ConvertedToOpinionReport e -> e.leadMemberId() == null ? Set.of()
                    : recorder.put(List.of(fact(e.committeeId(), e.leadMemberId(), e.convertedOn(), FactKind.PROPOSAL_CONVERTED, null,
                            MemberRole.INDIVIDUAL, 0, ref(e.proposalId()))));
            case ProposalEvents.Withdrawn e -> recorder.drop(e.committeeId(), ref(e.proposalId()));
            case ProposalEvents.Returned e -> recorder.drop(e.committeeId(), ref(e.proposalId()));
            default -> Set.of();
        };
    }

    private List<Fact> proposers(long committeeId, long proposalId, Long lead, Set<Long> coSigners, FactKind kind,
                                 String qualifier, LocalDate on) {
        var facts = new ArrayList<Fact>();
        var ref = ref(proposalId);
        int sharers = coSigners.size();
        if (lead != null) {
            facts.add(fact(committeeId, lead, on, kind, qualifier, sharers == 0 ? MemberRole.INDIVIDUAL : MemberRole.LEAD, sharers, ref));
        }
        coSigners.stream().sorted().forEach(m -> facts.add(fact(committeeId, m, on, kind, qualifier, MemberRole.CO_SIGNER, sharers, ref)));
        return facts;
    }

    /** The proposers as the submission recorded them, for decisions whose events name only the lead. */
    private List<Fact> asSubmitted(long committeeId, long proposalId, FactKind kind, String qualifier, LocalDate on) {
        var ref = ref(proposalId);
        return recorder.ledger().onSource(committeeId, ref, FactKind.PROPOSAL_SUBMITTED).stream()
                .map((Entry s) -> fact(committeeId, s.memberId(), on, kind, qualifier, s.role(), s.sharers(), ref)).toList();
    }

    private static Fact fact(long committeeId, long member, LocalDate on, FactKind kind, String qualifier, MemberRole role,
                             int sharers, SubjectRef ref) {
        return new Fact(committeeId, member, on, kind, qualifier, role, sharers, ref, kind.label(), Links.of(ref));
    }

    private static SubjectRef ref(long proposalId) {
        return SubjectRef.of(SubjectType.PROPOSAL, proposalId);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}

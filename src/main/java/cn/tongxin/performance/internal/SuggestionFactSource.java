package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionEvents;

/** Micro-suggestions in the record: submitted, accepted; a withdrawn one leaves nothing. */
@Component
class SuggestionFactSource implements FactSource {

    private final Recorder recorder;

    SuggestionFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        return switch (event) {
            case SuggestionEvents.Submitted e -> recorder.put(List.of(fact(e.committeeId(), e.suggestionId(), e.memberId(),
                    FactKind.SUGGESTION_SUBMITTED, e.submittedOn())));
            case SuggestionEvents.Accepted e -> recorder.put(List.of(fact(e.committeeId(), e.suggestionId(), e.memberId(),
                    FactKind.SUGGESTION_ACCEPTED, e.acceptedOn())));
            case SuggestionEvents.Withdrawn e -> recorder.drop(e.committeeId(), SubjectRef.of(SubjectType.MICRO_SUGGESTION, e.suggestionId()));
            default -> Set.of();
        };
    }

    private static Fact fact(long committeeId, long suggestionId, long memberId, FactKind kind, java.time.LocalDate on) {
        var ref = SubjectRef.of(SubjectType.MICRO_SUGGESTION, suggestionId);
        return new Fact(committeeId, memberId, on, kind, null, MemberRole.INDIVIDUAL, 0, ref, kind.label(), Links.of(ref));
    }
}

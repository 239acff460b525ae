package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Activities in the record: one attendance entry per member and activity (出席, 列席, 请假 or 缺席 — a later fact
 * replaces an earlier one, so a correction corrects the entry), qualified by the activity type; speeches and outputs
 * for each author.
 */
@Component
class ActivityFactSource implements FactSource {

    private final Recorder recorder;

    ActivityFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        return switch (event) {
            case ActivityEvents.Attended e -> attendance(e, FactKind.ATTENDED, e.type().name(), e.type().label());
            case ActivityEvents.Observed e -> attendance(e, FactKind.OBSERVED, e.type().name(), e.type().label());
            case ActivityEvents.Excused e -> attendance(e, FactKind.EXCUSED, e.type().name(), e.type().label());
            case ActivityEvents.Absent e -> attendance(e, FactKind.ABSENT, e.type().name(), e.type().label());
            case ActivityEvents.Spoke e -> output(e, e.kind() == OutputKind.SPEECH_WRITTEN ? FactKind.SPEECH_WRITTEN : FactKind.SPEECH_ORAL,
                    e.type().name(), e.kind());
            case ActivityEvents.Authored e -> output(e, FactKind.AUTHORED, e.kind().name(), e.kind());
            case ActivityEvents.OutputAdopted e -> outcome(e.committeeId(), e.activityId(), e.outputId(), e.authorMemberIds(),
                    FactKind.OUTPUT_ADOPTED, e.level().name(), e.adoptedOn(), e.kind().label() + "被" + e.level().label() + "采用");
            case ActivityEvents.OutputInstructed e -> outcome(e.committeeId(), e.activityId(), e.outputId(), e.authorMemberIds(),
                    FactKind.OUTPUT_INSTRUCTED, e.level().name(), e.instructedOn(), e.kind().label() + "获" + e.leader() + "批示");
            default -> Set.of();
        };
    }

    private Set<MemberYear> attendance(ActivityEvents.MemberFact e, FactKind kind, String qualifier, String typeLabel) {
        var ref = SubjectRef.of(SubjectType.ACTIVITY, e.activityId());
        return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.on(), kind, qualifier, MemberRole.INDIVIDUAL, 0, ref,
                kind.label() + typeLabel, Links.of(ref))));
    }

    private Set<MemberYear> outcome(long committeeId, long activityId, long outputId, List<Long> authors, FactKind kind,
                                    String qualifier, java.time.LocalDate on, String title) {
        var ref = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, outputId);
        return recorder.put(authors.stream().map(m -> new Fact(committeeId, m, on, kind, qualifier, MemberRole.INDIVIDUAL, 0, ref, title,
                Links.output(activityId, outputId))).toList());
    }

    private Set<MemberYear> output(ActivityEvents.MemberFact e, FactKind kind, String qualifier, OutputKind outputKind) {
        long outputId = e instanceof ActivityEvents.Spoke s ? s.outputId() : ((ActivityEvents.Authored) e).outputId();
        var ref = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, outputId);
        return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.on(), kind, qualifier, MemberRole.INDIVIDUAL, 0, ref,
                outputKind.label(), Links.output(e.activityId(), outputId))));
    }
}

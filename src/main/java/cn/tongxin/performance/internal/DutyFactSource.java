package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.duty.DutyEvents;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A question of a member's shift answered or converted, in the record of the member on duty, on the day it was done;
 * one entry per question (a conversion after an answer replaces it: one slot). The record the question became counts
 * on its own (a micro-suggestion submitted …).
 */
@Component
class DutyFactSource implements FactSource {

    private final Recorder recorder;

    DutyFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        if (event instanceof DutyEvents.Answered e) {
            return put(e.committeeId(), e.questionId(), e.memberId(), e.on(), FactKind.DUTY_ANSWERED, e.excerpt());
        }
        if (event instanceof DutyEvents.Converted e) {
            return put(e.committeeId(), e.questionId(), e.memberId(), e.on(), FactKind.DUTY_CONVERTED,
                    e.excerpt() + "（转为" + (e.to() == SubjectType.PROPOSAL ? "提案线索" : e.to().label()) + "）");
        }
        return Set.of();
    }

    private Set<MemberYear> put(long committeeId, long questionId, long memberId, java.time.LocalDate on, FactKind kind, String what) {
        var ref = SubjectRef.of(SubjectType.DUTY_QUESTION, questionId);
        return recorder.put(List.of(new Fact(committeeId, memberId, on, kind, null, MemberRole.INDIVIDUAL, 0, ref,
                kind.label() + "：" + what, "/duty")));
    }
}

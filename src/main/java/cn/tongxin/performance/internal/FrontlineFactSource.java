package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.frontline.FrontlineProblem;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A problem raised at a 一线协商 point and solved by one of its members, in that member's record on the day solved;
 * reopened, it leaves the record. A solution the office records without naming a member credits nobody; attending the
 * point's activities is already in the record as attendance (the activity module's facts).
 */
@Component
class FrontlineFactSource implements FactSource {

    private final Recorder recorder;

    FrontlineFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        if (event instanceof FrontlineProblem.Solved e && e.memberId() != null) {
            var ref = SubjectRef.of(SubjectType.FRONTLINE_PROBLEM, e.problemId());
            return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.on(), FactKind.FRONTLINE_SOLVED, null,
                    MemberRole.INDIVIDUAL, 0, ref, FactKind.FRONTLINE_SOLVED.label() + "：" + e.title(), "/frontline/" + e.pointId())));
        }
        if (event instanceof FrontlineProblem.Reopened e) {
            return recorder.drop(e.committeeId(), SubjectRef.of(SubjectType.FRONTLINE_PROBLEM, e.problemId()), FactKind.FRONTLINE_SOLVED);
        }
        return Set.of();
    }
}

package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.memoir.Memoir;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** A member's historical account selected (文史资料被选用), on the day selected; reconsidered, it leaves the record. */
@Component
class MemoirFactSource implements FactSource {

    private final Recorder recorder;

    MemoirFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        if (event instanceof Memoir.Selected e && e.memberId() != null) {
            var ref = SubjectRef.of(SubjectType.MEMOIR, e.memoirId());
            return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.on(), FactKind.MEMOIR_SELECTED, null,
                    MemberRole.INDIVIDUAL, 0, ref, FactKind.MEMOIR_SELECTED.label() + "：" + e.title(), "/memoirs/" + e.memoirId())));
        }
        if (event instanceof Memoir.Reconsidered e) {
            return recorder.drop(e.committeeId(), SubjectRef.of(SubjectType.MEMOIR, e.memoirId()), FactKind.MEMOIR_SELECTED);
        }
        return Set.of();
    }
}

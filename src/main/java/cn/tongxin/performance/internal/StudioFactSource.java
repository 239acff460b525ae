package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.participation.StudioEvents;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** 为民办实事 in the record of the studio member it is credited to, on the day it happened; an item of the studio as a whole credits nobody. */
@Component
class StudioFactSource implements FactSource {

    private final Recorder recorder;

    StudioFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        if (event instanceof StudioEvents.DeedRecorded e && e.memberId() != null) {
            var ref = SubjectRef.of(SubjectType.STUDIO_DEED, e.deedId());
            return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.happenedOn(), FactKind.PUBLIC_SERVICE, null,
                    MemberRole.INDIVIDUAL, 0, ref, FactKind.PUBLIC_SERVICE.label() + "：" + e.title(), Links.of(ref))));
        }
        return Set.of();
    }
}

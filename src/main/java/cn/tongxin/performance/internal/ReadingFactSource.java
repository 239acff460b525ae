package cn.tongxin.performance.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.reading.ReadingEvents;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** 读书打卡 in the record of the member who read (学习), on the day read; a removed note leaves the record. */
@Component
class ReadingFactSource implements FactSource {

    private final Recorder recorder;

    ReadingFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        if (event instanceof ReadingEvents.NotePosted e) {
            var ref = SubjectRef.of(SubjectType.READING_NOTE, e.noteId());
            return recorder.put(List.of(new Fact(e.committeeId(), e.memberId(), e.readOn(), FactKind.READING_NOTE, null,
                    MemberRole.INDIVIDUAL, 0, ref, "学习·" + FactKind.READING_NOTE.label() + "：《" + e.book() + "》", Links.of(ref))));
        }
        if (event instanceof ReadingEvents.NoteRemoved e) {
            return recorder.drop(e.committeeId(), SubjectRef.of(SubjectType.READING_NOTE, e.noteId()), FactKind.READING_NOTE);
        }
        return Set.of();
    }
}

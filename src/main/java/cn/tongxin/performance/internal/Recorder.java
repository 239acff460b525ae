package cn.tongxin.performance.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;

/** Writes facts into the record and says which member-years changed. */
@Component
public class Recorder {

    private final Ledger ledger;

    Recorder(Ledger ledger) {
        this.ledger = ledger;
    }

    public Set<MemberYear> put(Collection<Fact> facts) {
        Set<MemberYear> touched = new LinkedHashSet<>();
        facts.forEach(f -> touched.addAll(ledger.record(f)));
        return touched;
    }

    /** Forgets a source's facts of these kinds (all of the source's facts when none are named). */
    public Set<MemberYear> drop(long committeeId, SubjectRef source, FactKind... kinds) {
        return new LinkedHashSet<>(ledger.forget(committeeId, source, List.of(kinds)));
    }

    public Set<MemberYear> dropMember(long committeeId, SubjectRef source, long memberId, FactKind kind) {
        return new LinkedHashSet<>(ledger.forgetMember(committeeId, source, memberId, kind));
    }

    public Ledger ledger() {
        return ledger;
    }
}

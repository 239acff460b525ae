package cn.tongxin.performance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Public-opinion reports in the record, for their member authors (the first is the lead of a joint report):
 * submitted, accepted, issued, adopted and instructed by level; a withdrawn report leaves nothing.
 */
@Component
class OpinionFactSource implements FactSource {

    private final Recorder recorder;

    OpinionFactSource(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Set<MemberYear> apply(Object event) {
        return switch (event) {
            case OpinionEvents.ReportSubmitted e -> recorder.put(authors(e.committeeId(), e.reportId(), e.authorMemberIds(),
                    FactKind.REPORT_SUBMITTED, null, e.submittedOn(), e.title()));
            case OpinionEvents.ReportAccepted e -> recorder.put(authors(e.committeeId(), e.reportId(), e.authorMemberIds(),
                    FactKind.REPORT_ACCEPTED, null, e.acceptedOn(), null));
            case OpinionEvents.ReportIssued e -> recorder.put(authors(e.committeeId(), e.reportId(), e.authorMemberIds(),
                    FactKind.REPORT_ISSUED, null, e.issuedOn(), e.title() + "（" + e.bulletinLabel() + "）"));
            case OpinionEvents.ReportAdopted e -> recorder.put(authors(e.committeeId(), e.reportId(), e.authorMemberIds(),
                    FactKind.REPORT_ADOPTED, e.level().name(), e.adoptedOn(), "被" + e.level().label() + (e.combined() ? "综合采用" : "采用")));
            case OpinionEvents.ReportInstructed e -> recorder.put(authors(e.committeeId(), e.reportId(), e.authorMemberIds(),
                    FactKind.REPORT_INSTRUCTED, e.level().name(), e.instructedOn(), e.leader() + "批示"));
            case OpinionEvents.ReportWithdrawn e -> recorder.drop(e.committeeId(), SubjectRef.of(SubjectType.OPINION_REPORT, e.reportId()));
            default -> Set.of();
        };
    }

    static List<Fact> authors(long committeeId, long reportId, List<Long> authors, FactKind kind, String qualifier, LocalDate on,
                              String title) {
        var ref = SubjectRef.of(SubjectType.OPINION_REPORT, reportId);
        var facts = new ArrayList<Fact>();
        int sharers = Math.max(0, authors.size() - 1);
        for (int i = 0; i < authors.size(); i++) {
            MemberRole role = authors.size() == 1 ? MemberRole.INDIVIDUAL : i == 0 ? MemberRole.LEAD : MemberRole.CO_SIGNER;
            facts.add(new Fact(committeeId, authors.get(i), on, kind, qualifier, role, sharers, ref,
                    title == null ? kind.label() : title, Links.of(ref)));
        }
        return facts;
    }
}

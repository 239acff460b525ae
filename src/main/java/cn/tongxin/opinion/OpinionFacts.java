package cn.tongxin.opinion;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.opinion.internal.ReportFactRows;

/**
 * The public-opinion facts of a year as they stand now, for rebuilding a member's performance record: 报送, 采编,
 * 编发 and the outcomes of each report, read back from the current rows (a withdrawn report leaves none), each in the
 * year of its own date. Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class OpinionFacts {

    private final ReportFactRows rows;

    OpinionFacts(ReportFactRows rows) {
        this.rows = rows;
    }

    public List<Object> replay(long committeeId, int year) {
        List<Object> facts = new java.util.ArrayList<>();
        for (ReportFactRows.Fact f : rows.facts(committeeId, year, OpinionAccess.ITEM)) {
            facts.add(switch (f.kind()) {
                case SUBMITTED -> new OpinionEvents.ReportSubmitted(f.reportId(), committeeId, f.title(), f.source(), f.authors(),
                        correspondent(f), f.on(), f.proposalId());
                case ACCEPTED -> new OpinionEvents.ReportAccepted(f.reportId(), committeeId, f.authors(), correspondent(f), f.on());
                case ISSUED -> new OpinionEvents.ReportIssued(f.reportId(), committeeId, f.title(), f.submitterAccountId(), f.authors(),
                        correspondent(f), f.itemId(), f.bulletinId(), Bulletin.label(f.bulletinSeries(), f.bulletinYear(), f.bulletinNumber()), f.on());
                case ADOPTED -> new OpinionEvents.ReportAdopted(f.reportId(), committeeId, f.authors(), f.adoption(), f.combined(), f.on());
                case INSTRUCTED -> new OpinionEvents.ReportInstructed(f.reportId(), committeeId, f.authors(), f.instruction(), f.leader(),
                        f.on());
            });
        }
        return facts;
    }

    /** As {@code OpinionReport.correspondentAccountId()}: the submitter when a correspondent submitted it. */
    private static Long correspondent(ReportFactRows.Fact f) {
        return f.source() == OpinionSource.CORRESPONDENT ? f.submitterAccountId() : null;
    }
}

package cn.tongxin.performance.dutyreport;

import java.time.Instant;
import java.util.List;

import cn.tongxin.timeline.Timeline.TimelineEntry;

/**
 * One duty report as its pages and the API show it: the member's text, the figures (live while the member is still
 * writing, frozen from submission on), what the viewer may do, and its timeline.
 */
public record DutyReportView(long id, int year, long memberId, DutyReportStatus status, String summary, String plans,
                             String returnReason, int version, Instant submittedAt, Instant publishedAt,
                             boolean figuresFrozen, DutyFigures figures, List<DutyReportAction> actions,
                             List<TimelineEntry> timeline) {

    public boolean offers(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }
}

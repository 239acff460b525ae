package cn.tongxin.performance.dutyreport;

import java.time.Instant;

/** A row of the duty-report lists. */
public record DutyReportSummary(long id, int year, long memberId, String memberName, String sectorName, boolean standing,
                                DutyReportStatus status, Instant submittedAt, Instant publishedAt) {
}

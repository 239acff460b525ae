package cn.tongxin.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A committee's figures of a period: {@code scope} {@code OWN} (the committee) or {@code SYSTEM} (with every committee
 * below it, one row each in {@code committees}). {@code year} is set when the period is a whole year; {@code lock} when
 * that year has been locked, and then each line carries its {@code published} value and the {@code difference} of the
 * records since. {@code previousSource} says where last year's values come from (its locked snapshot, or the records).
 * {@code outputs}: outputs by kind, supervision groups, parties' own, the 报送 lines, parties' proposals (per party, and
 * those made key), leaders' 签批 / 批示 on proposals by level, and the 民主评议 of the units handling key proposals.
 * {@code people}: studios by level, 特聘信息员, opinion reports by source, 发言人次 by party/group and by sector.
 * {@code drillDown}: whether the lines link to their records (the user's own committee, or a lower one that has
 * granted access).
 */
public record AnnualAccount(long committeeId, String committeeName, String scope, LocalDate from, LocalDate to, Integer year,
                            Lock lock, String previousSource, boolean drillDown, List<Line> figures, List<RateLine> rates,
                            List<Line> categories, List<Line> activityTypes, List<Line> outputs,
                            List<CommitteeRow> committees, List<Line> people) {

    public record Lock(LocalDate adoptedOn, String lockedBy, Instant lockedAt) {
    }

    /**
     * One figure. {@code previous}, {@code change} and {@code changePercent} are empty where last year has no value
     * (a figure as of today with no locked snapshot); {@code share}: of the area's total, for breakdowns.
     */
    public record Line(String code, String area, String label, String definition, long value, Long published, Long difference,
                       Long previous, Long change, String changePercent, String share, String records) {

        public boolean differs() {
            return difference != null && difference != 0;
        }
    }

    public record RateLine(String code, String area, String label, String definition, String value, String published,
                           String previous, String change) {
    }

    public record CommitteeRow(long committeeId, String name, String level, Map<String, Long> values) {
    }

    public Line line(String code) {
        return figures.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    public boolean locked() {
        return lock != null;
    }
}

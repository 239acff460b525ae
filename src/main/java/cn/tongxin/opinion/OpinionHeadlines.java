package cn.tongxin.opinion;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.OutcomeTallies;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.DateRange;

/**
 * The headline public-opinion figures of several committees at once, with the definitions of {@link OpinionStatistics}:
 * reports submitted in the period (not withdrawn), those issued in a bulletin, and items adopted / instructed per level
 * by the date of the outcome. One query here and two in outcome, however many committees. The caller has checked who
 * may see them.
 */
@Service
@Transactional(readOnly = true)
public class OpinionHeadlines {

    private final JdbcClient jdbc;
    private final OutcomeTallies outcomes;
    private final Clock clock;

    OpinionHeadlines(JdbcClient jdbc, OutcomeTallies outcomes, Clock clock) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** 收到, 编发, and the items adopted and instructed per level. */
    public record Figures(long received, long issued, Outcomes.Counts outcomes) {
    }

    public Map<Long, Figures> of(Collection<Long> committeeIds, DateRange range) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("""
                select r.committee_id, count(*) as received, count(*) filter (where r.status = 'ISSUED') as issued
                  from opinion_report r
                 where r.committee_id = any(:committees) and r.status <> 'WITHDRAWN' and r.submitted_at >= :from and r.submitted_at < :to
                 group by r.committee_id""")
                .param("committees", committeeIds.toArray(Long[]::new))
                .param("from", range.startsAt(clock.getZone())).param("to", range.endsBefore(clock.getZone()))
                .query((rs, n) -> counts.put(rs.getLong("committee_id"), new long[]{rs.getLong("received"), rs.getLong("issued")}))
                .list();
        var outcomeCounts = outcomes.countInPeriod(committeeIds, OpinionAccess.ITEM, range.from(), range.to());
        Map<Long, Figures> figures = new HashMap<>();
        for (Long committee : committeeIds) {
            long[] c = counts.getOrDefault(committee, new long[2]);
            figures.put(committee, new Figures(c[0], c[1], outcomeCounts.get(committee)));
        }
        return figures;
    }
}

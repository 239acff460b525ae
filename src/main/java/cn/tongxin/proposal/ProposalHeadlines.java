package cn.tongxin.proposal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.handling.HandlingTallies;
import cn.tongxin.shared.DateRange;

/**
 * The headline proposal figures of several committees at once (a committee and those below it), with the definitions
 * of {@link ProposalStatistics}: proposals submitted in the period, not drafts and not withdrawn. One query here and
 * one in handling, however many committees. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ProposalHeadlines {

    private static final String SCOPE = " where p.committee_id = any(:committees) and p.status not in ('DRAFT', 'WITHDRAWN')"
            + " and p.submitted_at >= :from and p.submitted_at < :to";

    private final JdbcClient jdbc;
    private final HandlingTallies handling;
    private final Clock clock;

    ProposalHeadlines(JdbcClient jdbc, HandlingTallies handling, Clock clock) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.clock = clock;
    }

    /** 收到, 立案, 办复 (办复率 = replied ÷ filed) and 重点提案 of one committee. */
    public record Figures(long received, long filed, long replied, long key) {
        public static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    public Map<Long, Figures> of(Collection<Long> committeeIds, DateRange range) {
        Map<String, Object> params = Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("""
                select p.committee_id, count(*) as received,
                       count(*) filter (where p.status in ('FILED','HANDLING','CLOSED')) as filed,
                       count(*) filter (where p.key_proposal) as key_count
                  from proposal p""" + SCOPE + " group by p.committee_id").params(params)
                .query((rs, n) -> counts.put(rs.getLong("committee_id"),
                        new long[]{rs.getLong("received"), rs.getLong("filed"), rs.getLong("key_count")})).list();
        Map<Long, Long> replied = handling.repliedBy(committeeIds, ProposalAccess.SUBJECT, new HandlingStatistics.Selection(
                "select p.committee_id, p.id from proposal p" + SCOPE + " and p.status in ('FILED','HANDLING','CLOSED')", params));
        Map<Long, Figures> figures = new HashMap<>();
        for (Long committee : committeeIds) {
            long[] c = counts.getOrDefault(committee, new long[3]);
            figures.put(committee, new Figures(c[0], c[1], replied.getOrDefault(committee, 0L), c[2]));
        }
        return figures;
    }
}

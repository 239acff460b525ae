package cn.tongxin.suggestion;

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
 * The headline micro-suggestion figures of several committees at once, with the definitions of
 * {@link SuggestionQueries#statistics}: suggestions submitted in the period, not withdrawn. One query here and one in
 * handling, however many committees. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionHeadlines {

    private static final String SCOPE = " where s.committee_id = any(:committees) and s.submitted_at >= :from and s.submitted_at < :to";

    private final JdbcClient jdbc;
    private final HandlingTallies handling;
    private final Clock clock;

    SuggestionHeadlines(JdbcClient jdbc, HandlingTallies handling, Clock clock) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.clock = clock;
    }

    /** 收到, 受理, 办复 (办复率 = replied ÷ accepted). */
    public record Figures(long received, long accepted, long replied) {
        public static final Figures NONE = new Figures(0, 0, 0);
    }

    public Map<Long, Figures> of(Collection<Long> committeeIds, DateRange range) {
        Map<String, Object> params = Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("""
                select s.committee_id, count(*) as received, count(*) filter (where s.status in ('HANDLING', 'CLOSED')) as accepted
                  from micro_suggestion s""" + SCOPE + " and s.status <> 'WITHDRAWN' group by s.committee_id").params(params)
                .query((rs, n) -> counts.put(rs.getLong("committee_id"), new long[]{rs.getLong("received"), rs.getLong("accepted")}))
                .list();
        Map<Long, Long> replied = handling.repliedBy(committeeIds, SubmitSuggestions.SUBJECT, new HandlingStatistics.Selection(
                "select s.committee_id, s.id from micro_suggestion s" + SCOPE + " and s.status in ('HANDLING', 'CLOSED')", params));
        Map<Long, Figures> figures = new HashMap<>();
        for (Long committee : committeeIds) {
            long[] c = counts.getOrDefault(committee, new long[2]);
            figures.put(committee, new Figures(c[0], c[1], replied.getOrDefault(committee, 0L)));
        }
        return figures;
    }
}

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
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The headline micro-suggestion figures of several committees at once, with the definitions of
 * {@link SuggestionQueries#statistics}: suggestions submitted in the period, not withdrawn. One query here and one in
 * handling, however many committees; {@link #records} lists exactly what a figure counts, from the same SQL. The
 * caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionHeadlines {

    private static final String SCOPE = " where s.committee_id = any(:committees) and s.submitted_at >= :from and s.submitted_at < :to"
            + " and s.status <> 'WITHDRAWN'";
    private static final String ACCEPTED = "s.status in ('HANDLING', 'CLOSED')";

    public enum Measure {
        RECEIVED, ACCEPTED, REPLIED
    }

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
        Map<String, Object> params = params(committeeIds, range);
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select s.committee_id, count(*) as received, count(*) filter (where " + ACCEPTED + ") as accepted from micro_suggestion s"
                        + SCOPE + " group by s.committee_id").params(params)
                .query((rs, n) -> counts.put(rs.getLong("committee_id"), new long[]{rs.getLong("received"), rs.getLong("accepted")}))
                .list();
        Map<Long, Long> replied = handling.repliedBy(committeeIds, SubmitSuggestions.SUBJECT, acceptedSelection(params));
        Map<Long, Figures> figures = new HashMap<>();
        for (Long committee : committeeIds) {
            long[] c = counts.getOrDefault(committee, new long[2]);
            figures.put(committee, new Figures(c[0], c[1], replied.getOrDefault(committee, 0L)));
        }
        return figures;
    }

    /** The micro-suggestions a figure counts, newest first. */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, Measure measure, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        String where = switch (measure) {
            case RECEIVED -> "";
            case ACCEPTED -> " and " + ACCEPTED;
            case REPLIED -> " and (s.committee_id, s.id) in (select committee_id, id from ("
                    + HandlingTallies.replied(acceptedSelection(params)) + ") r)";
        };
        params.put("type", SubmitSuggestions.SUBJECT.name());
        long total = jdbc.sql("select count(*) from micro_suggestion s" + SCOPE + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select s.id, s.title, s.submitted_at, s.status from micro_suggestion s" + SCOPE + where
                        + " order by s.submitted_at desc, s.id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("微建议 " + rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("submitted_at").toInstant().atZone(clock.getZone()).toLocalDate(),
                        SuggestionStatus.valueOf(rs.getString("status")).label(), "/suggestions/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static HandlingStatistics.Selection acceptedSelection(Map<String, Object> params) {
        return new HandlingStatistics.Selection("select s.committee_id, s.id from micro_suggestion s" + SCOPE + " and " + ACCEPTED, params);
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
    }
}

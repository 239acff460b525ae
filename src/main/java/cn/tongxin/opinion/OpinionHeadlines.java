package cn.tongxin.opinion;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.OutcomeTallies;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The headline public-opinion figures of several committees at once, with the definitions of {@link OpinionStatistics}:
 * reports submitted in the period (not withdrawn), those issued in a bulletin, and items adopted / instructed per level
 * by the date of the outcome. One query here and two in outcome, however many committees; the {@code records} methods
 * list exactly what a figure counts, from the same SQL. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class OpinionHeadlines {

    private static final String SCOPE = " where r.committee_id = any(:committees) and r.status <> 'WITHDRAWN'"
            + " and r.submitted_at >= :from and r.submitted_at < :to";
    private static final String ISSUED = "r.status = 'ISSUED'";

    /** What a report figure counts. */
    public enum Measure {
        RECEIVED, ISSUED,
        /** Submitted by parties and groups (their liaison officers) in their own name. */
        FROM_PARTIES
    }

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
        jdbc.sql("select r.committee_id, count(*) as received, count(*) filter (where " + ISSUED + ") as issued from opinion_report r"
                        + SCOPE + " group by r.committee_id")
                .params(params(committeeIds, range))
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

    /** The reports a figure counts, newest first. */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, Measure measure, PageQuery page) {
        return records(committeeIds, range, where(measure), Map.of(), page);
    }

    /** Reports received in the period (not withdrawn) per source (委员, 党派团体, 无党派人士 …). */
    public Map<OpinionSource, Long> bySource(Collection<Long> committeeIds, DateRange range) {
        Map<OpinionSource, Long> counts = new java.util.EnumMap<>(OpinionSource.class);
        bySourcePerCommittee(committeeIds, range).values().forEach(c -> c.forEach((source, n) -> counts.merge(source, n, Long::sum)));
        return counts;
    }

    /** {@link #bySource} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, Map<OpinionSource, Long>> bySourcePerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Map<OpinionSource, Long>> counts = new HashMap<>();
        jdbc.sql("select r.committee_id, r.source, count(*) as n from opinion_report r" + SCOPE + " group by r.committee_id, r.source")
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new java.util.EnumMap<>(OpinionSource.class))
                        .put(OpinionSource.valueOf(rs.getString("source")), rs.getLong("n"))).list();
        return counts;
    }

    /** The reports {@link #bySource} counts under a source. */
    public PageResult<CountedRecord> fromSource(Collection<Long> committeeIds, DateRange range, OpinionSource source, PageQuery page) {
        return records(committeeIds, range, " and r.source = :source", Map.of("source", source.name()), page);
    }

    private PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, String where, Map<String, Object> extra,
                                              PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.putAll(extra);
        long total = jdbc.sql("select count(*) from opinion_report r" + SCOPE + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select r.id, r.title, r.submitted_at, r.status from opinion_report r" + SCOPE + where
                        + " order by r.submitted_at desc, r.id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("信息 " + rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("submitted_at").toInstant().atZone(clock.getZone()).toLocalDate(),
                        OpinionStatus.valueOf(rs.getString("status")).label(), "/opinions/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** How many reports a measure counts: the total of {@link #records}. */
    public long count(Collection<Long> committeeIds, DateRange range, Measure measure) {
        return jdbc.sql("select count(*) from opinion_report r" + SCOPE + where(measure)).params(params(committeeIds, range))
                .query(Long.class).single();
    }

    /** {@link #count} of each committee (committees with none absent). */
    public Map<Long, Long> countPerCommittee(Collection<Long> committeeIds, DateRange range, Measure measure) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select r.committee_id, count(*) as n from opinion_report r" + SCOPE + where(measure) + " group by r.committee_id")
                .params(params(committeeIds, range)).query((rs, n) -> counts.put(rs.getLong("committee_id"), rs.getLong("n"))).list();
        return counts;
    }

    private static String where(Measure measure) {
        return switch (measure) {
            case RECEIVED -> "";
            case ISSUED -> " and " + ISSUED;
            case FROM_PARTIES -> " and r.source = 'PARTY_GROUP'";
        };
    }

    /** The items adopted at the level in the period (by the adoption date), the earliest adoption first. */
    public PageResult<CountedRecord> adopted(Collection<Long> committeeIds, DateRange range, AdoptionLevel level, PageQuery page) {
        return items(OutcomeTallies.adoptedSubjects(), level.name(), level.label() + "采用", committeeIds, range, page);
    }

    /** The items instructed at the level in the period (by the instruction date). */
    public PageResult<CountedRecord> instructed(Collection<Long> committeeIds, DateRange range, InstructionLevel level, PageQuery page) {
        return items(OutcomeTallies.instructedSubjects(), level.name(), level.label() + "批示", committeeIds, range, page);
    }

    private PageResult<CountedRecord> items(String subjects, String level, String status, Collection<Long> committeeIds, DateRange range,
                                            PageQuery page) {
        Map<String, Object> params = new HashMap<>(Map.of("committees", committeeIds.toArray(Long[]::new),
                "subjectType", OpinionAccess.ITEM.name(), "level", level, "from", range.from(), "to", range.to()));
        String from = " from (" + subjects + ") o join opinion_item i on i.id = o.subject_id";
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select i.id, i.title, o.on_date" + from + " order by o.on_date, i.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new CountedRecord("编发稿 " + rs.getLong("id"), rs.getString("title"),
                        rs.getDate("on_date").toLocalDate(), status, "/opinion-items/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new),
                "from", range.startsAt(clock.getZone()), "to", range.endsBefore(clock.getZone()));
    }
}

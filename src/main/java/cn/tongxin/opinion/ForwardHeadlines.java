package cn.tongxin.opinion;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The 报送 figures of several committees at once, with the definitions of the statistics pages: edited items 报送 per
 * level by the date forwarded ({@link OpinionStatistics.Report#forwardedByLevel}), and 报送上级 — reports and activity
 * outputs a committee sent to its upper committee, and what the upper committee adopted or had instructed, each by its
 * own date ({@link SubmitUpward#outputFigures}). The {@code records} methods list exactly what a figure counts, from the
 * same SQL. The caller has checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ForwardHeadlines {

    /**
     * The committees' items first, then each item's forwards in the period by the item's key ("offset 0": a lookup per
     * item). The one definition of 报送 by level, for the statistics page and the annual account alike.
     */
    private static final String FORWARDS = """
             from opinion_item i
             cross join lateral (select f.level, f.forwarded_on from opinion_forward f
                                  where f.item_id = i.id and f.forwarded_on between :fromDate and :toDate offset 0) f
            where i.committee_id = any(:committees)""";
    private static final String UPWARD_OF = " where u.committee_id = any(:committees)";

    /** What went up: a committee's own reports, or its activity outputs. */
    public enum Sent {
        REPORTS, OUTPUTS;

        String condition() {
            return this == REPORTS ? "u.report_id is not null" : "u.output_id is not null";
        }
    }

    /** Which date of an upward link a figure counts by: sent, adopted by the upper committee, instructed there. */
    public enum Upward {
        SUBMITTED("submitted_on", "报送上级政协"), ADOPTED("adopted_on", "上级政协采用"), INSTRUCTED("instructed_on", "上级政协批示");

        private final String column;
        private final String label;

        Upward(String column, String label) {
            this.column = column;
            this.label = label;
        }

        public String label() {
            return label;
        }

        String condition() {
            return "u." + column + " between :fromDate and :toDate";
        }
    }

    private final JdbcClient jdbc;

    ForwardHeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The count of {@link #forwardedByLevel} (exposed for the plan test, with {@link #params}). */
    public static final String BY_LEVEL = "select i.committee_id, f.level as k, count(*) as n" + FORWARDS + " group by i.committee_id, f.level";

    /** Items 报送 in the period per level (every level, zero where none, in the order of the levels). */
    public Map<AdoptionLevel, Long> forwardedByLevel(Collection<Long> committeeIds, DateRange range) {
        Map<AdoptionLevel, Long> counts = new EnumMap<>(AdoptionLevel.class);
        for (AdoptionLevel level : AdoptionLevel.values()) {
            counts.put(level, 0L);
        }
        forwardedByLevelPerCommittee(committeeIds, range).values().forEach(c -> c.forEach((level, n) -> counts.merge(level, n, Long::sum)));
        return counts;
    }

    /** {@link #forwardedByLevel} of each committee (only the levels counted; committees with none absent). */
    public Map<Long, Map<AdoptionLevel, Long>> forwardedByLevelPerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Map<AdoptionLevel, Long>> counts = new HashMap<>();
        jdbc.sql(BY_LEVEL)
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new EnumMap<>(AdoptionLevel.class))
                        .put(AdoptionLevel.valueOf(rs.getString("k")), rs.getLong("n"))).list();
        return counts;
    }

    /** The items 报送 to the level in the period, the earliest forward first. */
    public PageResult<CountedRecord> forwarded(Collection<Long> committeeIds, DateRange range, AdoptionLevel level, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("level", level.name());
        String where = FORWARDS + " and f.level = :level";
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select i.id, i.title, f.forwarded_on" + where + " order by f.forwarded_on, i.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new CountedRecord("编发稿 " + rs.getLong("id"), rs.getString("title"),
                        rs.getDate("forwarded_on").toLocalDate(), "报送" + level.label(), "/opinion-items/" + rs.getLong("id")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** How many reports and outputs went up (or were adopted / instructed above) in the period: one query for all six. */
    public Map<Sent, Map<Upward, Long>> upward(Collection<Long> committeeIds, DateRange range) {
        Map<Sent, Map<Upward, Long>> counts = new EnumMap<>(Sent.class);
        for (Sent sent : Sent.values()) {
            Map<Upward, Long> bySent = new EnumMap<>(Upward.class);
            for (Upward measure : Upward.values()) {
                bySent.put(measure, 0L);
            }
            counts.put(sent, bySent);
        }
        upwardPerCommittee(committeeIds, range).values().forEach(c -> c.forEach((sent, measures) ->
                measures.forEach((measure, n) -> counts.get(sent).merge(measure, n, Long::sum))));
        return counts;
    }

    /** {@link #upward} of each committee that sent anything up (every measure present for those). */
    public Map<Long, Map<Sent, Map<Upward, Long>>> upwardPerCommittee(Collection<Long> committeeIds, DateRange range) {
        List<String> columns = new ArrayList<>();
        for (Sent sent : Sent.values()) {
            for (Upward measure : Upward.values()) {
                columns.add("count(*) filter (where " + sent.condition() + " and " + measure.condition() + ")");
            }
        }
        Map<Long, Map<Sent, Map<Upward, Long>>> counts = new HashMap<>();
        jdbc.sql("select u.committee_id, " + String.join(", ", columns) + " from opinion_upward u" + UPWARD_OF + " group by u.committee_id")
                .params(params(committeeIds, range)).query((rs, n) -> {
                    Map<Sent, Map<Upward, Long>> bySent = new EnumMap<>(Sent.class);
                    int column = 2;
                    for (Sent sent : Sent.values()) {
                        Map<Upward, Long> measures = new EnumMap<>(Upward.class);
                        for (Upward measure : Upward.values()) {
                            measures.put(measure, rs.getLong(column++));
                        }
                        bySent.put(sent, measures);
                    }
                    return counts.put(rs.getLong(1), bySent);
                }).list();
        return counts;
    }

    /** The reports or outputs {@link #upward} counts, by that date, with the page of the committee's own record. */
    public PageResult<CountedRecord> upwardRecords(Collection<Long> committeeIds, DateRange range, Sent sent, Upward measure,
                                                   PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        String where = UPWARD_OF + " and " + sent.condition() + " and " + measure.condition();
        long total = jdbc.sql("select count(*) from opinion_upward u" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        // the title and page of what went up: the lower committee's report, or its output (the output table is the
        // activity module's; opinion_upward references it since the committee tree, V23)
        String select = sent == Sent.REPORTS
                ? "select u.report_id as id, (select r.title from opinion_report r where r.id = u.report_id) as title, null as activity_id"
                : "select u.output_id as id, o.title, o.activity_id";
        String join = sent == Sent.REPORTS ? "" : " join activity_output o on o.id = u.output_id";
        String date = "u." + measure.column;
        String upperName = "(select h.name from committee h where h.id = u.upper_committee_id) as upper_name";
        var items = jdbc.sql(select + ", " + date + " as on_date, u.output_kind, " + upperName + " from opinion_upward u" + join + where
                        + " order by " + date + ", u.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String upper = rs.getString("upper_name");
                    String status = measure == Upward.SUBMITTED ? "报送" + upper : upper + (measure == Upward.ADOPTED ? "采用" : "获批示");
                    return sent == Sent.REPORTS
                            ? new CountedRecord("信息 " + id, rs.getString("title"), rs.getDate("on_date").toLocalDate(), status,
                            "/opinions/" + id)
                            : new CountedRecord("成果 " + id, rs.getString("title"), rs.getDate("on_date").toLocalDate(),
                            rs.getString("output_kind") + "·" + status, "/activities/" + rs.getLong("activity_id") + "/outputs/" + id);
                }).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public static Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new), "fromDate", Date.valueOf(range.from()),
                "toDate", Date.valueOf(range.to()));
    }
}

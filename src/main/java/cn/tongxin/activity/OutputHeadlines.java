package cn.tongxin.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Outputs by kind (speeches, research and inspection reports, 建议案, consultation outcomes, supervision opinions) of
 * the activities held in the period ({@link ActivityHeadlines}' definition of held), and supervision groups posted
 * during the period, for several committees at once; {@code records} list exactly what is counted, from the same SQL.
 */
@Service
@Transactional(readOnly = true)
public class OutputHeadlines {

    private static final String OUTPUTS = " from activity_output o join held h on h.id = o.activity_id where o.committee_id = any(:committees)";
    private static final String GROUPS = " from supervision_group g where g.committee_id = any(:committees)"
            + " and g.starts_on <= :last and g.ends_on >= :first";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutputHeadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Map<OutputKind, Long> outputsByKind(Collection<Long> committeeIds, DateRange range) {
        Map<OutputKind, Long> counts = new EnumMap<>(OutputKind.class);
        outputsByKindPerCommittee(committeeIds, range).values().forEach(c -> c.forEach((kind, n) -> counts.merge(kind, n, Long::sum)));
        return counts;
    }

    /** {@link #outputsByKind} of each committee (committees with none absent): one query for all of them. */
    public Map<Long, Map<OutputKind, Long>> outputsByKindPerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Map<OutputKind, Long>> counts = new HashMap<>();
        jdbc.sql(ActivityHeadlines.HELD + "select o.committee_id, o.kind, count(*) as n" + OUTPUTS + " group by o.committee_id, o.kind")
                .params(params(committeeIds, range))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("committee_id"), c -> new EnumMap<>(OutputKind.class))
                        .put(OutputKind.valueOf(rs.getString("kind")), rs.getLong("n"))).list();
        return counts;
    }

    public PageResult<CountedRecord> outputs(Collection<Long> committeeIds, DateRange range, OutputKind kind, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("kind", kind.name());
        String where = OUTPUTS + " and o.kind = :kind";
        long total = jdbc.sql(ActivityHeadlines.HELD + "select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql(ActivityHeadlines.HELD + "select o.id, o.activity_id, o.title, h.title as activity, h.starts_at" + where
                        + " order by h.starts_at desc, o.id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("成果 " + rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant().atZone(clock.getZone()).toLocalDate(),
                        kind.label() + "·" + rs.getString("activity"), "/activities/" + rs.getLong("activity_id") + "/outputs/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long supervisionGroups(Collection<Long> committeeIds, DateRange range) {
        return jdbc.sql("select count(*)" + GROUPS).params(params(committeeIds, range)).query(Long.class).single();
    }

    /** {@link #supervisionGroups} of each committee (committees with none absent). */
    public Map<Long, Long> supervisionGroupsPerCommittee(Collection<Long> committeeIds, DateRange range) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select g.committee_id, count(*) as n" + GROUPS + " group by g.committee_id").params(params(committeeIds, range))
                .query((rs, n) -> counts.put(rs.getLong("committee_id"), rs.getLong("n"))).list();
        return counts;
    }

    public PageResult<CountedRecord> supervisionGroupRecords(Collection<Long> committeeIds, DateRange range, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select g.id, g.name, g.starts_on, g.ends_on" + GROUPS + " order by g.starts_on desc, g.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new CountedRecord("监督小组 " + rs.getLong("id"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                        "派驻至 " + rs.getDate("ends_on").toLocalDate(), "/supervision")).list();
        return new PageResult<>(items, page.page(), page.size(), supervisionGroups(committeeIds, range));
    }

    private Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new), "from", range.startsAt(clock.getZone()),
                "to", range.endsBefore(clock.getZone()), "first", range.from(), "last", range.to());
    }
}

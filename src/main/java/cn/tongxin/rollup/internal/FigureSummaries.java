package cn.tongxin.rollup.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.rollup.Figure;
import cn.tongxin.shared.DateRange;

/**
 * The figures per committee × year × figure, kept as the live queries computed them. A committee-year is recomputed
 * (for all the stale committees of a request at once) when the committee changed since (a change numbered above the
 * row's version) or an activity of that year has ended since. The changes are read before the live queries run, so a
 * change committed while they run leaves the row stale, never wrong for good; a change numbered below the newest one
 * read but committed later took its number after its records were committed, so the live queries saw them.
 */
@Component
public class FigureSummaries {

    private final JdbcClient jdbc;
    private final LiveFigures live;

    FigureSummaries(JdbcClient jdbc, LiveFigures live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    /** The committees' figures of a year, recomputing the stale ones first. */
    @Transactional
    public Map<Long, Map<Figure, Long>> year(Collection<Long> committees, int year) {
        Long[] ids = committees.toArray(Long[]::new);
        Set<Long> fresh = new HashSet<>(jdbc.sql("""
                select y.committee_id from rollup_year y
                 where y.committee_id = any(?) and y.year = ?
                   and y.version >= coalesce((select max(c.version) from rollup_change c where c.committee_id = y.committee_id), 0)
                   and (y.good_until is null or y.good_until > now())""").params(ids, year).query(Long.class).list());
        List<Long> stale = committees.stream().filter(c -> !fresh.contains(c)).toList();
        if (!stale.isEmpty()) {
            refresh(stale, year);
        }
        Map<Long, Map<Figure, Long>> figures = new HashMap<>();
        committees.forEach(c -> figures.put(c, new EnumMap<>(Figure.class)));
        jdbc.sql("select committee_id, figure, value from rollup_figure where committee_id = any(?) and year = ?").params(ids, year)
                .query((rs, n) -> figures.get(rs.getLong("committee_id")).put(Figure.valueOf(rs.getString("figure")), rs.getLong("value")))
                .list();
        return figures;
    }

    /** Recomputes the committees' year from the live records, one set of queries for all of them. */
    void refresh(List<Long> committees, int year) {
        Long[] ids = committees.toArray(Long[]::new);
        Map<Long, Long> versions = new HashMap<>();
        jdbc.sql("select committee_id, max(version) as version from rollup_change where committee_id = any(?) group by committee_id")
                .param(ids)
                .query((rs, n) -> versions.put(rs.getLong("committee_id"), rs.getLong("version"))).list();
        var tallies = live.of(committees, new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        List<Long> rowCommittee = new ArrayList<>();
        List<String> rowFigure = new ArrayList<>();
        List<Long> rowValue = new ArrayList<>();
        List<Long> version = new ArrayList<>();
        List<Timestamp> goodUntil = new ArrayList<>();
        for (Long c : committees) {
            var tally = tallies.get(c);
            tally.values().forEach((figure, value) -> {
                rowCommittee.add(c);
                rowFigure.add(figure.name());
                rowValue.add(value);
            });
            version.add(versions.getOrDefault(c, 0L));
            goodUntil.add(tally.goodUntil().map(Timestamp::from).orElse(null));
        }
        jdbc.sql("""
                insert into rollup_figure (committee_id, year, figure, value)
                select c, :year, f, v from unnest(cast(:c as bigint[]), cast(:f as varchar[]), cast(:v as bigint[])) as t(c, f, v)
                on conflict (committee_id, year, figure) do update set value = excluded.value""")
                .param("year", year).param("c", rowCommittee.toArray(Long[]::new)).param("f", rowFigure.toArray(String[]::new))
                .param("v", rowValue.toArray(Long[]::new)).update();
        jdbc.sql("""
                insert into rollup_year (committee_id, year, version, good_until)
                select c, :year, v, g from unnest(cast(:c as bigint[]), cast(:v as bigint[]), cast(:g as timestamptz[])) as t(c, v, g)
                on conflict (committee_id, year) do update set version = excluded.version, good_until = excluded.good_until,
                                                               computed_at = now()""")
                .param("year", year).param("c", ids).param("v", version.toArray(Long[]::new))
                .param("g", goodUntil.toArray(Timestamp[]::new)).update();
        jdbc.sql("""
                delete from rollup_change c where c.committee_id = any(?)
                   and c.version < (select max(n.version) from rollup_change n where n.committee_id = c.committee_id)""")
                .param(ids).update();
    }
}

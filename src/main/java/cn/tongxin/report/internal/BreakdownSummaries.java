package cn.tongxin.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.rollup.CommitteeVersions;
import cn.tongxin.shared.DateRange;

/**
 * The {@link Breakdowns} per committee × year × key (V29), kept as the live queries counted them, the way rollup keeps
 * its figures (ADR 006): a committee-year is recomputed — all the stale committees of a request in one set of queries —
 * when its committee changed since (rollup's change number moved past the row's version). The change numbers are read
 * before the live queries run, so a change committed meanwhile leaves the row stale, never wrong for good. None of these
 * breakdowns depends on the clock (the attendance figures that do are rollup's, with their {@code good_until}).
 */
@Component
public class BreakdownSummaries {

    private final JdbcClient jdbc;
    private final Breakdowns live;
    private final CommitteeVersions versions;

    BreakdownSummaries(JdbcClient jdbc, Breakdowns live, CommitteeVersions versions) {
        this.jdbc = jdbc;
        this.live = live;
        this.versions = versions;
    }

    /** The committees' breakdowns of a calendar year summed and completed, recomputing the stale committee-years first. */
    @Transactional
    public Map<String, Long> total(Collection<Long> committees, int year) {
        refreshStale(committees, year);
        Map<String, Long> sum = new HashMap<>();
        jdbc.sql("select figure, sum(value) as value from annual_breakdown where committee_id = any(?) and year = ? group by figure")
                .params(committees.toArray(Long[]::new), year)
                .query((rs, n) -> sum.put(rs.getString("figure"), rs.getLong("value"))).list();
        return Breakdowns.complete(sum);
    }

    /** Recomputes the committee-years whose committee changed since they were computed (or never computed); returns them. */
    @Transactional
    public List<Long> refreshStale(Collection<Long> committees, int year) {
        Map<Long, Long> current = versions.of(committees);
        Map<Long, Long> stored = new HashMap<>();
        jdbc.sql("select committee_id, version from annual_breakdown_year where committee_id = any(?) and year = ?")
                .params(committees.toArray(Long[]::new), year)
                .query((rs, n) -> stored.put(rs.getLong("committee_id"), rs.getLong("version"))).list();
        List<Long> stale = committees.stream().filter(c -> !stored.containsKey(c) || stored.get(c) < current.get(c)).toList();
        if (!stale.isEmpty()) {
            refresh(stale, year, current);
        }
        return stale;
    }

    /**
     * The year rows first: their upsert locks each committee-year until commit, so two readers refreshing the same one
     * do it one after the other, and the second's delete sees the first's rows.
     */
    private void refresh(List<Long> committees, int year, Map<Long, Long> changeNumbers) {
        Long[] ids = committees.toArray(Long[]::new);
        var counted = live.perCommittee(committees, new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        jdbc.sql("""
                insert into annual_breakdown_year (committee_id, year, version)
                select c, :year, v from unnest(cast(:c as bigint[]), cast(:v as bigint[])) as t(c, v)
                on conflict (committee_id, year) do update set version = excluded.version, computed_at = now()""")
                .param("year", year).param("c", ids).param("v", committees.stream().map(changeNumbers::get).toArray(Long[]::new)).update();
        jdbc.sql("delete from annual_breakdown where committee_id = any(?) and year = ?").params(ids, year).update();
        List<Long> rowCommittee = new ArrayList<>();
        List<String> rowFigure = new ArrayList<>();
        List<Long> rowValue = new ArrayList<>();
        counted.forEach((c, values) -> values.forEach((figure, value) -> {
            rowCommittee.add(c);
            rowFigure.add(figure);
            rowValue.add(value);
        }));
        jdbc.sql("""
                insert into annual_breakdown (committee_id, year, figure, value)
                select c, :year, f, v from unnest(cast(:c as bigint[]), cast(:f as varchar[]), cast(:v as bigint[])) as t(c, f, v)""")
                .param("year", year).param("c", rowCommittee.toArray(Long[]::new)).param("f", rowFigure.toArray(String[]::new))
                .param("v", rowValue.toArray(Long[]::new)).update();
    }
}

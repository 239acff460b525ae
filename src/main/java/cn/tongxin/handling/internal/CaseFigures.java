package cn.tongxin.handling.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingStatistics.Dimension;
import cn.tongxin.handling.HandlingStatistics.Selection;
import cn.tongxin.handling.HandlingStatistics.Summary;
import cn.tongxin.handling.HandlingStatistics.UnitRow;
import cn.tongxin.shared.SubjectType;

/**
 * The SQL of the handling figures over the cases of a selection of subjects. Every statement reaches the cases as a join
 * of the committee's own cases with the subject module's selection (never an array of ids, whose generic plan estimates
 * a handful of rows), filters {@code committee_id} on every table that has one, and reaches the child rows without one
 * (replies, ratings, raters) by an index from the committee's cases, so its cost is the committee's rows whatever plan
 * the statement gets; see StatisticsPlanTests.
 */
@Component
public class CaseFigures {

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the cases of the selected subjects, overdue as of today. */
    public Summary summarize(long committeeId, SubjectType subjectType, Selection selection, LocalDate today) {
        Map<String, String> sql = statements(selection);
        Map<String, Object> p = params(committeeId, subjectType, selection, today);
        var counts = jdbc.sql(sql.get("counts")).params(p)
                .query((rs, n) -> new long[]{rs.getLong("cases"), rs.getLong("replied"), rs.getLong("on_time"), rs.getLong("overdue")})
                .single();
        Map<String, Long> categories = new LinkedHashMap<>();
        jdbc.sql(sql.get("categories")).params(p).query((rs, n) -> categories.put(rs.getString("category"), rs.getLong("n"))).list();
        Dimension[] dimensions = jdbc.sql(sql.get("ratings")).params(p)
                .query((rs, n) -> new Dimension[]{
                        new Dimension(rs.getLong("rated"), rs.getLong("a_s"), rs.getLong("a_b"), rs.getLong("a_d")),
                        new Dimension(rs.getLong("rated"), rs.getLong("r_s"), rs.getLong("r_b"), rs.getLong("r_d"))})
                .single();
        long unrated = jdbc.sql(sql.get("unrated")).params(p).query(Long.class).single();
        List<UnitRow> units = jdbc.sql(sql.get("units")).params(p)
                .query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("name"), rs.getLong("assigned"),
                        rs.getLong("acknowledged"), rs.getLong("replied"), rs.getLong("on_time"), rs.getLong("overdue"),
                        rs.getLong("rated"), rs.getLong("satisfied")))
                .list();
        return new Summary(counts[0], counts[1], counts[2], categories, dimensions[0], dimensions[1], unrated, units, counts[3]);
    }

    /** The named parameters of {@link #statements}: the committee, the subject type, today and the selection's own. */
    public Map<String, Object> params(long committeeId, SubjectType subjectType, Selection selection, LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>(selection.params());
        p.put("committee", committeeId);
        p.put("type", subjectType.name());
        p.put("today", today);
        return p;
    }

    /** The statements of a summary, by name, with named parameters (exposed for the plan test). */
    public Map<String, String> statements(Selection selection) {
        String cases = """
                with cases as (
                  select c.id, c.round, c.status, c.first_replied_at, c.replied_on_time from handling_case c
                   where c.committee_id = :committee and c.subject_type = :type and c.subject_id in (%s))
                """.formatted(selection.ids());
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("counts", cases + """
                select count(*) as cases, count(c.first_replied_at) as replied,
                       count(*) filter (where c.replied_on_time) as on_time,
                       count(*) filter (where c.status = 'HANDLING' and exists (select 1 from handling_assignment a
                        where a.case_id = c.id and a.committee_id = :committee and a.status in ('ASSIGNED', 'ACKNOWLEDGED')
                          and a.role <> 'CO' and a.due_date < :today)) as overdue
                  from cases c""");
        sql.put("categories", cases + """
                select r.category, count(*) as n from cases c join handling_reply r on r.case_id = c.id and r.round = c.round
                 where r.status = 'SUBMITTED' group by r.category order by r.category""");
        sql.put("ratings", cases + """
                select count(*) as rated,
                       count(*) filter (where r.attitude = 'SATISFIED') as a_s,
                       count(*) filter (where r.attitude = 'BASICALLY_SATISFIED') as a_b,
                       count(*) filter (where r.attitude = 'DISSATISFIED') as a_d,
                       count(*) filter (where r.result = 'SATISFIED') as r_s,
                       count(*) filter (where r.result = 'BASICALLY_SATISFIED') as r_b,
                       count(*) filter (where r.result = 'DISSATISFIED') as r_d
                  from cases c join handling_rating r on r.case_id = c.id and r.round = c.round""");
        sql.put("unrated", cases + """
                select count(*) from cases c join handling_rater h on h.case_id = c.id
                 where c.first_replied_at is not null
                   and not exists (select 1 from handling_rating r where r.case_id = c.id and r.round = c.round and r.member_id = h.member_id)""");
        // Per unit: the first reply of each assignment and the ratings of each case are looked up by index from the
        // assignment (a join of pre-aggregated sets becomes a nested loop with a join filter under a generic plan, quadratic
        // in the committee's cases); the unit's name once per unit, by its key ("offset 0" keeps such a lookup a lookup,
        // never a hash join over every committee's rows).
        sql.put("units", cases + """
                , per_unit as (
                  select a.unit_id, count(*) as assigned, count(a.acknowledged_at) as acknowledged,
                         count(*) filter (where a.role <> 'CO' and f.first_reply is not null) as replied,
                         count(*) filter (where a.role <> 'CO' and (f.first_reply at time zone 'Asia/Shanghai')::date <= a.due_date) as on_time,
                         count(*) filter (where a.role <> 'CO' and ((f.first_reply is null and a.due_date < :today)
                                          or (f.first_reply at time zone 'Asia/Shanghai')::date > a.due_date)) as overdue,
                         coalesce(sum(rt.rated) filter (where a.role <> 'CO'), 0) as rated,
                         coalesce(sum(rt.satisfied) filter (where a.role <> 'CO'), 0) as satisfied
                    from cases c
                    join handling_assignment a on a.case_id = c.id and a.committee_id = :committee and a.status <> 'WITHDRAWN'
                    left join lateral (select min(r.submitted_at) as first_reply from handling_reply r
                                        where r.assignment_id = a.id and r.case_id = c.id) f on true
                    left join lateral (select count(*) as rated,
                                              count(*) filter (where r.result in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
                                         from handling_rating r where r.case_id = c.id and r.round = c.round and a.role <> 'CO') rt on true
                   group by a.unit_id)
                select u.id, u.name, x.assigned, x.acknowledged, x.replied, x.on_time, x.overdue, x.rated, x.satisfied
                  from per_unit x
                  join lateral (select u.id, u.name from handling_unit u where u.id = x.unit_id and u.committee_id = :committee offset 0) u on true
                 order by x.assigned desc, u.name""");
        return sql;
    }
}

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

/** The SQL of the handling figures over the cases of a selection of subjects. */
@Component
public class CaseFigures {

    /** The cases of the selection, resolved once per summary (the selection is the subject module's query). */
    private static final String IN = " c.committee_id = :committee and c.id = any(:cases)";

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the cases of the selected subjects, overdue as of today. */
    public Summary summarize(long committeeId, SubjectType subjectType, Selection period, LocalDate today) {
        Long[] cases = cases(committeeId, subjectType, period);
        var counts = spec("select count(*) as cases, count(c.first_replied_at) as replied,"
                + " count(*) filter (where c.replied_on_time) as on_time,"
                + " count(*) filter (where c.status = 'HANDLING' and exists (select 1 from handling_assignment a where a.case_id = c.id"
                + " and a.status in ('ASSIGNED', 'ACKNOWLEDGED') and a.role <> 'CO' and a.due_date < :today)) as overdue"
                + " from handling_case c where" + IN, committeeId, cases)
                .param("today", today)
                .query((rs, n) -> new long[]{rs.getLong("cases"), rs.getLong("replied"), rs.getLong("on_time"), rs.getLong("overdue")})
                .single();
        Map<String, Long> categories = new LinkedHashMap<>();
        spec("""
                select r.category, count(*) as n from handling_reply r join handling_case c on c.id = r.case_id
                 where%s
                   and r.round = c.round and r.status = 'SUBMITTED' group by r.category order by r.category""".formatted(IN),
                committeeId, cases)
                .query((rs, n) -> categories.put(rs.getString("category"), rs.getLong("n"))).list();
        Dimension attitude = dimension("attitude", committeeId, cases);
        Dimension result = dimension("result", committeeId, cases);
        long unrated = spec("""
                select count(*) from handling_rater h join handling_case c on c.id = h.case_id
                 where%s
                   and c.first_replied_at is not null
                   and not exists (select 1 from handling_rating r where r.case_id = c.id and r.round = c.round and r.member_id = h.member_id)""".formatted(IN),
                committeeId, cases).query(Long.class).single();
        return new Summary(counts[0], counts[1], counts[2], categories, attitude, result, unrated,
                units(committeeId, cases, today), counts[3]);
    }

    private Dimension dimension(String column, long committeeId, Long[] cases) {
        return spec("select count(*) as rated,"
                        + " count(*) filter (where r." + column + " = 'SATISFIED') as s,"
                        + " count(*) filter (where r." + column + " = 'BASICALLY_SATISFIED') as b,"
                        + " count(*) filter (where r." + column + " = 'DISSATISFIED') as d"
                        + " from handling_rating r join handling_case c on c.id = r.case_id"
                        + " where" + IN + " and r.round = c.round",
                committeeId, cases)
                .query((rs, n) -> new Dimension(rs.getLong("rated"), rs.getLong("s"), rs.getLong("b"), rs.getLong("d"))).single();
    }

    private List<UnitRow> units(long committeeId, Long[] cases, LocalDate today) {
        return spec("""
                with cases as (
                  select c.id, c.round from handling_case c
                   where%s),
                assignments as (
                  select a.id, a.case_id, a.unit_id, a.role, a.acknowledged_at, a.due_date
                    from handling_assignment a join cases c on c.id = a.case_id where a.status <> 'WITHDRAWN'),
                first_replies as (
                  select r.assignment_id, min(r.submitted_at) as first_reply
                    from handling_reply r join assignments a on a.id = r.assignment_id group by r.assignment_id),
                ratings as (
                  select r.case_id, count(*) as rated,
                         count(*) filter (where r.result in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
                    from handling_rating r join cases c on c.id = r.case_id and r.round = c.round group by r.case_id)
                select u.id, u.name, count(*) as assigned, count(a.acknowledged_at) as acknowledged,
                       count(*) filter (where a.role <> 'CO' and f.first_reply is not null) as replied,
                       count(*) filter (where a.role <> 'CO' and (f.first_reply at time zone 'Asia/Shanghai')::date <= a.due_date) as on_time,
                       count(*) filter (where a.role <> 'CO' and ((f.first_reply is null and a.due_date < :today)
                                        or (f.first_reply at time zone 'Asia/Shanghai')::date > a.due_date)) as overdue,
                       coalesce(sum(rt.rated) filter (where a.role <> 'CO'), 0) as rated,
                       coalesce(sum(rt.satisfied) filter (where a.role <> 'CO'), 0) as satisfied
                  from assignments a
                  join handling_unit u on u.id = a.unit_id
                  left join first_replies f on f.assignment_id = a.id
                  left join ratings rt on rt.case_id = a.case_id
                 group by u.id, u.name order by assigned desc, u.name""".formatted(IN), committeeId, cases)
                .param("today", today)
                .query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("name"), rs.getLong("assigned"),
                        rs.getLong("acknowledged"), rs.getLong("replied"), rs.getLong("on_time"), rs.getLong("overdue"),
                        rs.getLong("rated"), rs.getLong("satisfied")))
                .list();
    }

    private Long[] cases(long committeeId, SubjectType subjectType, Selection selection) {
        var spec = jdbc.sql("select c.id from handling_case c where c.committee_id = :committee and c.subject_type = :type"
                + " and c.subject_id in (" + selection.ids() + ")");
        selection.params().forEach(spec::param);
        return spec.param("committee", committeeId).param("type", subjectType.name()).query(Long.class).list()
                .toArray(Long[]::new);
    }

    private JdbcClient.StatementSpec spec(String sql, long committeeId, Long[] cases) {
        return jdbc.sql(sql).param("committee", committeeId).param("cases", cases);
    }
}

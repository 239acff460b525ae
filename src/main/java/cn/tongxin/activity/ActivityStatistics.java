package cn.tongxin.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.outcome.Outcomes;

/**
 * Activity figures for a year or a range: by type, person-times (人次: 出席 + 列席), attendance (出席 ÷ 应出席 of ended
 * activities), leave and absences, per member, outputs by kind and their outcomes, plan completion, supervision,
 * appraisals and studios.
 */
@Service
@Transactional(readOnly = true)
public class ActivityStatistics {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Appraisals appraisals;
    private final Clock clock;

    ActivityStatistics(JdbcClient jdbc, CurrentUsers currentUsers, Outcomes outcomes, Appraisals appraisals, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    public record TypeRow(String type, String category, long activities, long personTimes) {
    }

    public record MemberRow(String name, long invited, long present, long excused, long absent) {
        public String rate() {
            return invited == 0 ? "—" : String.format("%.1f%%", present * 100.0 / invited);
        }
    }

    public record Report(LocalDate from, LocalDate to, long activities, long personTimes, long invited, long present, long excused,
                         long absent, List<TypeRow> byType, List<MemberRow> members, Map<String, Long> outputsByKind,
                         Map<String, Long> adoptedByLevel, Map<String, Long> instructedByLevel, Map<String, Long> plan,
                         long supervisionGroups, long supervisionOpinions, List<Appraisals.Summary> appraisals,
                         Map<String, Long> studios) {
        public String attendanceRate() {
            return invited == 0 ? "—" : present + " ÷ " + invited + " = " + String.format("%.1f%%", present * 100.0 / invited);
        }
    }

    public Report report(Integer year, LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var range = cn.tongxin.shared.DateRange.resolve(year, from, to, LocalDate.now(clock));
        LocalDate start = range.from();
        LocalDate end = range.to();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("committee", user.committeeId());
        p.put("from", range.startsAt(clock.getZone()));
        p.put("to", range.endsBefore(clock.getZone()));
        p.put("fromDate", start);
        p.put("toDate", end);
        String inPeriod = " a.committee_id = :committee and a.starts_at >= :from and a.starts_at < :to and a.status <> 'CANCELLED'";
        List<TypeRow> byType = jdbc.sql("""
                select a.type, count(*) as n, coalesce(sum((select count(*) from activity_attendance t where t.activity_id = a.id)), 0) as person_times
                  from activity a where""" + inPeriod + " group by a.type order by count(*) desc").params(p)
                .query((rs, n) -> {
                    ActivityType t = ActivityType.valueOf(rs.getString("type"));
                    return new TypeRow(t.label(), t.category().label(), rs.getLong("n"), rs.getLong("person_times"));
                }).list();
        String participation = """
                with ended as (select a.id from activity a where""" + inPeriod + """
                 and a.ends_at < now()),
                rows as (
                  select i.member_id, (t.member_id is not null) as present, (t.member_id is null and i.response = 'LEAVE_APPROVED') as excused,
                         (t.member_id is null and i.response is distinct from 'LEAVE_APPROVED') as absent
                    from activity_invitee i join ended e on e.id = i.activity_id
                    left join activity_attendance t on t.activity_id = i.activity_id and t.member_id = i.member_id)
                """;
        var totals = jdbc.sql(participation + """
                select count(*) as invited, count(*) filter (where present) as present, count(*) filter (where excused) as excused,
                       count(*) filter (where absent) as absent from rows""").params(p).query().singleRow();
        List<MemberRow> members = jdbc.sql(participation + """
                select m.name, count(*) as invited, count(*) filter (where present) as present, count(*) filter (where excused) as excused,
                       count(*) filter (where absent) as absent
                  from rows r join member m on m.id = r.member_id group by m.id, m.name order by count(*) filter (where absent) desc, m.id limit 200""")
                .params(p).query((rs, n) -> new MemberRow(rs.getString("name"), rs.getLong("invited"), rs.getLong("present"),
                        rs.getLong("excused"), rs.getLong("absent"))).list();
        Map<String, Long> outputs = new LinkedHashMap<>();
        jdbc.sql("select o.kind, count(*) as n from activity_output o join activity a on a.id = o.activity_id where" + inPeriod
                        + " group by o.kind order by o.kind").params(p)
                .query((rs, n) -> outputs.put(OutputKind.valueOf(rs.getString("kind")).label(), rs.getLong("n"))).list();
        var counts = outcomes.countInPeriod(user.committeeId(), ActivityOutputs.SUBJECT, start, end);
        Map<String, Long> adopted = counts.adoptedByLabel();
        Map<String, Long> instructed = counts.instructedByLabel();
        Map<String, Long> plan = new LinkedHashMap<>();
        for (PlanItemWorkflow.Status s : PlanItemWorkflow.Status.values()) {
            plan.put(s.label(), 0L);
        }
        jdbc.sql("select status, count(*) as n from consultation_plan_item where committee_id = ? and year between ? and ? group by status")
                .params(user.committeeId(), start.getYear(), end.getYear())
                .query((rs, n) -> plan.put(PlanItemWorkflow.Status.valueOf(rs.getString("status")).label(), rs.getLong("n"))).list();
        long groups = jdbc.sql("select count(*) from supervision_group where committee_id = :committee and starts_on <= :toDate and ends_on >= :fromDate")
                .params(p).query(Long.class).single();
        long opinions = jdbc.sql("select count(*) from activity_output o join activity a on a.id = o.activity_id where" + inPeriod
                + " and o.kind = 'SUPERVISION_OPINION'").params(p).query(Long.class).single();
        Map<String, Long> studios = new LinkedHashMap<>();
        jdbc.sql("select a.organiser_name, count(*) as n from activity a where" + inPeriod
                        + " and a.organiser_kind = 'STUDIO' group by a.organiser_name order by count(*) desc limit 300").params(p)
                .query((rs, n) -> studios.put(rs.getString("organiser_name"), rs.getLong("n"))).list();
        List<Appraisals.Summary> inPeriodAppraisals = new ArrayList<>(appraisals.list().stream()
                .filter(a -> !a.opensAt().isBefore(start.atStartOfDay(clock.getZone()).toInstant())
                        && a.opensAt().isBefore(end.plusDays(1).atStartOfDay(clock.getZone()).toInstant())).toList());
        long activities = byType.stream().mapToLong(TypeRow::activities).sum();
        long personTimes = byType.stream().mapToLong(TypeRow::personTimes).sum();
        return new Report(start, end, activities, personTimes, n(totals, "invited"), n(totals, "present"), n(totals, "excused"),
                n(totals, "absent"), byType, members, outputs, adopted, instructed, plan, groups, opinions, inPeriodAppraisals, studios);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}

package cn.tongxin.activity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.activity.ActivityStatistics.MemberRow;
import cn.tongxin.activity.ActivityStatistics.TypeRow;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.InviteeResponse;
import cn.tongxin.activity.OrganiserKind;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.PlanItemWorkflow;

/** The SQL behind the activity statistics: activities held in a period (by their start), cancelled ones left out. */
@Repository
public class ActivityFigures {

    /** A committee's period: instants for activities, dates for groups. */
    public record Period(long committeeId, Instant from, Instant to, LocalDate fromDate, LocalDate toDate) {

        /** The named parameters of {@link ActivityFigures#statements()}. */
        public Map<String, Object> params() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("committee", committeeId);
            p.put("from", Timestamp.from(from));
            p.put("to", Timestamp.from(to));
            p.put("fromDate", fromDate);
            p.put("toDate", toDate);
            p.put("fromYear", fromDate.getYear());
            p.put("toYear", toDate.getYear());
            p.put("approved", InviteeResponse.LEAVE_APPROVED.name());
            p.put("opinion", OutputKind.SUPERVISION_OPINION.name());
            p.put("studio", OrganiserKind.STUDIO.name());
            return p;
        }
    }

    /** Attendance of invitees of activities that have ended: present, excused (approved leave) or absent. */
    public record Attendance(long invited, long present, long excused, long absent) {
    }

    private static final String IN_PERIOD = " a.committee_id = :committee and a.starts_at >= :from and a.starts_at < :to and a.status <> 'CANCELLED'";
    /**
     * The invitees of the period's ended activities and whether each was present: looked up per activity by its key
     * ("offset 0" keeps it a lookup, never a scan of every committee's invitations).
     */
    private static final String PARTICIPATION = """
            with ended as (select a.id from activity a where""" + IN_PERIOD + """
             and a.ends_at < now()),
            rows as (
              select i.member_id, i.present, (not i.present and i.response = :approved) as excused,
                     (not i.present and i.response is distinct from :approved) as absent
                from ended e
                cross join lateral (select i.member_id, i.response, (t.member_id is not null) as present
                                      from activity_invitee i
                                      left join activity_attendance t on t.activity_id = e.id and t.member_id = i.member_id
                                     where i.activity_id = e.id offset 0) i)
            """;

    private static final String BY_TYPE = """
            select a.type, count(*) as n, coalesce(sum((select count(*) from activity_attendance t where t.activity_id = a.id)), 0) as person_times
              from activity a where""" + IN_PERIOD + " group by a.type order by count(*) desc";
    private static final String ATTENDANCE = PARTICIPATION + """
            select count(*) as invited, count(*) filter (where present) as present, count(*) filter (where excused) as excused,
                   count(*) filter (where absent) as absent from rows""";
    private static final String MEMBERS = PARTICIPATION + """
            , per_member as (
              select r.member_id, count(*) as invited, count(*) filter (where present) as present,
                     count(*) filter (where excused) as excused, count(*) filter (where absent) as absent
                from rows r group by r.member_id)
            select m.name, x.invited, x.present, x.excused, x.absent
              from per_member x
              join lateral (select m.name from member m where m.id = x.member_id and m.committee_id = :committee offset 0) m on true
             order by x.absent desc, x.member_id limit 200""";
    private static final String OUTPUTS = "select o.kind, count(*) as n from activity_output o join activity a on a.id = o.activity_id"
            + " and o.committee_id = :committee where" + IN_PERIOD + " group by o.kind order by o.kind";
    private static final String PLAN = "select status, count(*) as n from consultation_plan_item where committee_id = :committee"
            + " and year between :fromYear and :toYear group by status";
    private static final String GROUPS = "select count(*) from supervision_group where committee_id = :committee"
            + " and starts_on <= :toDate and ends_on >= :fromDate";
    private static final String OPINIONS = "select count(*) from activity_output o join activity a on a.id = o.activity_id"
            + " and o.committee_id = :committee where" + IN_PERIOD + " and o.kind = :opinion";
    private static final String STUDIOS = "select a.organiser_name, count(*) as n from activity a where" + IN_PERIOD
            + " and a.organiser_kind = :studio group by a.organiser_name order by count(*) desc limit 300";

    /** The statements of the report, by name, with the named parameters of {@link Period#params()} (exposed for the plan test). */
    public Map<String, String> statements() {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("byType", BY_TYPE);
        sql.put("attendance", ATTENDANCE);
        sql.put("members", MEMBERS);
        sql.put("outputsByKind", OUTPUTS);
        sql.put("plan", PLAN);
        sql.put("supervisionGroups", GROUPS);
        sql.put("supervisionOpinions", OPINIONS);
        sql.put("studios", STUDIOS);
        return sql;
    }

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TypeRow> byType(Period period) {
        return jdbc.sql(BY_TYPE).params(period.params())
                .query((rs, n) -> {
                    ActivityType t = ActivityType.valueOf(rs.getString("type"));
                    return new TypeRow(t.label(), t.category().label(), rs.getLong("n"), rs.getLong("person_times"));
                }).list();
    }

    public Attendance attendance(Period period) {
        return jdbc.sql(ATTENDANCE).params(period.params())
                .query((rs, n) -> new Attendance(rs.getLong("invited"), rs.getLong("present"), rs.getLong("excused"), rs.getLong("absent")))
                .single();
    }

    public List<MemberRow> members(Period period) {
        return jdbc.sql(MEMBERS).params(period.params()).query((rs, n) -> new MemberRow(rs.getString("name"), rs.getLong("invited"), rs.getLong("present"),
                        rs.getLong("excused"), rs.getLong("absent"))).list();
    }

    public Map<String, Long> outputsByKind(Period period) {
        Map<String, Long> outputs = new LinkedHashMap<>();
        jdbc.sql(OUTPUTS).params(period.params())
                .query((rs, n) -> outputs.put(OutputKind.valueOf(rs.getString("kind")).label(), rs.getLong("n"))).list();
        return outputs;
    }

    /** Plan topics of the period's years by status, every status shown. */
    public Map<String, Long> plan(Period period) {
        Map<String, Long> plan = new LinkedHashMap<>();
        for (PlanItemWorkflow.Status s : PlanItemWorkflow.Status.values()) {
            plan.put(s.label(), 0L);
        }
        jdbc.sql(PLAN).params(period.params())
                .query((rs, n) -> plan.put(PlanItemWorkflow.Status.valueOf(rs.getString("status")).label(), rs.getLong("n"))).list();
        return plan;
    }

    public long supervisionGroups(Period period) {
        return jdbc.sql(GROUPS).params(period.params()).query(Long.class).single();
    }

    public long supervisionOpinions(Period period) {
        return jdbc.sql(OPINIONS).params(period.params()).query(Long.class).single();
    }

    public Map<String, Long> studios(Period period) {
        Map<String, Long> studios = new LinkedHashMap<>();
        jdbc.sql(STUDIOS).params(period.params())
                .query((rs, n) -> studios.put(rs.getString("organiser_name"), rs.getLong("n"))).list();
        return studios;
    }
}

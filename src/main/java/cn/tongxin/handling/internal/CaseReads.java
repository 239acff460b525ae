package cn.tongxin.handling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.CaseView.AssignmentView;
import cn.tongxin.handling.HandlingQueries.HandlingFilter;
import cn.tongxin.handling.HandlingQueries.UnitTask;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.shared.SubjectType;

/** The SQL of the handling reads: a case with its children, a unit's work list, subject filters, due reminders. */
@Component
public class CaseReads {

    private final JdbcClient jdbc;
    private final CaseStore store;

    CaseReads(JdbcClient jdbc, CaseStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The case with its assignments, requests, contacts, opinions, urges, replies, ratings and raters. */
    public CaseView view(CaseRow c) {
        List<AssignmentRow> rows = store.assignments(c.id());
        Map<Long, List<CaseView.RequestView>> requests = new HashMap<>();
        jdbc.sql("""
                select q.* from handling_request q join handling_assignment a on a.id = q.assignment_id
                 where a.case_id = ? order by q.id""").param(c.id())
                .query((rs, n) -> requests.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                        .add(new CaseView.RequestView(rs.getLong("id"), rs.getString("kind"), rs.getString("reason"),
                                rs.getObject("requested_due", LocalDate.class), rs.getString("status"),
                                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                                rs.getString("decided_by"), rs.getString("decision_note")))).list();
        Map<Long, List<CaseView.ContactView>> contacts = new HashMap<>();
        jdbc.sql("""
                select t.* from handling_contact t join handling_assignment a on a.id = t.assignment_id
                 where a.case_id = ? order by t.id""").param(c.id())
                .query((rs, n) -> contacts.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                        .add(new CaseView.ContactView(rs.getString("method"), rs.getObject("contacted_on", LocalDate.class),
                                rs.getString("contact_with"), rs.getString("note")))).list();
        Map<Long, List<CaseView.OpinionView>> opinions = new HashMap<>();
        jdbc.sql("""
                select o.* from handling_opinion o join handling_assignment a on a.id = o.assignment_id
                 where a.case_id = ? order by o.id""").param(c.id())
                .query((rs, n) -> opinions.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                        .add(new CaseView.OpinionView(rs.getString("text"), rs.getString("submitted_by"),
                                rs.getTimestamp("submitted_at").toInstant()))).list();
        Map<Long, List<CaseView.UrgeView>> urges = new HashMap<>();
        jdbc.sql("""
                select u.* from handling_urge u join handling_assignment a on a.id = u.assignment_id
                 where a.case_id = ? order by u.id""").param(c.id())
                .query((rs, n) -> urges.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>())
                        .add(new CaseView.UrgeView(rs.getString("note"), rs.getString("urged_by"),
                                rs.getTimestamp("urged_at").toInstant()))).list();
        var times = new HashMap<Long, java.time.Instant[]>();
        jdbc.sql("select id, assigned_at, acknowledged_at, replied_at from handling_assignment where case_id = ?").param(c.id())
                .query((rs, n) -> times.put(rs.getLong("id"), new java.time.Instant[]{
                        CaseStore.instant(rs.getTimestamp("assigned_at")), CaseStore.instant(rs.getTimestamp("acknowledged_at")),
                        CaseStore.instant(rs.getTimestamp("replied_at"))})).list();
        List<AssignmentView> assignments = rows.stream().map(a -> new AssignmentView(a.id(), a.unitId(), a.unitName(), a.role(),
                a.status(), times.get(a.id())[0], times.get(a.id())[1], a.dueDate(), times.get(a.id())[2],
                requests.getOrDefault(a.id(), List.of()), contacts.getOrDefault(a.id(), List.of()),
                opinions.getOrDefault(a.id(), List.of()), urges.getOrDefault(a.id(), List.of()))).toList();
        Map<Long, String> unitNames = new HashMap<>();
        rows.forEach(a -> unitNames.put(a.id(), a.unitName()));
        List<CaseView.ReplyView> replies = jdbc.sql("select * from handling_reply where case_id = ? order by id").param(c.id())
                .query((rs, n) -> new CaseView.ReplyView(rs.getLong("id"), rs.getLong("assignment_id"),
                        unitNames.get(rs.getLong("assignment_id")), rs.getInt("round"), rs.getString("text"),
                        rs.getString("category"), rs.getString("signer"), rs.getString("contact_person"),
                        rs.getString("contact_phone"), (Long) rs.getObject("attachment_id"), rs.getString("status"),
                        rs.getString("return_reason"), rs.getTimestamp("submitted_at").toInstant())).list();
        List<CaseView.RatingView> ratings = jdbc.sql("select * from handling_rating where case_id = ? order by id").param(c.id())
                .query((rs, n) -> new CaseView.RatingView(rs.getLong("member_id"), null, rs.getInt("round"),
                        Satisfaction.valueOf(rs.getString("attitude")), Satisfaction.valueOf(rs.getString("result")),
                        rs.getString("comment"), rs.getBoolean("on_paper"), rs.getString("entered_by"),
                        rs.getTimestamp("rated_at").toInstant())).list();
        var raters = new HashSet<>(jdbc.sql("select member_id from handling_rater where case_id = ?").param(c.id())
                .query(Long.class).list());
        var closedAt = jdbc.sql("select closed_at from handling_case where id = ?").param(c.id())
                .query((rs, n) -> java.util.Optional.ofNullable(CaseStore.instant(rs.getTimestamp(1)))).single().orElse(null);
        return new CaseView(c.id(), c.subjectType(), c.subjectId(), c.mode(), c.status(), c.round(), c.assignedAt(),
                c.dueDate(), c.maxDueDate(), c.coOpinionDue(), c.objectionUntil(), c.repliedAt(), c.ratingDue(), closedAt,
                raters, assignments, replies, ratings, c.version());
    }

    /** Whether a unit holds an active assignment of this subject: a unit sees only what is assigned to it. */
    public boolean assignedToUnit(long committeeId, SubjectType subjectType, long subjectId, long unitId) {
        return jdbc.sql("""
                select count(*) from handling_assignment a join handling_case c on c.id = a.case_id
                 where c.committee_id = ? and c.subject_type = ? and c.subject_id = ? and a.unit_id = ? and a.status <> 'WITHDRAWN'""")
                .params(committeeId, subjectType.name(), subjectId, unitId).query(Long.class).single() > 0;
    }

    /** Subjects with an active assignment to the unit. */
    public List<Long> subjectsOfUnit(long committeeId, SubjectType subjectType, long unitId) {
        return jdbc.sql("""
                select distinct c.subject_id from handling_assignment a join handling_case c on c.id = a.case_id
                 where c.committee_id = ? and c.subject_type = ? and a.unit_id = ? and a.status <> 'WITHDRAWN'""")
                .params(committeeId, subjectType.name(), unitId).query(Long.class).list();
    }

    /** The units with an active assignment of any of the subjects, with how many of them each handles, by name. */
    public List<cn.tongxin.handling.HandlingQueries.UnitLoad> unitsHandling(long committeeId, SubjectType subjectType,
                                                                          java.util.Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.name, count(distinct c.subject_id) as n from handling_assignment a
                  join handling_case c on c.id = a.case_id join handling_unit u on u.id = a.unit_id
                 where c.committee_id = ? and c.subject_type = ? and c.subject_id = any(?) and a.status <> 'WITHDRAWN'
                 group by u.id, u.name order by u.name""")
                .params(committeeId, subjectType.name(), subjectIds.toArray(Long[]::new))
                .query((rs, n) -> new cn.tongxin.handling.HandlingQueries.UnitLoad(rs.getLong("id"), rs.getString("name"), rs.getLong("n")))
                .list();
    }

    private static final String PENDING_REQUEST = "exists (select 1 from handling_assignment a join handling_request q"
            + " on q.assignment_id = a.id where a.case_id = c.id and q.kind = '%s' and q.status = 'PENDING')";

    /** Subjects whose case is in the given handling state, for list filters and statistics drill-downs. */
    public List<Long> subjectsIn(long committeeId, SubjectType subjectType, HandlingFilter filter, LocalDate today,
                                 LocalDate soon) {
        String condition = switch (filter) {
            case REPLIED -> "c.first_replied_at is not null";
            case NOT_REPLIED -> "c.first_replied_at is null";
            case REPLIED_ON_TIME -> "c.replied_on_time";
            case OVERDUE -> "c.status = 'HANDLING' and exists (select 1 from handling_assignment a where a.case_id = c.id"
                    + " and a.status in ('ASSIGNED', 'ACKNOWLEDGED') and a.role <> 'CO' and a.due_date < :today)";
            case DUE_SOON -> "c.status = 'HANDLING' and exists (select 1 from handling_assignment a where a.case_id = c.id"
                    + " and a.status in ('ASSIGNED', 'ACKNOWLEDGED') and a.role <> 'CO' and a.due_date between :today and :soon)";
            case CLOSED -> "c.status = 'CLOSED'";
            case DISSATISFIED -> "exists (select 1 from handling_rating r where r.case_id = c.id and r.round = c.round and r.result = 'DISSATISFIED')";
            case REASSIGNMENT_REQUESTED -> PENDING_REQUEST.formatted("REASSIGNMENT");
            case EXTENSION_REQUESTED -> PENDING_REQUEST.formatted("EXTENSION");
        };
        return jdbc.sql("select c.subject_id from handling_case c where c.committee_id = :committee and c.subject_type = :type and "
                        + condition)
                .param("committee", committeeId).param("type", subjectType.name()).param("today", today)
                .param("soon", soon).query(Long.class).list();
    }

    private static final String UNIT_TASKS = " " + """
             where a.committee_id = :committee and a.unit_id = :unit and a.status <> 'WITHDRAWN'
               and (cast(:status as text) is null or a.status = :status)""";

    public long countUnitTasks(long committeeId, Long unitId, String status) {
        return jdbc.sql("select count(*) from handling_assignment a" + UNIT_TASKS)
                .param("committee", committeeId).param("unit", unitId).param("status", status)
                .query(Long.class).single();
    }

    /** A unit's assignments, newest first; overdue and due soon (7 days) as of today. */
    public List<UnitTask> unitTasks(long committeeId, Long unitId, String status, int limit, int offset, LocalDate today) {
        return jdbc.sql("""
                select a.id, a.role, a.status, a.due_date, c.subject_type, c.subject_id, c.subject_title, c.subject_link,
                       c.status as case_status, c.round
                  from handling_assignment a join handling_case c on c.id = a.case_id""" + UNIT_TASKS
                        + " order by a.id desc limit :limit offset :offset")
                .param("committee", committeeId).param("unit", unitId).param("status", status)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> task(rs, today)).list();
    }

    private static UnitTask task(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
        boolean open = status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.ACKNOWLEDGED;
        return new UnitTask(rs.getLong("id"), SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                rs.getString("subject_title"), rs.getString("subject_link"), UnitRole.valueOf(rs.getString("role")), status,
                due, CaseStatus.valueOf(rs.getString("case_status")), rs.getInt("round"),
                open && due.isBefore(today), open && !due.isBefore(today) && !due.isAfter(today.plusDays(7)));
    }

    /** Committees with a case not yet closed. */
    public List<Long> committeesWithOpenCases() {
        return jdbc.sql("select distinct committee_id from handling_case where status <> 'CLOSED'").query(Long.class).list();
    }

    /** Open assignments of cases being handled that are not acknowledged yet or due by {@code soon}. */
    public List<Map<String, Object>> assignmentsToRemind(long committeeId, LocalDate soon) {
        return jdbc.sql("""
                select a.id, a.unit_id, a.role, a.status, a.due_date, c.round, c.objection_until, c.subject_title, c.subject_link
                  from handling_assignment a join handling_case c on c.id = a.case_id
                 where c.committee_id = ? and c.status = 'HANDLING' and a.status in ('ASSIGNED', 'ACKNOWLEDGED')
                   and (a.status = 'ASSIGNED' or a.due_date <= ?)""")
                .params(committeeId, soon).query().listOfRows();
    }

    /** Raters who have not rated a replied case whose rating is due between today and {@code soon}. */
    public List<Map<String, Object>> ratingsToRemind(long committeeId, LocalDate today, LocalDate soon) {
        return jdbc.sql("""
                select c.id, c.round, c.rating_due, c.subject_title, c.subject_link, h.member_id
                  from handling_case c join handling_rater h on h.case_id = c.id
                 where c.committee_id = ? and c.status = 'REPLIED' and c.rating_due between ? and ?
                   and not exists (select 1 from handling_rating r where r.case_id = c.id and r.round = c.round and r.member_id = h.member_id)""")
                .params(committeeId, today, soon).query().listOfRows();
    }
}

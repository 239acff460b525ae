package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/** Activity lists and pages: staff and leaders all; members those they are invited to or attended; units those linked to them. */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    private final JdbcClient jdbc;
    private final Activities activities;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Clock clock;

    ActivityQueries(JdbcClient jdbc, Activities activities, CurrentUsers currentUsers, Outcomes outcomes, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public record Summary(long id, String title, ActivityType type, String organiserName, Instant startsAt, Instant endsAt,
                          String place, boolean online, long invited, long present) {
    }

    public PageResult<Summary> list(String keyword, ActivityType type, Integer year, Long organiserId, PageQuery page) {
        CurrentUser user = currentUsers.get();
        StringBuilder where = new StringBuilder(" where a.committee_id = :committee").append(visibility(user));
        Map<String, Object> p = params(user);
        if (Text.likePattern(keyword) != null) {
            where.append(" and a.title like :keyword");
            p.put("keyword", Text.likePattern(keyword));
        }
        if (type != null) {
            where.append(" and a.type = :type");
            p.put("type", type.name());
        }
        if (organiserId != null) {
            where.append(" and a.organiser_id = :organiser");
            p.put("organiser", organiserId);
        }
        if (year != null) {
            where.append(" and a.starts_at >= :from and a.starts_at < :to");
            p.put("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
            p.put("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
        }
        long total = jdbc.sql("select count(*) from activity a" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        var items = jdbc.sql("""
                select a.id, a.title, a.type, a.organiser_name, a.starts_at, a.ends_at, a.place, a.online,
                       (select count(*) from activity_invitee i where i.activity_id = a.id) as invited,
                       (select count(*) from activity_attendance t where t.activity_id = a.id) as present
                  from activity a""" + where + " order by a.starts_at desc, a.id desc limit :limit offset :offset")
                .params(p)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
                        rs.getString("organiser_name"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("place"), rs.getBoolean("online"), rs.getLong("invited"), rs.getLong("present")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public record Participant(long memberId, String name, String sector, boolean invited, InviteeResponse response,
                              String leaveReason, Attendance attendance, Instant checkedInAt) {
    }

    public record OutputView(long id, OutputKind kind, String title, String text, String authors, boolean needsResponse,
                             Instant recordedAt, Outcomes.Summary outcomes) {
    }

    public record ActivityPage(long id, String title, ActivityType type, String organiserName, Instant startsAt, Instant endsAt,
                               String place, boolean online, String topic, String leaders, boolean signupOpen,
                               boolean allowObservers, boolean ended, List<Participant> participants, List<OutputView> outputs,
                               List<String> links, int version, ActivityStatus status, List<ActivityAction> actions) {
        /** For templates: whether the current user is offered this step ({@link ActivityWorkflow}). */
        public boolean offers(String action) {
            return actions.contains(ActivityAction.valueOf(action));
        }

        public long invitedCount() {
            return participants.stream().filter(Participant::invited).count();
        }

        public long count(Attendance a) {
            return participants.stream().filter(p -> p.attendance() == a).count();
        }

        /** 出席率 = 出席 ÷ 应出席 (invited), shown with its numbers. */
        public String attendanceRate() {
            long invited = invitedCount();
            return invited == 0 ? "—" : count(Attendance.PRESENT) + " ÷ " + invited + " = "
                    + String.format("%.1f%%", count(Attendance.PRESENT) * 100.0 / invited);
        }

        public long present() {
            return count(Attendance.PRESENT);
        }

        public long excused() {
            return count(Attendance.EXCUSED);
        }

        public long absent() {
            return count(Attendance.ABSENT);
        }

        public long observers() {
            return count(Attendance.OBSERVER);
        }

        public Participant of(Long memberId) {
            return memberId == null ? null : participants.stream().filter(p -> p.memberId() == memberId).findFirst().orElse(null);
        }
    }

    public ActivityPage page(long id) {
        CurrentUser user = currentUsers.get();
        var p = params(user);
        p.put("id", id);
        var rows = jdbc.sql("select a.* from activity a where a.id = :id and a.committee_id = :committee" + visibility(user)).params(p)
                .query().listOfRows();
        if (rows.isEmpty()) {
            throw BusinessException.notFound("活动");
        }
        var a = rows.getFirst();
        Instant now = Instant.now(clock);
        Instant ends = ((Timestamp) a.get("ends_at")).toInstant();
        boolean ended = now.isAfter(ends);
        Activity activity = activities.findById(id).orElseThrow(() -> BusinessException.notFound("活动"));
        List<Participant> participants = jdbc.sql("""
                select m.id, m.name, s.name as sector, i.member_id is not null as invited, i.response, i.leave_reason, t.checked_in_at
                  from (select member_id from activity_invitee where activity_id = :id
                        union select member_id from activity_attendance where activity_id = :id) x
                  join member m on m.id = x.member_id
                  left join org_unit s on s.id = m.sector_id
                  left join activity_invitee i on i.activity_id = :id and i.member_id = x.member_id
                  left join activity_attendance t on t.activity_id = :id and t.member_id = x.member_id
                 order by m.id""").param("id", id)
                .query((rs, n) -> {
                    boolean invited = rs.getBoolean("invited");
                    String response = rs.getString("response");
                    Timestamp checkedIn = rs.getTimestamp("checked_in_at");
                    return new Participant(rs.getLong("id"), rs.getString("name"), rs.getString("sector"), invited,
                            response == null ? null : InviteeResponse.valueOf(response), rs.getString("leave_reason"),
                            Attendance.of(invited, checkedIn != null, "LEAVE_APPROVED".equals(response), ended),
                            checkedIn == null ? null : checkedIn.toInstant());
                }).list();
        List<OutputView> outputs = jdbc.sql("""
                select o.*, (select string_agg(m.name, '、' order by m.id) from activity_output_author x join member m on m.id = x.member_id
                              where x.output_id = o.id) as authors
                  from activity_output o where o.activity_id = ? order by o.id""").param(id)
                .query((rs, n) -> new OutputView(rs.getLong("id"), OutputKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("text"), rs.getString("authors"), rs.getBoolean("needs_response"),
                        rs.getTimestamp("recorded_at").toInstant(), outcomes.of(user.committeeId(), ActivityOutputs.SUBJECT, rs.getLong("id"))))
                .list();
        List<String> links = jdbc.sql("""
                select case when l.kind = 'PROPOSAL' then '提案：' || coalesce(p.number_text, '') || ' ' || coalesce(p.title, '')
                            else '承办单位：' || coalesce(u.name, '') end
                  from activity_link l left join proposal p on l.kind = 'PROPOSAL' and p.id = l.target_id
                  left join handling_unit u on l.kind = 'UNIT' and u.id = l.target_id where l.activity_id = ?""").param(id)
                .query(String.class).list();
        boolean invited = participants.stream().anyMatch(x -> user.memberId() != null && x.memberId() == user.memberId() && x.invited());
        ActivityStatus status = activity.status(now);
        return new ActivityPage(id, (String) a.get("title"), ActivityType.valueOf((String) a.get("type")), (String) a.get("organiser_name"),
                ((Timestamp) a.get("starts_at")).toInstant(), ends, (String) a.get("place"), (Boolean) a.get("online"),
                (String) a.get("topic"), (String) a.get("leaders"), "SIGNUP_OPEN".equals(a.get("status")), (Boolean) a.get("allow_observers"),
                ended, participants, outputs, links, ((Number) a.get("version")).intValue(), status,
                activity.offered(ActivityParties.of(user, invited), now));
    }

    private static String visibility(CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return "";
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            return " and (exists (select 1 from activity_invitee i where i.activity_id = a.id and i.member_id = :me)"
                    + " or exists (select 1 from activity_attendance t where t.activity_id = a.id and t.member_id = :me)"
                    + " or a.allow_observers)";
        }
        if (user.has(Role.UNIT) && user.unitId() != null) {
            return " and exists (select 1 from activity_link l where l.activity_id = a.id and l.kind = 'UNIT' and l.target_id = :unit)";
        }
        return " and false";
    }

    private static Map<String, Object> params(CurrentUser user) {
        Map<String, Object> p = new HashMap<>();
        p.put("committee", user.committeeId());
        p.put("me", user.memberId() == null ? -1 : user.memberId());
        p.put("unit", user.unitId() == null ? -1 : user.unitId());
        return p;
    }
}

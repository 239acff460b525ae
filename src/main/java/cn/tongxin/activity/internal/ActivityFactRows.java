package cn.tongxin.activity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.ActivityEvents;
import cn.tongxin.activity.ActivityStatus;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.Attendance;
import cn.tongxin.activity.InviteeResponse;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.shared.SubjectType;

/** A year's activity facts from the rows: one query for attendance, one for authors, one per kind of outcome. */
@Component
public class ActivityFactRows {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String HELD_ON = "(a.starts_at at time zone 'Asia/Shanghai')::date";

    private final JdbcClient jdbc;

    ActivityFactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Object> replay(long committeeId, int year, SubjectType outputSubject) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Object> params = Map.of("c", committeeId, "from", from, "to", to, "output", outputSubject.name(),
                "start", Timestamp.from(from.atStartOfDay(ZONE).toInstant()), "end", Timestamp.from(to.atStartOfDay(ZONE).toInstant()));
        List<Object> facts = new ArrayList<>();
        jdbc.sql("""
                select a.id, a.type, a.status, %s as held_on, p.member_id, t.kind, i.response
                  from activity a
                  join (select activity_id, member_id from activity_invitee union select activity_id, member_id from activity_attendance) p
                       on p.activity_id = a.id
                  left join activity_attendance t on t.activity_id = a.id and t.member_id = p.member_id
                  left join activity_invitee i on i.activity_id = a.id and i.member_id = p.member_id
                 where a.committee_id = :c and a.starts_at >= :start and a.starts_at < :end
                 order by a.id, p.member_id""".formatted(HELD_ON))
                .params(params).query((rs, n) -> attendance(committeeId, rs, facts)).list();
        jdbc.sql("""
                select o.id, o.activity_id, o.kind, a.type, %s as held_on, w.member_id
                  from activity a join activity_output o on o.activity_id = a.id join activity_output_author w on w.output_id = o.id
                 where a.committee_id = :c and a.starts_at >= :start and a.starts_at < :end
                 order by o.id, w.member_id""".formatted(HELD_ON))
                .params(params).query((rs, n) -> facts.add(authored(committeeId, rs))).list();
        jdbc.sql("""
                select o.id, o.activity_id, o.kind, x.level, x.mode, x.adopted_on,
                       array(select w.member_id from activity_output_author w where w.output_id = o.id order by w.member_id) as authors
                  from outcome_adoption x join activity_output o on o.id = x.subject_id and o.committee_id = x.committee_id
                 where x.committee_id = :c and x.subject_type = :output and x.adopted_on >= :from and x.adopted_on < :to
                 order by x.adopted_on, x.id""")
                .params(params).query((rs, n) -> facts.add(new ActivityEvents.OutputAdopted(committeeId, rs.getLong("activity_id"),
                        rs.getLong("id"), authors(rs), OutputKind.valueOf(rs.getString("kind")), AdoptionLevel.valueOf(rs.getString("level")),
                        "COMBINED".equals(rs.getString("mode")), rs.getObject("adopted_on", LocalDate.class)))).list();
        jdbc.sql("""
                select o.id, o.activity_id, o.kind, x.level, x.leader, x.instructed_on,
                       array(select w.member_id from activity_output_author w where w.output_id = o.id order by w.member_id) as authors
                  from outcome_instruction x join activity_output o on o.id = x.subject_id and o.committee_id = x.committee_id
                 where x.committee_id = :c and x.subject_type = :output and x.instructed_on >= :from and x.instructed_on < :to
                 order by x.instructed_on, x.id""")
                .params(params).query((rs, n) -> facts.add(new ActivityEvents.OutputInstructed(committeeId, rs.getLong("activity_id"),
                        rs.getLong("id"), authors(rs), OutputKind.valueOf(rs.getString("kind")),
                        InstructionLevel.valueOf(rs.getString("level")), rs.getString("leader"),
                        rs.getObject("instructed_on", LocalDate.class)))).list();
        return facts;
    }

    /** The member's standing attendance fact: checked in, else excused, else (archived, invited) absent; else none yet. */
    private static boolean attendance(long c, ResultSet rs, List<Object> facts) throws SQLException {
        long activity = rs.getLong("id");
        long member = rs.getLong("member_id");
        ActivityType type = ActivityType.valueOf(rs.getString("type"));
        LocalDate on = rs.getObject("held_on", LocalDate.class);
        String kind = rs.getString("kind");
        String response = rs.getString("response");
        if (Attendance.PRESENT.name().equals(kind)) {
            return facts.add(new ActivityEvents.Attended(c, activity, member, on, type));
        }
        if (Attendance.OBSERVER.name().equals(kind)) {
            return facts.add(new ActivityEvents.Observed(c, activity, member, on, type));
        }
        if (InviteeResponse.LEAVE_APPROVED.name().equals(response)) {
            return facts.add(new ActivityEvents.Excused(c, activity, member, on, type));
        }
        if (response != null && ActivityStatus.CLOSED.name().equals(rs.getString("status"))) {
            return facts.add(new ActivityEvents.Absent(c, activity, member, on, type));
        }
        return false;
    }

    private static ActivityEvents.MemberFact authored(long c, ResultSet rs) throws SQLException {
        OutputKind kind = OutputKind.valueOf(rs.getString("kind"));
        ActivityType type = ActivityType.valueOf(rs.getString("type"));
        LocalDate on = rs.getObject("held_on", LocalDate.class);
        long output = rs.getLong("id");
        long activity = rs.getLong("activity_id");
        long member = rs.getLong("member_id");
        return kind == OutputKind.SPEECH_ORAL || kind == OutputKind.SPEECH_WRITTEN
                ? new ActivityEvents.Spoke(c, activity, output, member, on, kind, type)
                : new ActivityEvents.Authored(c, activity, output, member, on, kind, type);
    }

    private static List<Long> authors(ResultSet rs) throws SQLException {
        Array array = rs.getArray("authors");
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }
}

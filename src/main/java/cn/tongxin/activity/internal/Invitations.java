package cn.tongxin.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.activity.Attendance;
import cn.tongxin.activity.InviteeResponse;

/** Who is invited to an activity, their answers and leave, and who checked in: rows beside the activity aggregate. */
@Repository
public class Invitations {

    /** How a check-in was taken. */
    public enum Method {
        CODE, STAFF
    }

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void invite(long activityId, Collection<Long> memberIds) {
        memberIds.forEach(m -> jdbc.sql("insert into activity_invitee (activity_id, member_id) values (?, ?)").params(activityId, m).update());
    }

    public Optional<InviteeResponse> response(long activityId, long memberId) {
        return jdbc.sql("select response from activity_invitee where activity_id = ? and member_id = ?").params(activityId, memberId)
                .query(String.class).optional().map(InviteeResponse::valueOf);
    }

    /** The member's own answer (报名 or 请假 with a reason); a previous decision on leave is cleared. */
    public void respond(long activityId, long memberId, InviteeResponse response, String leaveReason, Instant at) {
        jdbc.sql("update activity_invitee set response = ?, leave_reason = ?, responded_at = ?, decided_by = null, decided_at = null where activity_id = ? and member_id = ?")
                .params(response.name(), leaveReason, Timestamp.from(at), activityId, memberId).update();
    }

    public void decideLeave(long activityId, long memberId, boolean approved, String by, Instant at) {
        jdbc.sql("update activity_invitee set response = ?, decided_by = ?, decided_at = ? where activity_id = ? and member_id = ?")
                .params((approved ? InviteeResponse.LEAVE_APPROVED : InviteeResponse.LEAVE_REFUSED).name(), by, Timestamp.from(at),
                        activityId, memberId)
                .update();
    }

    public boolean checkedIn(long activityId, long memberId) {
        return jdbc.sql("select count(*) from activity_attendance where activity_id = ? and member_id = ?").params(activityId, memberId)
                .query(Long.class).single() > 0;
    }

    /** Stores the first check-in of a member; returns false when they had checked in already. */
    public boolean checkIn(long activityId, long memberId, Attendance attendance, Method method, Instant at, String by) {
        return jdbc.sql("""
                insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (activity_id, member_id) do nothing""")
                .params(activityId, memberId, attendance.name(), method.name(), Timestamp.from(at), by).update() > 0;
    }

    /** 更正出勤 after archiving: the rows made to say {@code to} (出席, 请假 or 缺席). */
    public void correct(long activityId, long memberId, Attendance to, String reason, String by, Instant at) {
        if (to == Attendance.PRESENT) {
            jdbc.sql("""
                    insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?) on conflict (activity_id, member_id)
                    do update set kind = excluded.kind, method = excluded.method, recorded_by = excluded.recorded_by""")
                    .params(activityId, memberId, Attendance.PRESENT.name(), Method.STAFF.name(), Timestamp.from(at), by).update();
            return;
        }
        jdbc.sql("delete from activity_attendance where activity_id = ? and member_id = ?").params(activityId, memberId).update();
        if (to == Attendance.EXCUSED) {
            jdbc.sql("""
                    update activity_invitee set response = ?, leave_reason = coalesce(leave_reason, ?), decided_by = ?, decided_at = ?
                     where activity_id = ? and member_id = ?""")
                    .params(InviteeResponse.LEAVE_APPROVED.name(), reason, by, Timestamp.from(at), activityId, memberId).update();
        } else {
            jdbc.sql("""
                    update activity_invitee set response = case when response = ? then ? else response end, decided_by = ?, decided_at = ?
                     where activity_id = ? and member_id = ?""")
                    .params(InviteeResponse.LEAVE_APPROVED.name(), InviteeResponse.LEAVE_REFUSED.name(), by, Timestamp.from(at),
                            activityId, memberId).update();
        }
    }

    /** Invitees neither checked in nor on approved leave. */
    public List<Long> absentees(long activityId) {
        return jdbc.sql("""
                select i.member_id from activity_invitee i
                 where i.activity_id = ? and i.response <> ?
                   and not exists (select 1 from activity_attendance t where t.activity_id = i.activity_id and t.member_id = i.member_id)
                 order by i.member_id""").params(activityId, InviteeResponse.LEAVE_APPROVED.name()).query(Long.class).list();
    }

    private static final String PROPOSAL = SubjectType.PROPOSAL.name();

    /**
     * Links a submitted proposal of the activity's own committee (提案办理协商); false when there is none with that id
     * (another committee's, or a member's unsubmitted draft).
     */
    public boolean linkProposal(long activityId, long proposalId) {
        return jdbc.sql("""
                insert into activity_link (activity_id, kind, target_id)
                select a.id, ?, p.id from activity a join proposal p on p.id = ? and p.committee_id = a.committee_id and p.status <> 'DRAFT'
                 where a.id = ?
                on conflict do nothing""").params(PROPOSAL, proposalId, activityId).update() > 0
                || jdbc.sql("select count(*) from activity_link where activity_id = ? and kind = ? and target_id = ?")
                        .params(activityId, PROPOSAL, proposalId).query(Long.class).single() > 0;
    }

    public void linkUnit(long activityId, long unitId) {
        link(activityId, "UNIT", unitId);
    }

    private void link(long activityId, String kind, long target) {
        jdbc.sql("insert into activity_link (activity_id, kind, target_id) values (?, ?, ?) on conflict do nothing")
                .params(activityId, kind, target).update();
    }
}

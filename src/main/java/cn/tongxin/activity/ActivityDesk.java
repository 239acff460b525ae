package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.activity.internal.ActivityReads;

/** The activities' part of the home page: a member's invitations and coming activities, the office's leave queue. */
@Service
public class ActivityDesk {

    public static final String LEAVE_PENDING_LINK = "/activities?leavePending=true";

    private final ActivityReads reads;
    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityDesk(ActivityReads reads, JdbcClient jdbc, Clock clock) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A coming activity on a member's desk, with its time and place and the member's answer so far. */
    public record Coming(long id, String title, Instant startsAt, String place, boolean online, InviteeResponse response,
                         boolean signupOpen) {

        public String where() {
            return online ? "线上" : place == null ? "" : place;
        }

        /** Invited, not answered yet, and sign-up still open: the member is to sign up or ask for leave. */
        public boolean toAnswer() {
            return response == InviteeResponse.INVITED && signupOpen;
        }

        public String link() {
            return "/activities/" + id;
        }
    }

    /** Activities not started yet that the member is invited to (leave granted aside), the soonest first. */
    public List<Coming> coming(CurrentUser member) {
        return jdbc.sql("""
                select a.id, a.title, a.starts_at, a.place, a.online, a.status = 'SIGNUP_OPEN' as signup_open, i.response from activity_invitee i
                  join activity a on a.id = i.activity_id
                 where i.member_id = :member and a.committee_id = :committee and a.starts_at > :now
                   and a.status <> 'CANCELLED' and i.response <> 'LEAVE_APPROVED'
                 order by a.starts_at, a.id limit 20""")
                .param("member", member.memberId() == null ? -1 : member.memberId()).param("committee", member.committeeId())
                .param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> new Coming(rs.getLong("id"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("place"), rs.getBoolean("online"), InviteeResponse.valueOf(rs.getString("response")),
                        rs.getBoolean("signup_open")))
                .list();
    }

    /** 请假待批: the count of {@code /activities?leavePending=true}. */
    public long leavePending(CurrentUser staff) {
        return reads.countLeavePending(staff);
    }

    /** Activities of this year the member attended (present or observer). */
    public long attendedThisYear(CurrentUser member) {
        Timestamp[] year = year();
        return jdbc.sql("""
                select count(*) from activity_attendance t join activity a on a.id = t.activity_id
                 where t.member_id = ? and a.committee_id = ? and a.starts_at >= ? and a.starts_at < ?""")
                .params(member.memberId() == null ? -1 : member.memberId(), member.committeeId(), year[0], year[1])
                .query(Long.class).single();
    }

    /** The committee's activities of this year, cancelled ones aside (as the activity statistics count them). */
    public long heldThisYear(long committeeId) {
        Timestamp[] year = year();
        return jdbc.sql("select count(*) from activity where committee_id = ? and starts_at >= ? and starts_at < ? and status <> 'CANCELLED'")
                .params(committeeId, year[0], year[1]).query(Long.class).single();
    }

    private Timestamp[] year() {
        int y = LocalDate.now(clock).getYear();
        return new Timestamp[]{Timestamp.from(LocalDate.of(y, 1, 1).atStartOfDay(clock.getZone()).toInstant()),
                Timestamp.from(LocalDate.of(y + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant())};
    }
}

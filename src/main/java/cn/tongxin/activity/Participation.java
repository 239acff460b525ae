package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.ActivityRow;
import cn.tongxin.activity.internal.CheckInCodes;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** Members sign up, ask for leave and check in with the code shown at the venue; organisers decide leave and mark attendance. */
@Service
@Transactional
public class Participation {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Participation(JdbcClient jdbc, CurrentUsers currentUsers, Members members, Notifications notifications,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.members = members;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public void signUp(long activityId) {
        CurrentUser member = member();
        ActivityRow a = ActivityRow.load(jdbc, member.committeeId(), activityId);
        requireOpenBeforeStart(a);
        String response = invitation(a, member.memberId()).orElseThrow(() -> BusinessException.forbidden("您不在本次活动邀请名单中"));
        if ("SIGNED_UP".equals(response)) {
            return;
        }
        respond(a.id(), member.memberId(), InviteeResponse.SIGNED_UP, null);
    }

    public void requestLeave(long activityId, String reason) {
        CurrentUser member = member();
        ActivityRow a = ActivityRow.load(jdbc, member.committeeId(), activityId);
        requireOpenBeforeStart(a);
        invitation(a, member.memberId()).orElseThrow(() -> BusinessException.forbidden("您不在本次活动邀请名单中"));
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写请假事由");
        }
        respond(a.id(), member.memberId(), InviteeResponse.LEAVE_REQUESTED, reason.strip());
        notifications.notify(a.committeeId(), Recipient.staff(), "请假申请：" + a.title(), member.displayName() + "：" + reason.strip(),
                "/activities/" + a.id());
    }

    /**
     * The organiser approves or refuses a leave request. Decisions may be taken after the start (a late answer still
     * turns an absence into an excused one), but only on a request that was made.
     */
    public void decideLeave(long activityId, long memberId, boolean approve) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ActivityRow a = ActivityRow.load(jdbc, staff.committeeId(), activityId);
        String response = invitationLocked(a, memberId).orElseThrow(() -> BusinessException.notFound("该委员的邀请"));
        if (!"LEAVE_REQUESTED".equals(response)) {
            throw BusinessException.conflict("该委员没有待审批的请假申请");
        }
        jdbc.sql("update activity_invitee set response = ?, decided_by = ?, decided_at = ? where activity_id = ? and member_id = ?")
                .params(approve ? "LEAVE_APPROVED" : "LEAVE_REFUSED", staff.username(), Timestamp.from(Instant.now(clock)), a.id(), memberId)
                .update();
        notifications.notify(a.committeeId(), Recipient.member(memberId), (approve ? "请假已批准：" : "请假未批准：") + a.title(),
                approve ? null : "请按时参加", "/activities/" + a.id());
        events.publishEvent(new ActivityEvents.LeaveDecided(a.committeeId(), a.id(), memberId, approve));
    }

    /** Check-in by the code at the venue, within the window. Checking in twice changes nothing. */
    public Attendance checkIn(long activityId, String code) {
        CurrentUser member = member();
        ActivityRow a = ActivityRow.load(jdbc, member.committeeId(), activityId);
        Instant now = Instant.now(clock);
        if (now.isBefore(a.checkinOpensAt()) || now.isAfter(a.checkinClosesAt())) {
            throw BusinessException.conflict("不在签到时间内（活动开始前30分钟至结束）");
        }
        if (!CheckInCodes.accepts(a.checkinSecret(), a.id(), now, code)) {
            throw BusinessException.invalid("签到码已过期或不正确，请输入现场最新的签到码");
        }
        return record(a, member.memberId(), "CODE", member.username());
    }

    /** The organiser marks a member present (e.g. no phone at hand). */
    public Attendance markPresent(long activityId, long memberId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ActivityRow a = ActivityRow.load(jdbc, staff.committeeId(), activityId);
        if (members.find(memberId).isEmpty()) {
            throw BusinessException.notFound("委员");
        }
        return record(a, memberId, "STAFF", staff.username());
    }

    /** The code to show at the venue now (organisers only). */
    @Transactional(readOnly = true)
    public String currentCode(long activityId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ActivityRow a = ActivityRow.load(jdbc, staff.committeeId(), activityId);
        return CheckInCodes.at(a.checkinSecret(), a.id(), Instant.now(clock));
    }

    private Attendance record(ActivityRow a, long memberId, String method, String by) {
        boolean invited = invitation(a, memberId).isPresent();
        if (!invited && !a.allowObservers()) {
            throw BusinessException.forbidden("您不在本次活动邀请名单中，本活动不接受列席");
        }
        String kind = invited ? "PRESENT" : "OBSERVER";
        int inserted = jdbc.sql("""
                insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (activity_id, member_id) do nothing""")
                .params(a.id(), memberId, kind, method, Timestamp.from(Instant.now(clock)), by).update();
        Attendance attendance = invited ? Attendance.PRESENT : Attendance.OBSERVER;
        if (inserted > 0) {
            events.publishEvent(new ActivityEvents.CheckedIn(a.committeeId(), a.id(), memberId, attendance));
        }
        return attendance;
    }

    private void respond(long activityId, long memberId, InviteeResponse response, String reason) {
        jdbc.sql("update activity_invitee set response = ?, leave_reason = ?, responded_at = ?, decided_by = null, decided_at = null where activity_id = ? and member_id = ?")
                .params(response.name(), reason, Timestamp.from(Instant.now(clock)), activityId, memberId).update();
    }

    private void requireOpenBeforeStart(ActivityRow a) {
        if (!Instant.now(clock).isBefore(a.startsAt())) {
            throw BusinessException.conflict("活动已开始，不能再报名或请假");
        }
        if (!a.signupOpen()) {
            throw BusinessException.conflict("报名已截止");
        }
    }

    private Optional<String> invitation(ActivityRow a, long memberId) {
        return jdbc.sql("select response from activity_invitee where activity_id = ? and member_id = ?").params(a.id(), memberId)
                .query(String.class).optional();
    }

    private Optional<String> invitationLocked(ActivityRow a, long memberId) {
        return jdbc.sql("select response from activity_invitee where activity_id = ? and member_id = ? for update").params(a.id(), memberId)
                .query(String.class).optional();
    }

    private CurrentUser member() {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        if (user.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以报名、请假或签到");
        }
        return user;
    }
}

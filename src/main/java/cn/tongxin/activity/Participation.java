package cn.tongxin.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.CheckInCodes;
import cn.tongxin.activity.internal.CheckInGuesses;
import cn.tongxin.activity.internal.Invitations;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Members sign up, ask for leave and check in with the code shown at the venue; organisers decide leave and mark attendance. */
@Service
@Transactional
public class Participation {

    private final Activities activities;
    private final Invitations invitations;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Notifications notifications;
    private final Timeline timeline;
    private final Clock clock;
    private final CheckInGuesses guesses;

    Participation(Activities activities, Invitations invitations, CurrentUsers currentUsers, Members members,
                  Notifications notifications, Timeline timeline, Clock clock, CheckInGuesses guesses) {
        this.guesses = guesses;
        this.timeline = timeline;
        this.activities = activities;
        this.invitations = invitations;
        this.currentUsers = currentUsers;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void signUp(long activityId) {
        CurrentUser member = member();
        Activity a = load(member, activityId);
        Optional<InviteeResponse> response = invitations.response(a.id(), member.memberId());
        a.signUp(ActivityParties.of(member, response.isPresent()), clock);
        if (response.get() != InviteeResponse.SIGNED_UP) {
            invitations.respond(a.id(), member.memberId(), InviteeResponse.SIGNED_UP, null, Instant.now(clock));
        }
    }

    public void requestLeave(long activityId, String reason) {
        CurrentUser member = member();
        Activity a = load(member, activityId);
        a.requestLeave(ActivityParties.of(member, invitations.response(a.id(), member.memberId()).isPresent()), clock);
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写请假事由");
        }
        invitations.respond(a.id(), member.memberId(), InviteeResponse.LEAVE_REQUESTED, reason.strip(), Instant.now(clock));
        notifications.notify(a.committeeId(), Recipient.staff(), "请假申请：" + a.title(), member.displayName() + "：" + reason.strip(),
                "/activities/" + a.id());
    }

    /**
     * The organiser approves or refuses a leave request. Decisions may be taken after the start (a late answer still
     * turns an absence into an excused one) until the activity is archived, but only on a request that was made.
     */
    public void decideLeave(long activityId, long memberId, boolean approve) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = activities.findLockedByIdAndCommitteeId(activityId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("活动"));
        InviteeResponse response = invitations.response(a.id(), memberId).orElseThrow(() -> BusinessException.notFound("该委员的邀请"));
        if (response != InviteeResponse.LEAVE_REQUESTED) {
            throw BusinessException.conflict("该委员没有待审批的请假申请");
        }
        a.decideLeave(memberId, approve, invitations.checkedIn(a.id(), memberId), ActivityParties.staff(), clock);
        invitations.decideLeave(a.id(), memberId, approve, staff.username(), Instant.now(clock));
        activities.save(a);
    }

    /** Check-in by the code at the venue, within the window. Checking in twice changes nothing. */
    public Attendance checkIn(long activityId, String code) {
        CurrentUser member = member();
        Activity a = activities.findLockedByIdAndCommitteeId(activityId, member.committeeId())
                .orElseThrow(() -> BusinessException.notFound("活动"));
        Set<ActivityParty> as = ActivityParties.of(member, invitations.response(a.id(), member.memberId()).isPresent());
        Instant now = Instant.now(clock);
        if (!a.guards(now).checkInWindowOpen()) {
            throw BusinessException.conflict("不在签到时间内（活动开始前30分钟至结束）");
        }
        if (guesses.exhausted(a.id(), member.memberId(), now)) {
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "签到码输入错误次数过多，请" + CheckInGuesses.WINDOW.toMinutes()
                    + "分钟后再试，或请工作人员代为签到");
        }
        if (!CheckInCodes.accepts(a.checkinSecret(), a.id(), now, code)) {
            guesses.wrong(a.committeeId(), a.id(), member.memberId(), now);
            throw BusinessException.invalid("签到码已过期或不正确，请输入现场最新的签到码");
        }
        Attendance attendance = a.checkIn(member.memberId(), as, clock);
        return record(a, member.memberId(), attendance, Invitations.Method.CODE, member.username());
    }

    /** The organiser marks a member present (e.g. no phone at hand). */
    public Attendance markPresent(long activityId, long memberId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = activities.findLockedByIdAndCommitteeId(activityId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("活动"));
        if (members.find(memberId).isEmpty()) {
            throw BusinessException.notFound("委员");
        }
        Attendance attendance = a.markPresent(invitations.response(a.id(), memberId).isPresent(), ActivityParties.staff(), clock);
        return record(a, memberId, attendance, Invitations.Method.STAFF, staff.username());
    }

    /**
     * 更正出勤: after archiving, staff correct an invitee's attendance (出席, 请假 or 缺席) with the reason, written in
     * the activity's history; the fact for the new state is published for the member's record.
     */
    public void correctAttendance(long activityId, long memberId, Attendance to, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = activities.findLockedByIdAndCommitteeId(activityId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("活动"));
        Optional<InviteeResponse> response = invitations.response(a.id(), memberId);
        a.correctAttendance(memberId, response.isPresent(), to, reason, ActivityParties.staff(), clock);
        Attendance from = invitations.checkedIn(a.id(), memberId) ? Attendance.PRESENT
                : response.get() == InviteeResponse.LEAVE_APPROVED ? Attendance.EXCUSED : Attendance.ABSENT;
        invitations.correct(a.id(), memberId, to, reason.strip(), staff.username(), Instant.now(clock));
        activities.save(a);
        String name = members.find(memberId).map(m -> m.name()).orElse("委员");
        timeline.record(a.committeeId(), PlanActivities.SUBJECT, a.id(), "更正出勤", null, null,
                name + "：" + from.label() + " → " + to.label() + "（" + reason.strip() + "）");
    }

    /** The code to show at the venue now (organisers only). */
    @Transactional(readOnly = true)
    public String currentCode(long activityId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = activities.findByIdAndCommitteeId(activityId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("活动"));
        return CheckInCodes.at(a.checkinSecret(), a.id(), Instant.now(clock));
    }

    /** Check-ins take turns on the activity's row, so its facts are saved with it without conflicts. */
    private Attendance record(Activity a, long memberId, Attendance attendance, Invitations.Method method, String by) {
        if (invitations.checkIn(a.id(), memberId, attendance, method, Instant.now(clock), by)) {
            a.attendanceRecorded(memberId, attendance, clock);
            activities.save(a);
        }
        return attendance;
    }

    private Activity load(CurrentUser user, long activityId) {
        return activities.findByIdAndCommitteeId(activityId, user.committeeId()).orElseThrow(() -> BusinessException.notFound("活动"));
    }

    private CurrentUser member() {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        if (user.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以报名、请假或签到");
        }
        return user;
    }
}

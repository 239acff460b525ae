package cn.tongxin.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.activity.ActivityWorkflow.Guards;

/**
 * A duty activity and its lifecycle ({@link ActivityWorkflow}). Invitations, check-ins and outputs are rows of their
 * own (activity/internal); every step on them goes through a method here first, which checks the table and registers
 * the fact.
 */
@Table("activity")
public class Activity extends AbstractAggregateRoot<Activity> {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String title;
    ActivityType type;
    OrganiserKind organiserKind;
    Long organiserId;
    String organiserName;
    Instant startsAt;
    Instant endsAt;
    String place;
    boolean online;
    String topic;
    String leaders;
    boolean allowObservers;
    String checkinSecret;
    Instant checkinOpensAt;
    Instant checkinClosesAt;
    ActivityStatus status;
    String createdBy;
    Instant closedAt;

    Activity() {
    }

    /** The details of a new activity, checked by the caller. */
    record Details(String title, ActivityType type, OrganiserKind organiserKind, Long organiserId, String organiserName,
                   Instant startsAt, Instant endsAt, String place, boolean online, String topic, String leaders,
                   boolean allowObservers) {
    }

    /** 发布: the activity opens for sign-up; check-in opens 30 minutes before the start and closes at the end. */
    static Activity publish(long committeeId, Details d, String checkinSecret, String by) {
        var a = new Activity();
        a.committeeId = committeeId;
        a.title = d.title();
        a.type = d.type();
        a.organiserKind = d.organiserKind();
        a.organiserId = d.organiserId();
        a.organiserName = d.organiserName();
        a.startsAt = d.startsAt();
        a.endsAt = d.endsAt();
        a.place = d.place();
        a.online = d.online();
        a.topic = d.topic();
        a.leaders = d.leaders();
        a.allowObservers = d.allowObservers();
        a.checkinSecret = checkinSecret;
        a.checkinOpensAt = d.startsAt().minusSeconds(30 * 60);
        a.checkinClosesAt = d.endsAt();
        a.status = ActivityStatus.SIGNUP_OPEN;
        a.createdBy = by;
        return a;
    }

    /** Registers the published fact once the activity has its id and invitees. */
    Activity published(List<Long> invitees, Clock clock) {
        registerEvent(new ActivityEvents.Published(committeeId, id, heldOn(clock), type, List.copyOf(invitees)));
        return this;
    }

    /** The status now: the stored one, or 进行中 / 已结束 as the clock says. */
    public ActivityStatus status(Instant now) {
        if (status == ActivityStatus.CLOSED || status == null) {
            return ActivityStatus.CLOSED;
        }
        if (now.isAfter(endsAt)) {
            return ActivityStatus.ENDED;
        }
        if (!now.isBefore(startsAt)) {
            return ActivityStatus.UNDER_WAY;
        }
        return status;
    }

    public Guards guards(Instant now) {
        return new Guards(!now.isBefore(checkinOpensAt) && !now.isAfter(checkinClosesAt), allowObservers);
    }

    /** What someone acting as {@code as} may do now. */
    public List<ActivityAction> offered(Set<ActivityParty> as, Instant now) {
        return ActivityWorkflow.offered(status(now), as, guards(now));
    }

    /** Checks the step against the table and guards; moves to the row's status when that is a stored one. */
    ActivityStatus take(ActivityAction action, Set<ActivityParty> as, Clock clock) {
        Instant now = Instant.now(clock);
        ActivityStatus from = status(now);
        var step = ActivityWorkflow.require(from, action, as, guards(now));
        if (step.to() != from && step.to().stored()) {
            status = step.to();
        }
        return from;
    }

    void closeSignup(Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.CLOSE_SIGNUP, as, clock);
        registerEvent(new ActivityEvents.SignupChanged(committeeId, id, false));
    }

    void reopenSignup(Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.REOPEN_SIGNUP, as, clock);
        registerEvent(new ActivityEvents.SignupChanged(committeeId, id, true));
    }

    void signUp(Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.SIGN_UP, as, clock);
    }

    void requestLeave(Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.REQUEST_LEAVE, as, clock);
    }

    /** The organiser's answer; an approval excuses the member unless they came anyway. */
    void decideLeave(long memberId, boolean approve, boolean checkedIn, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.DECIDE_LEAVE, as, clock);
        registerEvent(new ActivityEvents.LeaveDecided(committeeId, id, memberId, approve));
        if (approve && !checkedIn) {
            registerEvent(new ActivityEvents.Excused(committeeId, id, memberId, heldOn(clock), type));
        }
    }

    /** The member's own check-in by the venue code: 出席 when invited, else 列席 where the activity accepts it. */
    Attendance checkIn(long memberId, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.CHECK_IN, as, clock);
        return as.contains(ActivityParty.INVITEE) ? Attendance.PRESENT : Attendance.OBSERVER;
    }

    /** The organiser marks a member present (no phone at hand); the same rule on who may observe. */
    Attendance markPresent(boolean invited, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.MARK_PRESENT, as, clock);
        if (!invited && !allowObservers) {
            throw cn.tongxin.shared.BusinessException.forbidden("您不在本次活动邀请名单中，本活动不接受列席");
        }
        return invited ? Attendance.PRESENT : Attendance.OBSERVER;
    }

    /** A check-in that was actually stored (the first one) is a fact. */
    void attendanceRecorded(long memberId, Attendance attendance, Clock clock) {
        registerEvent(attendance == Attendance.PRESENT
                ? new ActivityEvents.Attended(committeeId, id, memberId, heldOn(clock), type)
                : new ActivityEvents.Observed(committeeId, id, memberId, heldOn(clock), type));
    }

    void recordOutput(long outputId, OutputKind kind, List<Long> authors, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.RECORD_OUTPUT, as, clock);
        LocalDate on = heldOn(clock);
        registerEvent(new ActivityEvents.OutputRecorded(committeeId, id, outputId, kind, List.copyOf(authors), on));
        for (long m : authors) {
            registerEvent(kind == OutputKind.SPEECH_ORAL || kind == OutputKind.SPEECH_WRITTEN
                    ? new ActivityEvents.Spoke(committeeId, id, outputId, m, on, kind, type)
                    : new ActivityEvents.Authored(committeeId, id, outputId, m, on, kind, type));
        }
    }

    /** 归档: attendance is final; every invitee neither present nor excused is absent. */
    void close(List<Long> absentees, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.CLOSE, as, clock);
        closedAt = Instant.now(clock);
        LocalDate on = heldOn(clock);
        absentees.forEach(m -> registerEvent(new ActivityEvents.Absent(committeeId, id, m, on, type)));
        registerEvent(new ActivityEvents.Closed(committeeId, id, on, List.copyOf(absentees)));
    }

    /**
     * 更正出勤 after archiving (e.g. an absence that was an approved leave): the fact for the new state, dated the
     * activity's day, replaces the member's earlier one wherever facts are kept per activity and member.
     */
    void correctAttendance(long memberId, boolean invited, Attendance to, String reason, Set<ActivityParty> as, Clock clock) {
        take(ActivityAction.CORRECT_ATTENDANCE, as, clock);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw cn.tongxin.shared.BusinessException.invalid("请填写更正原因（不超过500个字）");
        }
        if (!invited) {
            throw cn.tongxin.shared.BusinessException.invalid("该委员不在本次活动邀请名单中，不能更正出勤");
        }
        LocalDate on = heldOn(clock);
        registerEvent(switch (to) {
            case PRESENT -> new ActivityEvents.Attended(committeeId, id, memberId, on, type);
            case EXCUSED -> new ActivityEvents.Excused(committeeId, id, memberId, on, type);
            case ABSENT -> new ActivityEvents.Absent(committeeId, id, memberId, on, type);
            case null, default -> throw cn.tongxin.shared.BusinessException.invalid("请选择更正后的出勤：出席、请假或缺席");
        });
    }

    /** The facts registered and not yet published (for tests beside the aggregate). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    public LocalDate heldOn(Clock clock) {
        return startsAt.atZone(clock.getZone()).toLocalDate();
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    public ActivityType type() {
        return type;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean allowObservers() {
        return allowObservers;
    }

    public String checkinSecret() {
        return checkinSecret;
    }

    public boolean online() {
        return online;
    }

    public String place() {
        return place;
    }

    public String organiserName() {
        return organiserName;
    }

    public String topic() {
        return topic;
    }

    public String leaders() {
        return leaders;
    }
}

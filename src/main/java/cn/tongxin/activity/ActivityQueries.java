package cn.tongxin.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.ActivityReads;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** Activity lists and pages: staff and leaders all; members those they are invited to or attended; units those linked to them. */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    private final ActivityReads reads;
    private final Activities activities;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Clock clock;

    private final CommitteeAccess committees;

    ActivityQueries(ActivityReads reads, Activities activities, CurrentUsers currentUsers, Outcomes outcomes, Clock clock,
                    CommitteeAccess committees) {
        this.committees = committees;
        this.reads = reads;
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public record Summary(long id, String title, ActivityType type, String organiserName, Instant startsAt, Instant endsAt,
                          String place, boolean online, long invited, long present) {
    }

    public PageResult<Summary> list(String keyword, ActivityType type, Integer year, Long organiserId, PageQuery page) {
        return list(keyword, type, year, organiserId, page, null);
    }

    /** The list of {@code committeeId}'s activities: the user's own committee, or a lower one that granted access (read-only). */
    public PageResult<Summary> list(String keyword, ActivityType type, Integer year, Long organiserId, PageQuery page, Long committeeId) {
        return list(keyword, type, year, organiserId, false, page, committeeId);
    }

    /** {@code leavePending}: only activities with a leave request waiting for the office's decision. */
    public PageResult<Summary> list(String keyword, ActivityType type, Integer year, Long organiserId, boolean leavePending,
                                    PageQuery page, Long committeeId) {
        return list(keyword, type, year, organiserId, leavePending, false, page, committeeId);
    }

    /** {@code held}: cancelled activities left out (the 履职活动 figure of the leader's home page opens this list). */
    public PageResult<Summary> list(String keyword, ActivityType type, Integer year, Long organiserId, boolean leavePending,
                                    boolean held, PageQuery page, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        Instant from = year == null ? null : LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = year == null ? null : LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        return reads.list(user, keyword, type, from, to, organiserId, leavePending, held, page);
    }

    public record Participant(long memberId, String name, String sector, boolean invited, InviteeResponse response,
                              String leaveReason, Attendance attendance, Instant checkedInAt) {
    }

    /** {@code imported}: brought in by history import, read-only (ADR 009). */
    public record OutputView(long id, OutputKind kind, String title, String text, String authors, boolean needsResponse,
                             Instant recordedAt, Outcomes.Summary outcomes, boolean imported) {
    }

    /** {@code imported}: brought in by history import, read-only — no step is offered on it (ADR 009). */
    public record ActivityPage(long id, String title, ActivityType type, String organiserName, Instant startsAt, Instant endsAt,
                               String place, boolean online, String topic, String leaders, boolean signupOpen,
                               boolean allowObservers, boolean ended, List<Participant> participants, List<OutputView> outputs,
                               List<String> links, int version, ActivityStatus status, List<ActivityAction> actions,
                               boolean imported) {
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
        return page(id, null);
    }

    /** An activity of {@code committeeId} (the user's own when null); read-only, with no step offered, in a lower committee. */
    public ActivityPage page(long id, Long committeeId) {
        CurrentUser me = currentUsers.get();
        CurrentUser user = committees.reader(me, committeeId);
        if (!reads.visible(user, id)) {
            throw BusinessException.notFound("活动");
        }
        Activity a = activities.findById(id).orElseThrow(() -> BusinessException.notFound("活动"));
        Instant now = Instant.now(clock);
        boolean ended = now.isAfter(a.endsAt());
        List<Participant> participants = reads.participants(id).stream().map(r -> new Participant(r.memberId(), r.name(), r.sector(),
                r.invited(), r.response(), r.leaveReason(),
                Attendance.of(r.invited(), r.checkedInAt() != null, r.response() == InviteeResponse.LEAVE_APPROVED, ended), r.checkedInAt()))
                .toList();
        List<OutputView> outputs = reads.outputs(id).stream().map(o -> new OutputView(o.id(), o.kind(), o.title(), o.text(), o.authors(),
                o.needsResponse(), o.recordedAt(), outcomes.of(user.committeeId(), ActivityOutputs.SUBJECT, o.id()), o.imported())).toList();
        boolean invited = participants.stream().anyMatch(x -> user.memberId() != null && x.memberId() == user.memberId() && x.invited());
        ActivityStatus status = a.status(now);
        boolean imported = reads.imported(id);
        return new ActivityPage(id, a.title(), a.type(), a.organiserName(), a.startsAt(), a.endsAt(), a.place(), a.online(), a.topic(),
                a.leaders(), a.status == ActivityStatus.SIGNUP_OPEN, a.allowObservers(), ended, participants, outputs, reads.links(id),
                a.version, status, imported || CommitteeAccess.readingAcross(user, me) ? List.of() : a.offered(ActivityParties.of(user, invited), now),
                imported);
    }
}

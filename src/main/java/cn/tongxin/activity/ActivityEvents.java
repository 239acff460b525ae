package cn.tongxin.activity;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;

/**
 * What happens at activities, for the performance record, notifications and search. Each member fact names the member,
 * the day it happened (the activity's date, not the day it was typed), the committee and its source (activity, output),
 * so a member's record can be built from these events alone.
 *
 * <p>Attendance: {@link Attended} or {@link Observed} on check-in, {@link Excused} when leave is approved (unless the
 * member had already checked in), {@link Absent} when the activity is archived (归档, by staff or a day after its end)
 * for every invitee neither checked in nor excused. Archiving fixes attendance, so a member's facts for one activity do
 * not contradict each other — except that a member on approved leave may still come: then 出席 outranks 请假.
 */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    /** A fact about one member at one activity. */
    public sealed interface MemberFact permits Attended, Observed, Excused, Absent, Spoke, Authored {

        long committeeId();

        long activityId();

        long memberId();

        /** The day it happened: the activity's date. */
        LocalDate on();
    }

    /** 出席: an invited member checked in (or the organiser marked them present). */
    public record Attended(long committeeId, long activityId, long memberId, LocalDate on, ActivityType type) implements MemberFact {
    }

    /** 列席: a member who was not invited checked in. */
    public record Observed(long committeeId, long activityId, long memberId, LocalDate on, ActivityType type) implements MemberFact {
    }

    /** 请假: the organiser approved the member's leave. */
    public record Excused(long committeeId, long activityId, long memberId, LocalDate on, ActivityType type) implements MemberFact {
    }

    /** 缺席: invited, neither present nor excused when the activity was archived. */
    public record Absent(long committeeId, long activityId, long memberId, LocalDate on, ActivityType type) implements MemberFact {
    }

    /** 发言: the member is an author of a speech (oral or written) at the activity (大会发言 at a {@code PLENARY}). */
    public record Spoke(long committeeId, long activityId, long outputId, long memberId, LocalDate on, OutputKind kind,
                        ActivityType type) implements MemberFact {
    }

    /** An author of an output other than a speech (调研报告, 建议案, 监督意见书 …). */
    public record Authored(long committeeId, long activityId, long outputId, long memberId, LocalDate on, OutputKind kind,
                           ActivityType type) implements MemberFact {
    }

    /** 采用 of an output, credited to each of its authors, on the day it was adopted. */
    public record OutputAdopted(long committeeId, long activityId, long outputId, List<Long> authorMemberIds, OutputKind kind,
                                AdoptionLevel level, boolean combined, LocalDate adoptedOn) {
    }

    /** 批示 on an output, credited to each of its authors, on the day it was written. */
    public record OutputInstructed(long committeeId, long activityId, long outputId, List<Long> authorMemberIds, OutputKind kind,
                                   InstructionLevel level, String leader, LocalDate instructedOn) {
    }

    /** The activity was published and its invitees notified. */
    public record Published(long committeeId, long activityId, LocalDate on, ActivityType type, List<Long> invitees) {
    }

    /** The activity was archived: attendance is final and {@link Absent} facts have been published with it. */
    public record Closed(long committeeId, long activityId, LocalDate on, List<Long> absent) {
    }

    /** Staff closed ({@code open} false) or reopened sign-up: the activity's status changed. */
    public record SignupChanged(long committeeId, long activityId, boolean open) {
    }

    /** The organiser decided a leave request (approved or not); an approval is also an {@link Excused} fact. */
    public record LeaveDecided(long committeeId, long activityId, long memberId, boolean approved) {
    }

    /** An output was recorded with its authors; each author is also a {@link Spoke} or {@link Authored} fact. */
    public record OutputRecorded(long committeeId, long activityId, long outputId, OutputKind kind, List<Long> authors, LocalDate on) {
    }

    /** A democratic supervision group was formed and posted to a unit for a period. */
    public record SupervisionGroupFormed(long committeeId, long groupId, LocalDate startsOn, LocalDate endsOn) {
    }
}

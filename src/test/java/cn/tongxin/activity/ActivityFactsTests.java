package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.tongxin.activity.ActivityEvents.Absent;
import cn.tongxin.activity.ActivityEvents.Attended;
import cn.tongxin.activity.ActivityEvents.Authored;
import cn.tongxin.activity.ActivityEvents.Excused;
import cn.tongxin.activity.ActivityEvents.Observed;
import cn.tongxin.activity.ActivityEvents.Spoke;

/** The aggregate: status read off the clock, and each step's fact dated with the day the activity was held. No Spring. */
class ActivityFactsTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    // held on 3 March 2026, 09:00–11:00 in Beijing
    static final Instant START = LocalDate.of(2026, 3, 3).atTime(9, 0).atZone(ZONE).toInstant();

    static Clock at(Instant t) {
        return Clock.fixed(t, ZONE);
    }

    static Activity activity(boolean observers) {
        var a = Activity.publish(1, new Activity.Details("专题协商", ActivityType.THEMATIC_CONSULTATION, OrganiserKind.OFFICE, null, "办公室",
                START, START.plusSeconds(7200), "会议室", false, null, null, observers), "secret", "staff");
        a.id = 42L;
        return a;
    }

    @Test
    void statusFollowsTheClockUntilArchived() {
        var a = activity(false);
        assertThat(a.status(START.minusSeconds(60))).isEqualTo(ActivityStatus.SIGNUP_OPEN);
        assertThat(a.status(START)).isEqualTo(ActivityStatus.UNDER_WAY);
        assertThat(a.status(START.plusSeconds(7201))).isEqualTo(ActivityStatus.ENDED);
        a.close(List.of(), ActivityParties.staff(), at(START.plusSeconds(90_000)));
        assertThat(a.status(START.plusSeconds(90_000))).isEqualTo(ActivityStatus.CLOSED);
    }

    @Test
    void closingSignupIsStoredAndStillStartsByTheClock() {
        var a = activity(false);
        a.closeSignup(ActivityParties.staff(), at(START.minusSeconds(3600)));
        assertThat(a.status(START.minusSeconds(60))).isEqualTo(ActivityStatus.SIGNUP_CLOSED);
        assertThat(a.status(START.plusSeconds(60))).isEqualTo(ActivityStatus.UNDER_WAY);
    }

    @Test
    void aCheckInOfAnInviteeIsAttendedOnTheDayHeld() {
        var a = activity(false);
        Clock typedLater = at(START.plusSeconds(600));
        Attendance attendance = a.checkIn(7, EnumSet.of(ActivityParty.INVITEE), typedLater);
        a.attendanceRecorded(7, attendance, typedLater);
        assertThat(a.pendingEvents()).containsExactly(new Attended(1, 42, 7, LocalDate.of(2026, 3, 3), ActivityType.THEMATIC_CONSULTATION));
    }

    @Test
    void aMemberNotInvitedWhoChecksInIsAnObserver() {
        var a = activity(true);
        Attendance attendance = a.checkIn(8, EnumSet.of(ActivityParty.MEMBER), at(START));
        a.attendanceRecorded(8, attendance, at(START));
        assertThat(attendance).isEqualTo(Attendance.OBSERVER);
        assertThat(a.pendingEvents()).singleElement().isInstanceOf(Observed.class);
    }

    @Test
    void approvedLeaveExcusesUnlessTheMemberCameAnyway() {
        var a = activity(false);
        a.decideLeave(7, true, false, ActivityParties.staff(), at(START.plusSeconds(86_000)));
        a.decideLeave(8, true, true, ActivityParties.staff(), at(START.plusSeconds(86_000)));
        a.decideLeave(9, false, false, ActivityParties.staff(), at(START.plusSeconds(86_000)));
        assertThat(a.pendingEvents()).filteredOn(Excused.class::isInstance)
                .containsExactly(new Excused(1, 42, 7, LocalDate.of(2026, 3, 3), ActivityType.THEMATIC_CONSULTATION));
    }

    @Test
    void archivingPublishesTheAbsencesDatedWithTheActivity() {
        var a = activity(false);
        a.close(List.of(7L, 9L), ActivityParties.staff(), at(START.plusSeconds(3 * 86_400)));
        assertThat(a.pendingEvents()).filteredOn(Absent.class::isInstance).extracting(e -> ((Absent) e).memberId()).containsExactly(7L, 9L);
        assertThat(a.pendingEvents()).filteredOn(Absent.class::isInstance).extracting(e -> ((Absent) e).on())
                .containsOnly(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aSpeechMakesItsAuthorsSpeakersAndAReportMakesThemAuthors() {
        var a = activity(false);
        a.recordOutput(5, OutputKind.SPEECH_ORAL, List.of(7L), ActivityParties.staff(), at(START.plusSeconds(86_400 * 5)));
        a.recordOutput(6, OutputKind.RESEARCH_REPORT, List.of(7L, 8L), ActivityParties.staff(), at(START.plusSeconds(86_400 * 5)));
        assertThat(a.pendingEvents()).filteredOn(Spoke.class::isInstance)
                .containsExactly(new Spoke(1, 42, 5, 7, LocalDate.of(2026, 3, 3), OutputKind.SPEECH_ORAL,
                        ActivityType.THEMATIC_CONSULTATION));
        assertThat(a.pendingEvents()).filteredOn(Authored.class::isInstance).hasSize(2);
    }

    @Test
    void noCheckInOrMarkingAfterArchiving() {
        var a = activity(true);
        a.close(List.of(), ActivityParties.staff(), at(START.plusSeconds(86_400)));
        assertThatThrownBy(() -> a.markPresent(true, ActivityParties.staff(), at(START.plusSeconds(90_000))))
                .hasMessageContaining("已归档");
    }
}

package cn.tongxin.activity;

import static cn.tongxin.activity.ActivityAction.*;
import static cn.tongxin.activity.ActivityParty.*;
import static cn.tongxin.activity.ActivityStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import cn.tongxin.activity.ActivityWorkflow.Guards;
import cn.tongxin.shared.BusinessException;

/** One rule per row of the activity's transition table, and the offered actions per role and status. No Spring. */
class ActivityWorkflowTests {

    static final Guards PASS = Guards.ALL_PASS;
    static final Set<ActivityParty> STAFF_ = EnumSet.of(STAFF);
    static final Set<ActivityParty> INVITED = EnumSet.of(INVITEE);
    static final Set<ActivityParty> OTHER_MEMBER = EnumSet.of(MEMBER);

    static ActivityStatus take(ActivityStatus from, ActivityAction action, Set<ActivityParty> as) {
        return ActivityWorkflow.require(from, action, as, PASS).to();
    }

    static int refusal(ActivityStatus from, ActivityAction action, Set<ActivityParty> as, Guards guards) {
        try {
            ActivityWorkflow.require(from, action, as, guards);
            return 200;
        } catch (BusinessException e) {
            return e.status().value();
        }
    }

    @Test
    void staffCloseSignupWhileItIsOpen() {
        assertThat(take(SIGNUP_OPEN, CLOSE_SIGNUP, STAFF_)).isEqualTo(SIGNUP_CLOSED);
    }

    @Test
    void staffReopenSignupThatWasClosed() {
        assertThat(take(SIGNUP_CLOSED, REOPEN_SIGNUP, STAFF_)).isEqualTo(SIGNUP_OPEN);
    }

    @Test
    void signupCannotBeClosedOnceTheActivityHasStarted() {
        assertThat(refusal(UNDER_WAY, CLOSE_SIGNUP, STAFF_, PASS)).isEqualTo(409);
        assertThat(refusal(SIGNUP_CLOSED, CLOSE_SIGNUP, STAFF_, PASS)).isEqualTo(409);
    }

    @Test
    void membersCannotCloseSignup() {
        assertThat(refusal(SIGNUP_OPEN, CLOSE_SIGNUP, INVITED, PASS)).isEqualTo(403);
        assertThat(refusal(SIGNUP_CLOSED, REOPEN_SIGNUP, EnumSet.of(LEADER), PASS)).isEqualTo(403);
    }

    @Test
    void anInviteeSignsUpOrAsksForLeaveWhileSignupIsOpen() {
        assertThat(take(SIGNUP_OPEN, SIGN_UP, INVITED)).isEqualTo(SIGNUP_OPEN);
        assertThat(take(SIGNUP_OPEN, REQUEST_LEAVE, INVITED)).isEqualTo(SIGNUP_OPEN);
    }

    @Test
    void aMemberNotInvitedCannotSignUp() {
        assertThatThrownBy(() -> take(SIGNUP_OPEN, SIGN_UP, OTHER_MEMBER)).isInstanceOf(BusinessException.class)
                .hasMessage("您不在本次活动邀请名单中");
    }

    @Test
    void noSignupOrLeaveRequestAfterSignupClosedOrTheStart() {
        assertThatThrownBy(() -> take(SIGNUP_CLOSED, SIGN_UP, INVITED)).hasMessage("报名已截止");
        for (ActivityStatus s : List.of(UNDER_WAY, ENDED, CLOSED)) {
            assertThatThrownBy(() -> take(s, REQUEST_LEAVE, INVITED)).hasMessage("活动已开始，不能再报名或请假");
        }
    }

    @Test
    void staffDecideLeaveUntilTheActivityIsArchived() {
        for (ActivityStatus s : List.of(SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY, ENDED)) {
            assertThat(take(s, DECIDE_LEAVE, STAFF_)).isEqualTo(s);
        }
        assertThat(refusal(CLOSED, DECIDE_LEAVE, STAFF_, PASS)).isEqualTo(409);
        assertThat(refusal(SIGNUP_OPEN, DECIDE_LEAVE, INVITED, PASS)).isEqualTo(403);
    }

    @Test
    void membersCheckInWithinTheWindowBeforeTheEnd() {
        for (ActivityStatus s : List.of(SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY)) {
            assertThat(take(s, CHECK_IN, INVITED)).isEqualTo(s);
            assertThat(take(s, CHECK_IN, OTHER_MEMBER)).isEqualTo(s);
        }
    }

    @Test
    void noCheckInOutsideTheWindow() {
        assertThatThrownBy(() -> ActivityWorkflow.require(UNDER_WAY, CHECK_IN, INVITED, new Guards(false, true)))
                .hasMessage("不在签到时间内（活动开始前30分钟至结束）");
        for (ActivityStatus s : List.of(ENDED, CLOSED)) {
            assertThatThrownBy(() -> take(s, CHECK_IN, INVITED)).hasMessage("不在签到时间内（活动开始前30分钟至结束）");
        }
    }

    @Test
    void membersNotInvitedCheckInOnlyWhereObserversAreAccepted() {
        assertThatThrownBy(() -> ActivityWorkflow.require(UNDER_WAY, CHECK_IN, OTHER_MEMBER, new Guards(true, false)))
                .hasMessage("您不在本次活动邀请名单中，本活动不接受列席");
        assertThat(refusal(UNDER_WAY, CHECK_IN, INVITED, new Guards(true, false))).isEqualTo(200);
    }

    @Test
    void staffMarkMembersPresentUntilTheActivityIsArchived() {
        for (ActivityStatus s : List.of(SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY, ENDED)) {
            assertThat(take(s, MARK_PRESENT, STAFF_)).isEqualTo(s);
        }
        assertThat(refusal(CLOSED, MARK_PRESENT, STAFF_, PASS)).isEqualTo(409);
        assertThat(refusal(UNDER_WAY, MARK_PRESENT, EnumSet.of(LEADER), PASS)).isEqualTo(403);
    }

    @Test
    void staffRecordOutputsInEveryStatus() {
        for (ActivityStatus s : ActivityStatus.values()) {
            assertThat(take(s, RECORD_OUTPUT, STAFF_)).isEqualTo(s);
        }
        assertThat(refusal(ENDED, RECORD_OUTPUT, INVITED, PASS)).isEqualTo(403);
        assertThat(refusal(ENDED, RECORD_OUTPUT, EnumSet.of(UNIT), PASS)).isEqualTo(403);
    }

    @Test
    void staffArchiveAnActivityThatHasEnded() {
        assertThat(take(ENDED, CLOSE, STAFF_)).isEqualTo(CLOSED);
    }

    @Test
    void anActivityIsArchivedOnlyAfterItsEndAndOnlyOnce() {
        for (ActivityStatus s : List.of(SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY)) {
            assertThatThrownBy(() -> take(s, CLOSE, STAFF_)).hasMessage("活动结束后才能归档");
        }
        assertThat(refusal(CLOSED, CLOSE, STAFF_, PASS)).isEqualTo(409);
        assertThat(refusal(ENDED, CLOSE, EnumSet.of(LEADER), PASS)).isEqualTo(403);
    }

    @Test
    void staffCorrectAttendanceOnlyOnceTheActivityIsArchived() {
        assertThat(take(CLOSED, CORRECT_ATTENDANCE, STAFF_)).isEqualTo(CLOSED);
        for (ActivityStatus s : List.of(SIGNUP_OPEN, SIGNUP_CLOSED, UNDER_WAY, ENDED)) {
            assertThat(refusal(s, CORRECT_ATTENDANCE, STAFF_, PASS)).as(s.label()).isEqualTo(409);
        }
        assertThat(refusal(CLOSED, CORRECT_ATTENDANCE, INVITED, PASS)).isEqualTo(403);
    }

    @Test
    void everyRowOfTheTableIsCoveredByARuleAbove() {
        assertThat(ActivityWorkflow.TABLE.rows()).hasSize(2 + 2 + 3 + 4 + 4 + ActivityStatus.values().length + 1 + 1);
    }

    /** For each role and each status, the page offers exactly the table's actions (all guards passing). */
    @Test
    void offeredActionsEqualTheTablesForEveryRoleAndStatus() {
        Map<String, Set<ActivityParty>> roles = Map.of("staff", STAFF_, "invited member", INVITED, "other member", OTHER_MEMBER,
                "unit", EnumSet.of(UNIT), "leader", EnumSet.of(LEADER));
        roles.forEach((role, as) -> {
            for (ActivityStatus s : ActivityStatus.values()) {
                List<ActivityAction> fromTable = ActivityWorkflow.TABLE.rows().stream()
                        .filter(t -> t.from() == s && t.parties().stream().anyMatch(as::contains)).map(t -> t.action()).toList();
                assertThat(ActivityWorkflow.offered(s, as, PASS)).as(role + " / " + s.label()).isEqualTo(fromTable);
            }
        });
        assertThat(ActivityWorkflow.offered(UNDER_WAY, EnumSet.of(UNIT), PASS)).isEmpty();
        assertThat(ActivityWorkflow.offered(UNDER_WAY, EnumSet.of(LEADER), PASS)).isEmpty();
    }

    @Test
    void theGuardsTakeCheckInOffThePageOutsideTheWindowOrForUninvitedMembersWithoutObservers() {
        assertThat(ActivityWorkflow.offered(UNDER_WAY, INVITED, new Guards(false, true))).doesNotContain(CHECK_IN);
        assertThat(ActivityWorkflow.offered(UNDER_WAY, OTHER_MEMBER, new Guards(true, false))).doesNotContain(CHECK_IN);
        assertThat(ActivityWorkflow.offered(UNDER_WAY, INVITED, new Guards(true, false))).containsExactly(CHECK_IN);
        assertThat(ActivityWorkflow.offered(SIGNUP_OPEN, INVITED, new Guards(false, false))).containsExactly(SIGN_UP, REQUEST_LEAVE);
    }

    @Test
    void refusalsAreForbiddenOrConflictAsPeopleExpect() {
        assertThatThrownBy(() -> take(UNDER_WAY, SIGN_UP, INVITED)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> take(SIGNUP_OPEN, SIGN_UP, EnumSet.of(UNIT))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }
}

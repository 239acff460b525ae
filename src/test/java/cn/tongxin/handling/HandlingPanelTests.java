package cn.tongxin.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.shared.SubjectType;

/** The handling section offers exactly what the tables allow the user's parties, less the named guards. */
class HandlingPanelTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
    static final List<Set<HandlingParty>> ROLES = List.of(Set.of(HandlingParty.STAFF), Set.of(HandlingParty.RATER),
            Set.of(HandlingParty.UNIT), Set.of());

    @Test
    void theCaseActionsOfferedAreTheTablesForEveryRoleAndStatus() {
        for (Set<HandlingParty> role : ROLES) {
            for (CaseStatus status : CaseStatus.values()) {
                var expected = HandlingWorkflow.CASE.actions(status, role).stream()
                        .filter(a -> a != CaseAction.COMPLETE_REPLIES).toList();
                assertThat(HandlingPanel.caseActions(status, role, new HandlingPanel.CaseGuards(true, true)))
                        .as(role + " " + status).isEqualTo(expected);
            }
        }
    }

    @Test
    void theAssignmentActionsOfferedAreTheTablesForEveryRoleAndStatus() {
        for (Set<HandlingParty> role : ROLES) {
            for (AssignmentStatus status : AssignmentStatus.values()) {
                var table = HandlingWorkflow.ASSIGNMENT.actions(status, role);
                assertThat(HandlingPanel.assignmentActions(status, UnitRole.SOLE, role)).as(role + " " + status)
                        .isEqualTo(table.stream().filter(a -> a != AssignmentAction.SEND_OPINION).toList());
                assertThat(HandlingPanel.assignmentActions(status, UnitRole.CO, role)).as(role + " " + status)
                        .isEqualTo(table.stream().filter(a -> a != AssignmentAction.REPLY && a != AssignmentAction.REQUEST_EXTENSION).toList());
            }
        }
    }

    @Test
    void aMemberWhoHasRatedOrMissedTheWindowIsNotOfferedRating() {
        assertThat(HandlingPanel.caseActions(CaseStatus.REPLIED, Set.of(HandlingParty.RATER), new HandlingPanel.CaseGuards(false, false)))
                .isEmpty();
    }

    @Test
    void reHandlingIsOfferedOnlyOnADissatisfiedResult() {
        assertThat(HandlingPanel.caseActions(CaseStatus.REPLIED, Set.of(HandlingParty.STAFF), new HandlingPanel.CaseGuards(true, false)))
                .doesNotContain(CaseAction.REHANDLE).contains(CaseAction.RATE_ON_PAPER, CaseAction.CLOSE);
    }

    @Test
    void aUnitSeesItsOwnAssignmentWithTheStepsOfItsStatus() {
        var unit = new CurrentUser(1, "unit", "单位", 1, Set.of(Role.UNIT), null, null, 3L);
        var panel = HandlingPanel.of(unit, view(CaseStatus.HANDLING, AssignmentStatus.ASSIGNED), TODAY, true);
        assertThat(panel.ownAssignments()).singleElement().satisfies(own -> {
            assertThat(own.actions()).containsExactly(AssignmentAction.ACKNOWLEDGE, AssignmentAction.REQUEST_REASSIGNMENT,
                    AssignmentAction.REQUEST_EXTENSION);
            assertThat(own.offers("REPLY")).isFalse();
        });
        assertThat(panel.staff()).isFalse();
        assertThat(panel.caseActions()).isEmpty();
    }

    @Test
    void staffOverseeAnOpenCaseAndUrgeOpenAssignments() {
        var staff = new CurrentUser(2, "staff", "工作人员", 1, Set.of(Role.STAFF), "提案委", null, null);
        var panel = HandlingPanel.of(staff, view(CaseStatus.HANDLING, AssignmentStatus.ACKNOWLEDGED), TODAY, true);
        assertThat(panel.staff()).isTrue();
        assertThat(panel.canUrge(11)).isTrue();
        assertThat(panel.offers("RETURN_REPLY")).isTrue();
        var closed = HandlingPanel.of(staff, view(CaseStatus.CLOSED, AssignmentStatus.REPLIED), TODAY, true);
        assertThat(closed.staff()).isFalse();
        assertThat(closed.caseActions()).containsExactly(CaseAction.REOPEN);
        assertThat(HandlingPanel.of(staff, view(CaseStatus.HANDLING, AssignmentStatus.ACKNOWLEDGED), TODAY, false).staff()).isFalse();
    }

    @Test
    void aRaterIsOfferedRatingWithinTheWindowOnly() {
        var member = new CurrentUser(3, "member", "委员", 1, Set.of(Role.MEMBER), null, 99L, null);
        assertThat(HandlingPanel.of(member, view(CaseStatus.REPLIED, AssignmentStatus.REPLIED), TODAY, true).canRate()).isTrue();
        assertThat(HandlingPanel.of(member, view(CaseStatus.REPLIED, AssignmentStatus.REPLIED), TODAY.plusDays(20), true).canRate()).isFalse();
        var other = new CurrentUser(4, "member2", "委员", 1, Set.of(Role.MEMBER), null, 98L, null);
        assertThat(HandlingPanel.of(other, view(CaseStatus.REPLIED, AssignmentStatus.REPLIED), TODAY, true).canRate()).isFalse();
    }

    static CaseView view(CaseStatus status, AssignmentStatus assignment) {
        var a = new CaseView.AssignmentView(11, 3, "市住建局", UnitRole.SOLE, assignment, Instant.EPOCH, null, TODAY.plusMonths(3),
                null, List.of(), List.of(), List.of(), List.of());
        return new CaseView(7, SubjectType.PROPOSAL, 42, HandlingMode.SOLE, status, 1, Instant.EPOCH, TODAY.plusMonths(3),
                TODAY.plusMonths(6), null, TODAY.plusDays(7), null, status == CaseStatus.HANDLING ? null : TODAY.plusDays(15), null,
                Set.of(99L), List.of(a), List.of(), List.of(), 1);
    }
}

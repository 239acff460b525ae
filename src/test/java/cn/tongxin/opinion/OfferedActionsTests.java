package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.OpinionWorkflow.Action;
import cn.tongxin.opinion.OpinionWorkflow.Party;

/** For every role and status, a report offers exactly the table's actions for the parties that role acts as. */
class OfferedActionsTests {

    static final long SUBMITTER = 42;

    static CurrentUser user(long id, Role... roles) {
        return new CurrentUser(id, "u" + id, "u" + id, 1, Set.of(roles), null, roles[0] == Role.MEMBER ? id + 1000 : null, null);
    }

    /** A role looking at a report submitted by {@code submitter}, and the parties it acts as there. */
    record Case(String role, CurrentUser user, long submitter, Set<Party> parties) {
    }

    static final List<Case> ROLES = List.of(
            new Case("author member", user(SUBMITTER, Role.MEMBER), SUBMITTER, EnumSet.of(Party.AUTHOR)),
            new Case("correspondent", user(SUBMITTER + 1, Role.CORRESPONDENT), SUBMITTER + 1, EnumSet.of(Party.AUTHOR)),
            new Case("staff", user(2, Role.STAFF), SUBMITTER, EnumSet.of(Party.STAFF)),
            new Case("leader", user(3, Role.LEADER), SUBMITTER, EnumSet.noneOf(Party.class)),
            new Case("other member", user(4, Role.MEMBER), SUBMITTER, EnumSet.noneOf(Party.class)));

    @Test
    void everyRoleIsOfferedTheTablesActionsInEveryStatus() {
        for (Case c : ROLES) {
            for (OpinionStatus status : OpinionStatus.values()) {
                assertThat(ReportActions.offered(c.user(), c.submitter(), status)).as(c.role() + " " + status)
                        .isEqualTo(OpinionWorkflow.TABLE.actions(status, c.parties()));
            }
        }
    }

    @Test
    void aCorrespondentIsOfferedTheAuthorsStepsOnTheirOwnReport() {
        var correspondent = user(SUBMITTER, Role.CORRESPONDENT);
        assertThat(ReportActions.offered(correspondent, SUBMITTER, OpinionStatus.RETURNED)).containsExactly(Action.RESUBMIT, Action.WITHDRAW);
        assertThat(ReportActions.offered(correspondent, SUBMITTER, OpinionStatus.SUBMITTED)).containsExactly(Action.WITHDRAW);
    }

    @Test
    void staffTriageASubmittedReportAndNothingElse() {
        var staff = user(2, Role.STAFF);
        assertThat(ReportActions.offered(staff, SUBMITTER, OpinionStatus.SUBMITTED))
                .containsExactly(Action.ACCEPT, Action.ARCHIVE, Action.RETURN, Action.CLUE);
        assertThat(ReportActions.offered(staff, SUBMITTER, OpinionStatus.ACCEPTED)).containsExactly(Action.EDIT);
        assertThat(ReportActions.offered(staff, SUBMITTER, OpinionStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void leadersAndOtherMembersAreOfferedNothing() {
        for (OpinionStatus status : OpinionStatus.values()) {
            assertThat(ReportActions.offered(user(3, Role.LEADER), SUBMITTER, status)).isEmpty();
            assertThat(ReportActions.offered(user(4, Role.MEMBER), SUBMITTER, status)).isEmpty();
        }
    }

    @Test
    void staffWhoEnteredAReportOnBehalfActAsBothAuthorAndStaff() {
        var staff = user(SUBMITTER, Role.STAFF);
        assertThat(ReportActions.offered(staff, SUBMITTER, OpinionStatus.SUBMITTED))
                .containsExactly(Action.WITHDRAW, Action.ACCEPT, Action.ARCHIVE, Action.RETURN, Action.CLUE);
    }

    @Test
    void itemsAndBulletinsOfferTheirTablesActionsToStaffOnly() {
        for (ItemWorkflow.Status s : ItemWorkflow.Status.values()) {
            assertThat(ReportActions.offered(user(2, Role.STAFF), s)).isEqualTo(ItemWorkflow.TABLE.actions(s, EnumSet.of(Party.STAFF)));
            assertThat(ReportActions.offered(user(3, Role.LEADER), s)).isEmpty();
        }
        for (BulletinWorkflow.Status s : BulletinWorkflow.Status.values()) {
            assertThat(ReportActions.offered(user(2, Role.STAFF), s)).isEqualTo(BulletinWorkflow.TABLE.actions(s, EnumSet.of(Party.STAFF)));
            assertThat(ReportActions.offered(user(3, Role.LEADER), s)).isEmpty();
        }
    }
}

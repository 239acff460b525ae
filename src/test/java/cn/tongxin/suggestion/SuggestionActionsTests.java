package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.CaseStatus;

/** A suggestion's page offers exactly the table's steps for the user's parties (less the one named guard). */
class SuggestionActionsTests {

    static final List<Set<SuggestionParty>> ROLES = List.of(Set.of(SuggestionParty.STAFF), Set.of(SuggestionParty.MEMBER),
            Set.of(SuggestionParty.STAFF, SuggestionParty.MEMBER), Set.of());

    @Test
    void theOfferedActionsAreTheTablesForEveryRoleAndStatus() {
        for (Set<SuggestionParty> role : ROLES) {
            for (SuggestionStatus status : SuggestionStatus.values()) {
                assertThat(SuggestionActions.offered(status, role, true)).as(role + " " + status)
                        .isEqualTo(SuggestionWorkflow.TABLE.actions(status, role));
            }
        }
    }

    @Test
    void closingIsOfferedOnlyOnceTheUnitHasReplied() {
        assertThat(SuggestionActions.offered(SuggestionStatus.HANDLING, Set.of(SuggestionParty.STAFF), false)).isEmpty();
        assertThat(SuggestionActions.offered(SuggestionStatus.HANDLING, Set.of(SuggestionParty.STAFF), true))
                .containsExactly(SuggestionAction.CLOSE);
    }

    @Test
    void staffReviewWhatTheMemberMayStillWithdraw() {
        var s = view(SuggestionStatus.SUBMITTED);
        var staff = new CurrentUser(1, "staff", "工作人员", 1, Set.of(Role.STAFF), "提案委", null, null);
        var member = new CurrentUser(2, "member", "委员", 1, Set.of(Role.MEMBER), null, 99L, null);
        var other = new CurrentUser(3, "member2", "委员", 1, Set.of(Role.MEMBER), null, 98L, null);
        assertThat(SuggestionActions.of(staff, s, null).actions())
                .containsExactly(SuggestionAction.ACCEPT, SuggestionAction.REJECT, SuggestionAction.CONVERT);
        assertThat(SuggestionActions.of(member, s, null).actions()).containsExactly(SuggestionAction.WITHDRAW);
        assertThat(SuggestionActions.of(other, s, null).actions()).isEmpty();
        assertThat(SuggestionActions.of(staff, view(SuggestionStatus.HANDLING), CaseStatus.REPLIED).offers("CLOSE")).isTrue();
        assertThat(SuggestionActions.of(staff, view(SuggestionStatus.HANDLING), CaseStatus.HANDLING).offers("CLOSE")).isFalse();
    }

    static SuggestionView view(SuggestionStatus status) {
        return new SuggestionView(5, status, "学校门口拥堵", "建议", null, 99, "张委员", Instant.EPOCH, null, null, null, 0);
    }
}

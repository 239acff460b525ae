package cn.tongxin.proposal.web;

import static cn.tongxin.proposal.ProposalAction.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.proposal.ProposalAction;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalView;
import cn.tongxin.proposal.ProposalWorkflow;
import cn.tongxin.proposal.ProposalWorkflow.Party;

/** The page offers exactly what the transition table allows each role, held back only by the named conditions. */
class AvailableActionsTests {

    static final long LEAD = 11;

    enum Who {
        PROPOSER(user(Set.of(Role.MEMBER), LEAD, null), false, false, EnumSet.of(Party.PROPOSER)),
        CO_SIGNER(user(Set.of(Role.MEMBER), 12L, null), false, true, EnumSet.of(Party.CO_SIGNER)),
        STAFF(user(Set.of(Role.STAFF), null, null), false, false, EnumSet.of(Party.STAFF)),
        STAFF_ON_BEHALF(user(Set.of(Role.STAFF), null, null), true, false, EnumSet.of(Party.PROPOSER, Party.STAFF)),
        OTHER_MEMBER(user(Set.of(Role.MEMBER), 13L, null), false, false, EnumSet.noneOf(Party.class)),
        UNIT(user(Set.of(Role.UNIT), null, 21L), false, false, EnumSet.noneOf(Party.class)),
        LEADER(user(Set.of(Role.LEADER), null, null), false, false, EnumSet.noneOf(Party.class));

        final CurrentUser user;
        final boolean onBehalf;
        final boolean invited;
        final Set<Party> parties;

        Who(CurrentUser user, boolean onBehalf, boolean invited, Set<Party> parties) {
            this.user = user;
            this.onBehalf = onBehalf;
            this.invited = invited;
            this.parties = parties;
        }
    }

    static CurrentUser user(Set<Role> roles, Long memberId, Long unitId) {
        return new CurrentUser(1, "u", "某人", 3, roles, null, memberId, unitId);
    }

    static ProposalView proposal(ProposalStatus status, ProposalKind kind, boolean onBehalf, boolean key) {
        return new ProposalView(7, status, kind, "案由", null, "情况", "分析", "建议", "SOCIETY", "社会", null, true, LEAD, "张委员",
                null, null, "member", onBehalf, 1L, "一届一次会议", true, null, null, null, null, null, null, null, null, null,
                key, false, null, null, List.of(), List.of(), List.of(), List.of(), 0);
    }

    static Stream<Arguments> everyoneInEveryStatus() {
        return Stream.of(Who.values()).flatMap(w -> Stream.of(ProposalStatus.values()).flatMap(s -> Stream.of(
                Arguments.of(w, s, false), Arguments.of(w, s, true))));
    }

    @ParameterizedTest(name = "{0} sees {1} (two-step review: {2})")
    @MethodSource("everyoneInEveryStatus")
    void theOfferedActionsAreTheTablesForTheUsersParties(Who who, ProposalStatus status, boolean twoStepReview) {
        var offered = AvailableActions.of(who.user, proposal(status, ProposalKind.INDIVIDUAL, who.onBehalf, true),
                CaseStatus.REPLIED, twoStepReview, who.invited).offered();

        Set<ProposalAction> expected = EnumSet.noneOf(ProposalAction.class);
        expected.addAll(ProposalWorkflow.TABLE.actions(status, who.parties));
        // the committee's review setting: 初审 only with two steps, and then no 立案 straight from 待审查
        if (twoStepReview && status == ProposalStatus.SUBMITTED) {
            expected.remove(FILE);
        }
        if (!twoStepReview) {
            expected.remove(PRE_APPROVE);
        }
        assertThat(offered).isEqualTo(expected);
    }

    @Test
    void aCollectiveProposalOffersNoInvitation() {
        var offered = AvailableActions.of(Who.STAFF.user, proposal(ProposalStatus.DRAFT, ProposalKind.COLLECTIVE, false, false),
                null, false, false).offered();
        assertThat(offered).contains(EDIT, SUBMIT).doesNotContain(INVITE);
    }

    @Test
    void supervisionIsOfferedForKeyProposalsOnly() {
        assertThat(AvailableActions.of(Who.STAFF.user, proposal(ProposalStatus.HANDLING, ProposalKind.INDIVIDUAL, false, false),
                CaseStatus.REPLIED, false, false).supervise()).isFalse();
        assertThat(AvailableActions.of(Who.STAFF.user, proposal(ProposalStatus.HANDLING, ProposalKind.INDIVIDUAL, false, true),
                CaseStatus.REPLIED, false, false).supervise()).isTrue();
    }

    @Test
    void closingIsOfferedOnceTheOwnCaseIsReplied() {
        var handling = proposal(ProposalStatus.HANDLING, ProposalKind.INDIVIDUAL, false, false);
        for (CaseStatus c : CaseStatus.values()) {
            assertThat(AvailableActions.of(Who.STAFF.user, handling, c, false, false).close()).isEqualTo(c == CaseStatus.REPLIED);
        }
        assertThat(AvailableActions.of(Who.STAFF.user, handling, null, false, false).close()).isFalse();
    }

    @Test
    void staffWorkOnTheOwnCaseUntilItCloses() {
        var handling = proposal(ProposalStatus.HANDLING, ProposalKind.INDIVIDUAL, false, false);
        assertThat(AvailableActions.of(Who.STAFF.user, handling, CaseStatus.REPLIED, false, false).staffHandling()).isTrue();
        assertThat(AvailableActions.of(Who.STAFF.user, handling, CaseStatus.CLOSED, false, false).staffHandling()).isFalse();
        assertThat(AvailableActions.of(Who.STAFF.user, handling, null, false, false).staffHandling()).isFalse();
        assertThat(AvailableActions.of(Who.PROPOSER.user, handling, CaseStatus.REPLIED, false, false).staffHandling()).isFalse();
    }
}

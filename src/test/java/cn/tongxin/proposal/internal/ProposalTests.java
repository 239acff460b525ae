package cn.tongxin.proposal.internal;

import static cn.tongxin.proposal.ProposalStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tongxin.proposal.ProposalAction;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalWorkflow;
import cn.tongxin.proposal.ProposalWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/** The proposal's steps, one rule each, without Spring: every row of the table and every step it does not have. */
class ProposalTests {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final long COMMITTEE = 3;
    static final long LEAD = 11;
    static final Set<Party> PROPOSER = EnumSet.of(Party.PROPOSER);

    static Proposal proposal(ProposalStatus status) {
        var p = Proposal.draft(COMMITTEE, "key", form(ProposalKind.INDIVIDUAL), LEAD, "member", false, NOW);
        ReflectionTestUtils.setField(p, "id", 7L);
        ReflectionTestUtils.setField(p, "status", status);
        return p;
    }

    static ProposalDraft form(ProposalKind kind) {
        return new ProposalDraft("key", kind, " 关于加强社区养老服务的建议 ", null, "情况", "分析", "建议", "SOCIETY", null, true,
                LEAD, kind == ProposalKind.COLLECTIVE ? 5L : null);
    }

    static List<Object> events(Proposal p) {
        java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(p, "domainEvents");
        return List.copyOf(events);
    }

    /** Takes the step as the party the table names, with the conditions open. */
    static void take(Proposal p, ProposalAction action) {
        switch (action) {
            case EDIT -> p.revise(form(ProposalKind.INDIVIDUAL), NOW);
            case INVITE -> p.inviteCosigners(NOW);
            case COSIGN -> p.acceptCosignAnswer(12, true, NOW);
            case SUBMIT -> p.submit(PROPOSER, 1, true, Set.of(), NOW);
            case WITHDRAW -> p.withdraw(PROPOSER, NOW);
            case PRE_APPROVE -> p.preApprove("同意", true, NOW);
            case FILE -> p.file(1, "一届一次会议第0001号", null, false, Set.of(), NOW);
            case REJECT -> p.reject("DUPLICATE", null, null, false, null, 1, NOW);
            case MERGE -> p.mergeInto(target(), null, NOW);
            case RETURN -> p.returnForRevision("请补充具体建议", NOW);
            case ASSIGN -> p.assign(NOW);
            case CLOSE -> p.close(NOW);
            case REOPEN -> p.reopen(NOW);
            case MARK_KEY -> p.markKey(Set.of(), NOW);
            case SUPERVISE -> {
                ReflectionTestUtils.setField(p, "keyProposal", true);
                p.checkSupervisable();
            }
            case MARK_OUTSTANDING -> p.markOutstanding(2026, true, Set.of(), NOW);
        }
    }

    static Proposal target() {
        var t = proposal(FILED);
        ReflectionTestUtils.setField(t, "id", 8L);
        return t;
    }

    static Stream<Arguments> rows() {
        return ProposalWorkflow.TABLE.rows().stream().map(r -> Arguments.of(r.from(), r.action(), r.to()));
    }

    static Stream<Arguments> missingRows() {
        return Stream.of(ProposalStatus.values()).flatMap(s -> Stream.of(ProposalAction.values())
                .filter(a -> ProposalWorkflow.TABLE.find(s, a).isEmpty()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("rows")
    void everyRowOfTheTableIsAStepOfTheProposal(ProposalStatus from, ProposalAction action, ProposalStatus to) {
        var p = proposal(from);
        take(p, action);
        assertThat(p.status()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("missingRows")
    void aStepTheTableDoesNotHaveIsAConflict(ProposalStatus from, ProposalAction action) {
        var p = proposal(from);
        assertThatThrownBy(() -> take(p, action)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(p.status()).isEqualTo(from);
    }

    @Test
    void proposerSubmitsADraftIntoItsSession() {
        var p = proposal(DRAFT);
        p.submit(PROPOSER, 4, true, Set.of(12L), NOW);
        assertThat(p.status()).isEqualTo(SUBMITTED);
        assertThat(p.sessionId()).isEqualTo(4L);
        assertThat(p.sessionProposal()).isTrue();
        assertThat(events(p)).containsExactly(new ProposalEvents.Submitted(COMMITTEE, 7, LEAD, Set.of(12L), null, true, NOW));
    }

    @Test
    void proposerResubmitsAProposalReturnedForRevision() {
        var p = proposal(RETURNED);
        p.submit(PROPOSER, 4, false, Set.of(), NOW);
        assertThat(p.status()).isEqualTo(SUBMITTED);
    }

    @Test
    void onlyTheProposerSideSubmits() {
        for (var as : List.of(EnumSet.of(Party.CO_SIGNER), EnumSet.of(Party.STAFF), EnumSet.noneOf(Party.class))) {
            var p = proposal(DRAFT);
            assertThatThrownBy(() -> p.submit(as, 4, true, Set.of(), NOW)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
            assertThat(p.status()).isEqualTo(DRAFT);
        }
    }

    @Test
    void aSubmittedProposalStillOutOfTheProposersHandsIsRefusedAsAConflictFirst() {
        var p = proposal(FILED);
        assertThatThrownBy(() -> p.submit(EnumSet.noneOf(Party.class), 4, true, Set.of(), NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void proposerWithdrawsUntilReviewed() {
        for (var from : List.of(DRAFT, SUBMITTED, RETURNED)) {
            var p = proposal(from);
            p.withdraw(PROPOSER, NOW);
            assertThat(p.status()).isEqualTo(WITHDRAWN);
            assertThat(events(p)).containsExactly(new ProposalEvents.Withdrawn(COMMITTEE, 7, LEAD, NOW));
        }
        assertThatThrownBy(() -> proposal(PRE_APPROVED).withdraw(PROPOSER, NOW)).hasMessageContaining("不能撤回");
    }

    @Test
    void onlyTheLeadWithdraws() {
        assertThatThrownBy(() -> proposal(DRAFT).withdraw(EnumSet.of(Party.CO_SIGNER), NOW)).hasMessage("只有第一提案人可以撤回");
    }

    @Test
    void staffPreApprovesOnlyWhereTheCommitteeReviewsInTwoSteps() {
        assertThatThrownBy(() -> proposal(SUBMITTED).preApprove(null, false, NOW)).hasMessage("本会未启用两级审查，请直接审查");
        var p = proposal(SUBMITTED);
        p.preApprove(" 同意 ", true, NOW);
        assertThat(p.status()).isEqualTo(PRE_APPROVED);
    }

    @Test
    void twoStepReviewFilesOnlyAfterPreApproval() {
        assertThatThrownBy(() -> proposal(SUBMITTED).file(1, "第0001号", null, true, Set.of(), NOW))
                .hasMessage("本会实行两级审查，须先初审通过再立案");
        var p = proposal(PRE_APPROVED);
        p.file(1, "第0001号", null, true, Set.of(), NOW);
        assertThat(p.status()).isEqualTo(FILED);
    }

    @Test
    void filingNumbersTheProposalAndTellsWhoProposedIt() {
        var p = proposal(SUBMITTED);
        p.file(23, "一届一次会议第0023号", "  ", false, Set.of(12L, 13L), NOW);
        assertThat(p.numberText()).isEqualTo("一届一次会议第0023号");
        assertThat(events(p)).containsExactly(
                new ProposalEvents.Filed(COMMITTEE, 7, LEAD, Set.of(12L, 13L), "一届一次会议第0023号", NOW));
    }

    @Test
    void aRejectionConvertedToAnOpinionReportHandsTheTextOver() {
        var p = proposal(SUBMITTED);
        p.reject("NOT_SUITABLE", "宜作社情民意", "OPINION_REPORT", true, "张委员", 99, NOW);
        assertThat(p.status()).isEqualTo(NOT_FILED);
        assertThat(events(p)).containsExactly(new ProposalEvents.Rejected(COMMITTEE, 7, LEAD, "NOT_SUITABLE", NOW),
                new ProposalEvents.ConvertedToOpinionReport(COMMITTEE, 7, "关于加强社区养老服务的建议", "情况\n分析\n建议", LEAD,
                        "张委员", 99, java.time.LocalDate.ofInstant(NOW, Proposal.ZONE)));
    }

    @Test
    void aProposalMergesOnlyIntoAFiledOne() {
        var notFiled = proposal(SUBMITTED);
        ReflectionTestUtils.setField(notFiled, "id", 8L);
        assertThatThrownBy(() -> proposal(SUBMITTED).mergeInto(notFiled, null, NOW)).hasMessage("只能并入已立案、尚未交办的提案");
        var p = proposal(PRE_APPROVED);
        p.mergeInto(target(), null, NOW);
        assertThat(p.mergedIntoId()).isEqualTo(8L);
        assertThat(events(p)).containsExactly(new ProposalEvents.Merged(COMMITTEE, 7, 8, LEAD, NOW));
    }

    @Test
    void returningForRevisionNeedsComments() {
        var p = proposal(SUBMITTED);
        assertThatThrownBy(() -> p.returnForRevision(" ", NOW)).hasMessage("请填写修改意见");
        assertThat(p.status()).isEqualTo(SUBMITTED);
        p.returnForRevision("请补充数据", NOW);
        assertThat(events(p)).containsExactly(new ProposalEvents.Returned(COMMITTEE, 7, LEAD, NOW));
    }

    @Test
    void closingRegistersClosedAndReopeningTakesItBack() {
        var p = proposal(HANDLING);
        p.close(NOW);
        assertThat(p.status()).isEqualTo(CLOSED);
        assertThat(events(p)).containsExactly(new ProposalEvents.Closed(COMMITTEE, 7, LEAD, NOW));
        p.reopen(NOW);
        assertThat(p.status()).isEqualTo(HANDLING);
    }

    @Test
    void onlyAFiledProposalBecomesKey() {
        assertThatThrownBy(() -> proposal(SUBMITTED).markKey(Set.of(), NOW)).hasMessage("只有已立案的提案可以列为重点提案");
        var p = proposal(HANDLING);
        p.markKey(Set.of(), NOW);
        assertThat(p.keyProposal()).isTrue();
    }

    @Test
    void markingKeyIsAFactForTheLeadAndCosignersOnTheDay() {
        var p = proposal(FILED);
        p.markKey(Set.of(12L), Instant.parse("2026-03-01T17:00:00Z"));
        assertThat(events(p)).containsExactly(new ProposalEvents.MarkedKey(COMMITTEE, 7, LEAD, Set.of(12L),
                java.time.LocalDate.of(2026, 3, 2)));
    }

    @Test
    void markingOutstandingAndTakingItBackAreFacts() {
        var p = proposal(HANDLING);
        p.markOutstanding(2026, true, Set.of(12L), NOW);
        p.markOutstanding(2026, false, Set.of(12L), NOW);
        var on = java.time.LocalDate.of(2026, 3, 1);
        assertThat(events(p)).containsExactly(new ProposalEvents.MarkedOutstanding(COMMITTEE, 7, LEAD, Set.of(12L), 2026, true, on),
                new ProposalEvents.MarkedOutstanding(COMMITTEE, 7, LEAD, Set.of(12L), 2026, false, on));
    }

    @Test
    void supervisionIsRecordedForKeyProposalsOnly() {
        assertThatThrownBy(() -> proposal(HANDLING).checkSupervisable()).hasMessage("只有重点提案记录督办");
    }

    @Test
    void onlyAProposalInHandlingOrClosedIsOutstanding() {
        assertThatThrownBy(() -> proposal(FILED).markOutstanding(2026, true, Set.of(), NOW)).hasMessage("只有已交办办理的提案可以评为优秀提案");
    }

    @Test
    void aCollectiveProposalInvitesNoCosigners() {
        var p = Proposal.draft(COMMITTEE, "k", form(ProposalKind.COLLECTIVE), null, "staff", true, NOW);
        assertThatThrownBy(() -> p.inviteCosigners(NOW)).hasMessage("集体提案不邀请联名");
    }

    @Test
    void invitingMakesAJointProposal() {
        var p = proposal(DRAFT);
        p.inviteCosigners(NOW);
        assertThat(p.kind()).isEqualTo(ProposalKind.JOINT);
    }

    @Test
    void coSigningClosesWithTheReview() {
        assertThatThrownBy(() -> proposal(FILED).acceptCosignAnswer(12, true, NOW)).hasMessage("该提案已审查，联名已截止");
        var p = proposal(PRE_APPROVED);
        assertThat(p.acceptCosignAnswer(12, true, NOW)).contains(new ProposalEvents.CoSigned(COMMITTEE, 7, 12, NOW));
        assertThat(events(p)).isEmpty(); // nothing to save: the lead's open form keeps its version
    }

    @Test
    void aDeclinedInvitationIsNoFact() {
        var p = proposal(DRAFT);
        assertThat(p.acceptCosignAnswer(12, false, NOW)).isEmpty();
        assertThat(events(p)).isEmpty();
    }

    @Test
    void onlyADraftOrAReturnedProposalIsEdited() {
        assertThatThrownBy(() -> proposal(SUBMITTED).revise(form(ProposalKind.INDIVIDUAL), NOW))
                .hasMessage("该提案当前状态为“待审查”，不能修改");
        var p = proposal(RETURNED);
        p.revise(form(ProposalKind.INDIVIDUAL), NOW);
        assertThat(p.title()).isEqualTo("关于加强社区养老服务的建议");
    }
}

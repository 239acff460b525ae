package cn.tongxin.performance.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.performance.award.AwardWorkflow.Action;
import cn.tongxin.performance.award.AwardWorkflow.Party;
import cn.tongxin.performance.award.AwardWorkflow.Status;
import cn.tongxin.shared.BusinessException;

/** The campaign: 筹备 → 提名 → 评审 → 已决定 → 已公布, cancelled before publication; one rule per row. No Spring. */
class AwardWorkflowTests {

    static final Set<Party> STAFF = EnumSet.of(Party.STAFF);
    static final Set<Party> LEADER = EnumSet.of(Party.LEADER);
    static final Set<Party> MEMBER = EnumSet.of(Party.MEMBER);

    static AwardCampaign campaign(AwardKind kind, Integer quota) {
        var c = AwardCampaign.setUp(1, 2025, kind, "2025年度评选", quota, "staff", Instant.EPOCH);
        c.id = 7L;
        return c;
    }

    static AwardCampaign reviewing(Integer quota) {
        var c = campaign(AwardKind.OUTSTANDING_MEMBER, quota);
        c.open(STAFF);
        c.startReview(STAFF);
        return c;
    }

    static int status(BusinessException e) {
        return e.status().value();
    }

    @Test
    void aCampaignGoesFromPreparationThroughNominationReviewAndDecisionToPublication() {
        var c = campaign(AwardKind.OUTSTANDING_MEMBER, 3);
        assertThat(c.status()).isEqualTo(Status.DRAFT);
        c.open(STAFF);
        assertThat(c.status()).isEqualTo(Status.NOMINATING);
        c.startReview(STAFF);
        assertThat(c.status()).isEqualTo(Status.REVIEWING);
        c.decide(3, STAFF);
        assertThat(c.status()).isEqualTo(Status.DECIDED);
        c.publish(LocalDate.of(2026, 3, 1), STAFF);
        assertThat(c.status()).isEqualTo(Status.PUBLISHED);
        assertThat(c.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void staffNominateWhilePreparingOrNominatingOnly() {
        assertThat(AwardWorkflow.TABLE.allows(Status.DRAFT, Action.NOMINATE, STAFF)).isTrue();
        assertThat(AwardWorkflow.TABLE.allows(Status.NOMINATING, Action.NOMINATE, STAFF)).isTrue();
        assertThatThrownBy(() -> reviewing(3).check(Action.NOMINATE, STAFF)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(409)).hasMessage("该评选当前状态为“评审”，不能提名候选");
    }

    @Test
    void candidatesAreShortlistedOrRemovedDuringReviewOnly() {
        var c = campaign(AwardKind.OUTSTANDING_PROPOSAL, null);
        c.open(STAFF);
        assertThatThrownBy(() -> c.check(Action.SHORTLIST, STAFF)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(409));
        c.startReview(STAFF);
        c.check(Action.SHORTLIST, STAFF);
        c.check(Action.REMOVE, STAFF);
        assertThat(c.status()).isEqualTo(Status.REVIEWING);
    }

    @Test
    void outstandingMembersAreDecidedWithinTheQuota() {
        var c = reviewing(2);
        assertThatThrownBy(() -> c.decide(3, STAFF)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(422)).hasMessage("优秀委员名额为2名，已选3名，超出名额");
        assertThat(c.status()).isEqualTo(Status.REVIEWING);
        c.decide(2, STAFF);
        assertThat(c.status()).isEqualTo(Status.DECIDED);
    }

    @Test
    void aDecisionNamesAtLeastOneWinner() {
        assertThatThrownBy(() -> reviewing(2).decide(0, STAFF)).hasMessage("请选择获评的候选");
    }

    @Test
    void kindsWithoutQuotaTakeAnyNumberOfWinners() {
        var c = campaign(AwardKind.OUTSTANDING_PROPOSAL, null);
        c.open(STAFF);
        c.startReview(STAFF);
        c.decide(40, STAFF);
        assertThat(c.status()).isEqualTo(Status.DECIDED);
    }

    @Test
    void aResultIsPublishedOnce() {
        var c = reviewing(2);
        c.decide(1, STAFF);
        c.publish(LocalDate.of(2026, 3, 1), STAFF);
        assertThatThrownBy(() -> c.publish(LocalDate.of(2026, 3, 2), STAFF)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(409)).hasMessage("该评选当前状态为“已公布”，不能公布结果");
        assertThat(c.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aCampaignIsCancelledFromAnyStepBeforePublication() {
        for (Status from : EnumSet.of(Status.DRAFT, Status.NOMINATING, Status.REVIEWING, Status.DECIDED)) {
            assertThat(AwardWorkflow.TABLE.require(from, Action.CANCEL, STAFF).to()).isEqualTo(Status.CANCELLED);
        }
    }

    @Test
    void aPublishedResultIsNotCancelled() {
        var c = reviewing(2);
        c.decide(1, STAFF);
        c.publish(LocalDate.of(2026, 3, 1), STAFF);
        assertThatThrownBy(() -> c.cancel(STAFF)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(409)).hasMessage("该评选当前状态为“已公布”，不能撤销评选");
    }

    @Test
    void aCancelledCampaignTakesNoFurtherStep() {
        var c = campaign(AwardKind.ADVANCED_SECTOR, null);
        c.cancel(STAFF);
        assertThat(AwardWorkflow.offered(Status.CANCELLED, STAFF)).isEmpty();
    }

    @Test
    void leadersAndMembersReadButTakeNoStep() {
        for (Status s : Status.values()) {
            assertThat(AwardWorkflow.offered(s, EnumSet.of(Party.LEADER, Party.MEMBER))).isEmpty();
        }
        assertThatThrownBy(() -> campaign(AwardKind.OUTSTANDING_MEMBER, 2).open(LEADER)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(403));
        assertThatThrownBy(() -> campaign(AwardKind.OUTSTANDING_MEMBER, 2).open(MEMBER)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(status(e)).isEqualTo(403));
    }

    @Test
    void staffAreOfferedTheStepsOfEachStatusInTheTablesOrder() {
        assertThat(AwardWorkflow.offered(Status.DRAFT, STAFF)).containsExactly(Action.OPEN, Action.NOMINATE, Action.CANCEL);
        assertThat(AwardWorkflow.offered(Status.NOMINATING, STAFF)).containsExactly(Action.NOMINATE, Action.START_REVIEW, Action.CANCEL);
        assertThat(AwardWorkflow.offered(Status.REVIEWING, STAFF))
                .containsExactly(Action.SHORTLIST, Action.REMOVE, Action.DECIDE, Action.CANCEL);
        assertThat(AwardWorkflow.offered(Status.DECIDED, STAFF)).containsExactly(Action.PUBLISH, Action.CANCEL);
        assertThat(AwardWorkflow.offered(Status.PUBLISHED, STAFF)).isEmpty();
    }

    @Test
    void theQuotaIsTheSettingsShareOfActiveMembersRoundedAndAtLeastOne() {
        assertThat(AwardCampaignSteps.quota(142, 8)).isEqualTo(11);
        assertThat(AwardCampaignSteps.quota(150, 5)).isEqualTo(8);
        assertThat(AwardCampaignSteps.quota(6, 5)).isEqualTo(1);
        assertThat(AwardCampaignSteps.quota(0, 10)).isEqualTo(1);
    }
}

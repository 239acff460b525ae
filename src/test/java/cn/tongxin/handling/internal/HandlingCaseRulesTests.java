package cn.tongxin.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import cn.tongxin.handling.CaseAction;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingProfile;
import cn.tongxin.handling.HandlingProfile.Term;
import cn.tongxin.handling.HandlingProfiles;
import cn.tongxin.handling.HandlingWorkflow;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** One rule per row of the case table, on the aggregate alone (no Spring, no database). */
class HandlingCaseRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
    static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
    static final SubjectRef SUBJECT = SubjectRef.of(SubjectType.PROPOSAL, 42);

    static HandlingCase caseIn(CaseStatus status) {
        var profile = new HandlingProfile(SubjectType.PROPOSAL, EnumSet.allOf(HandlingMode.class), Term.months(3), Term.months(6),
                Term.months(1), Term.days(7), 15, 1, List.of("办理态度", "办理结果"));
        var deadlines = new HandlingProfiles.Deadlines(TODAY.plusMonths(3), TODAY.plusMonths(6), null, TODAY.plusDays(7));
        HandlingCase c = HandlingCase.open(1, SUBJECT, "关于……的提案", "/proposals/42", HandlingMode.SOLE, profile, deadlines,
                NOW.minusSeconds(86_400 * 30));
        c.id = 7L;
        c.status = status;
        if (status != CaseStatus.HANDLING) {
            c.repliedAt = NOW;
            c.firstRepliedAt = NOW;
            c.repliedOnTime = true;
            c.ratingDue = TODAY.plusDays(15);
        }
        return c;
    }

    static <T> T event(HandlingCase c, Class<T> type) {
        return c.pendingEvents().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    // 办复: HANDLING → REPLIED (by the unit's last reply)

    @Test
    void theLastReplyMakesAHandlingCaseRepliedAndOpensTheRatingWindow() {
        HandlingCase c = caseIn(CaseStatus.HANDLING);
        c.completeReplies(NOW, TODAY, TODAY.plusDays(1));
        assertThat(c.status()).isEqualTo(CaseStatus.REPLIED);
        assertThat(c.ratingDue()).isEqualTo(TODAY.plusDays(15));
        assertThat(c.repliedOnTime).isTrue();
        assertThat(event(c, HandlingEvents.CaseReplied.class))
                .isEqualTo(new HandlingEvents.CaseReplied(1, SUBJECT, 7, 1, TODAY));
    }

    @Test
    void aReplyAfterTheDeadlineIsNotOnTimeAndOnlyTheFirstReplyCounts() {
        HandlingCase c = caseIn(CaseStatus.HANDLING);
        c.completeReplies(NOW, TODAY, TODAY.minusDays(1));
        assertThat(c.repliedOnTime).isFalse();
        c.status = CaseStatus.HANDLING;
        c.completeReplies(NOW.plusSeconds(60), TODAY, TODAY.plusDays(9));
        assertThat(c.repliedOnTime).isFalse();
        assertThat(c.firstRepliedAt).isEqualTo(NOW);
    }

    @Test
    void aRepliedCaseIsNotRepliedAgain() {
        assertThatThrownBy(() -> caseIn(CaseStatus.REPLIED).completeReplies(NOW, TODAY, TODAY))
                .isInstanceOf(BusinessException.class).hasMessage("该事项当前不在办理中，不能答复");
    }

    // 退回答复: HANDLING → HANDLING, REPLIED → HANDLING

    @Test
    void staffCanReturnAReplyWhileOtherUnitsStillHandle() {
        HandlingCase c = caseIn(CaseStatus.HANDLING);
        c.returnReply(1, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
    }

    @Test
    void returningAReplyOfARepliedCasePutsItBackToHandling() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.returnReply(1, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.ratingDue()).isNull();
        assertThat(c.repliedAt()).isNull();
    }

    @Test
    void aReplyOfAnEarlierRoundOrOfAClosedCaseCannotBeReturned() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.round = 2;
        assertThatThrownBy(() -> c.returnReply(1, TODAY)).hasMessage("只能退回本轮尚未办结的答复");
        assertThatThrownBy(() -> caseIn(CaseStatus.CLOSED).returnReply(1, TODAY)).hasMessage("只能退回本轮尚未办结的答复");
    }

    // 催办: HANDLING, REPLIED

    @Test
    void staffCanUrgeAnOpenCase() {
        caseIn(CaseStatus.HANDLING).requireUrgeable();
        caseIn(CaseStatus.REPLIED).requireUrgeable();
    }

    @Test
    void aClosedCaseIsNotUrged() {
        assertThatThrownBy(() -> caseIn(CaseStatus.CLOSED).requireUrgeable()).hasMessage("该交办已结束，无需催办");
    }

    // 评价 / 代录评价: REPLIED → REPLIED

    @Test
    void aRaterCanRateARepliedCaseWithinTheWindow() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.rate(99, Satisfaction.SATISFIED, Satisfaction.DISSATISFIED, false, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.REPLIED);
        assertThat(event(c, HandlingEvents.Rated.class)).isEqualTo(
                new HandlingEvents.Rated(1, SUBJECT, 7, 99, Satisfaction.SATISFIED, Satisfaction.DISSATISFIED, TODAY));
    }

    @Test
    void staffCanEnterAPaperRatingAfterTheWindow() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, true, TODAY.plusDays(40));
        assertThat(event(c, HandlingEvents.Rated.class).memberId()).isEqualTo(99);
    }

    @Test
    void aCaseIsRatedOnlyOnceEveryReplyIsInAndBeforeItCloses() {
        assertThatThrownBy(() -> caseIn(CaseStatus.HANDLING).rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, false, TODAY))
                .hasMessage("尚未全部答复，暂不能评价");
        assertThatThrownBy(() -> caseIn(CaseStatus.CLOSED).rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, true, TODAY))
                .hasMessage("已办结，不能再评价");
    }

    @Test
    void aRatingAfterTheWindowCountsAsNotRated() {
        assertThatThrownBy(() -> caseIn(CaseStatus.REPLIED).rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, false,
                TODAY.plusDays(16))).isInstanceOf(BusinessException.class).hasMessageStartingWith("评价期限已过");
    }

    // 重新办理: REPLIED → HANDLING

    @Test
    void staffCanOrderAnotherRoundOfARepliedCase() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        LocalDate due = c.rehandle(TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.round()).isEqualTo(2);
        assertThat(due).isEqualTo(TODAY.plusMonths(1)).isEqualTo(c.dueDate());
        assertThat(c.ratingDue()).isNull();
        assertThat(event(c, HandlingEvents.RehandlingOrdered.class).round()).isEqualTo(2);
    }

    @Test
    void onlyARepliedCaseIsHandledAgain() {
        assertThatThrownBy(() -> caseIn(CaseStatus.HANDLING).rehandle(TODAY)).hasMessage("只有已办复、尚未办结的事项可以重新办理");
        assertThatThrownBy(() -> caseIn(CaseStatus.CLOSED).rehandle(TODAY)).hasMessage("只有已办复、尚未办结的事项可以重新办理");
    }

    // 办结: REPLIED → CLOSED

    @Test
    void staffCanCloseARepliedCaseOnceEveryRaterHasRated() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.close(true, NOW, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closedAt()).isEqualTo(NOW);
        assertThat(event(c, HandlingEvents.CaseClosed.class)).isEqualTo(new HandlingEvents.CaseClosed(1, SUBJECT, 7, TODAY));
    }

    @Test
    void aCaseClosesWithoutAllRatingsOnceTheWindowHasPassed() {
        HandlingCase c = caseIn(CaseStatus.REPLIED);
        c.close(false, NOW, TODAY.plusDays(16));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aCaseDoesNotCloseBeforeEveryReplyOrWhileRatersMayStillRate() {
        assertThatThrownBy(() -> caseIn(CaseStatus.HANDLING).close(true, NOW, TODAY)).hasMessage("尚未全部答复，不能办结");
        assertThatThrownBy(() -> caseIn(CaseStatus.REPLIED).close(false, NOW, TODAY))
                .hasMessage("尚有提案人未评价，评价期限（" + TODAY.plusDays(15) + "）未满，不能办结");
        assertThatThrownBy(() -> caseIn(CaseStatus.CLOSED).close(true, NOW, TODAY)).hasMessage("已办结");
    }

    // 重新打开: CLOSED → REPLIED

    @Test
    void staffCanReopenAClosedCaseWithAFullRatingWindow() {
        HandlingCase c = caseIn(CaseStatus.CLOSED);
        c.ratingDue = TODAY.minusDays(30);
        c.reopen("提案人反映未落实", TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.REPLIED);
        assertThat(c.closedAt()).isNull();
        assertThat(c.ratingDue()).isEqualTo(TODAY.plusDays(15));
        assertThat(event(c, HandlingEvents.CaseReopened.class).reason()).isEqualTo("提案人反映未落实");
    }

    @Test
    void onlyAClosedCaseIsReopened() {
        assertThatThrownBy(() -> caseIn(CaseStatus.REPLIED).reopen("x", TODAY))
                .isInstanceOf(BusinessException.class).hasMessage("只有已办结的事项可以重新打开")
                .extracting(e -> ((BusinessException) e).status()).isEqualTo(HttpStatus.CONFLICT);
    }

    // the table itself

    @Test
    void everyRowOfTheCaseTableIsAStepOfTheAggregate() {
        for (var row : HandlingWorkflow.CASE.rows()) {
            HandlingCase c = caseIn(row.from());
            act(c, row.action());
            assertThat(c.status()).as(row.toString()).isEqualTo(row.to());
        }
    }

    @Test
    void noStepIsTakenOutsideTheCaseTable() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (HandlingWorkflow.CASE.find(from, action).isEmpty()) {
                    HandlingCase c = caseIn(from);
                    assertThatThrownBy(() -> act(c, action)).as(from + " " + action).isInstanceOf(BusinessException.class);
                    assertThat(c.pendingEvents()).isEmpty();
                }
            }
        }
    }

    @Test
    void everyCaseStepBelongsToTheRightParty() {
        assertThat(HandlingWorkflow.CASE.actions(CaseStatus.REPLIED, Set.of(cn.tongxin.handling.HandlingParty.RATER)))
                .containsExactly(CaseAction.RATE);
        assertThat(HandlingWorkflow.CASE.actions(CaseStatus.CLOSED, Set.of(cn.tongxin.handling.HandlingParty.UNIT))).isEmpty();
    }

    static void act(HandlingCase c, CaseAction action) {
        switch (action) {
            case COMPLETE_REPLIES -> c.completeReplies(NOW, TODAY, TODAY);
            case RETURN_REPLY -> c.returnReply(c.round(), TODAY);
            case URGE -> c.requireUrgeable();
            case RATE -> c.rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, false, TODAY);
            case RATE_ON_PAPER -> c.rate(99, Satisfaction.SATISFIED, Satisfaction.SATISFIED, true, TODAY);
            case REHANDLE -> c.rehandle(TODAY);
            case CLOSE -> c.close(true, NOW, TODAY);
            case REOPEN -> c.reopen("理由", TODAY);
        }
    }
}

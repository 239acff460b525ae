package cn.tongxin.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.suggestion.SuggestionAction;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionEvents;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.suggestion.SuggestionWorkflow;

/** One rule per row of the micro-suggestion table, on the aggregate alone. */
class MicroSuggestionRulesTests {

    static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

    static MicroSuggestion in(SuggestionStatus status) {
        MicroSuggestion s = MicroSuggestion.submit(1, "key", 99, " 学校门口拥堵 ", " 建议增设停车带 ", " ", NOW);
        s.id = 5L;
        s.status = status;
        return s;
    }

    static <T> T event(MicroSuggestion s, Class<T> type) {
        return s.pendingEvents().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void aSubmittedSuggestionIsTrimmedAndWaitsForStaff() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        assertThat(s.title()).isEqualTo("学校门口拥堵");
        assertThat(s.place).isNull();
        assertThat(s.status()).isEqualTo(SuggestionStatus.SUBMITTED);
    }

    @Test
    void staffAcceptASubmittedSuggestion() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        s.accept(NOW, TODAY);
        assertThat(s.status()).isEqualTo(SuggestionStatus.HANDLING);
        assertThat(s.reviewedAt).isEqualTo(NOW);
        assertThat(event(s, SuggestionEvents.Accepted.class)).isEqualTo(new SuggestionEvents.Accepted(1, 5, 99, TODAY));
    }

    @Test
    void staffRejectASubmittedSuggestionWithAReason() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        s.reject(" 不属于受理范围 ", NOW, TODAY);
        assertThat(s.status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(s.rejectReason).isEqualTo("不属于受理范围");
        assertThat(event(s, SuggestionEvents.Rejected.class).reason()).isEqualTo("不属于受理范围");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> in(SuggestionStatus.SUBMITTED).reject(" ", NOW, TODAY))
                .isInstanceOf(BusinessException.class).hasMessage("请填写不予受理的理由");
    }

    @Test
    void staffConvertASubmittedSuggestionIntoAProposalDraft() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        s.convert(SuggestionConversion.PROPOSAL, NOW, TODAY);
        assertThat(s.status()).isEqualTo(SuggestionStatus.CONVERTED);
        assertThat(event(s, SuggestionEvents.ConvertedToProposal.class)).isEqualTo(
                new SuggestionEvents.ConvertedToProposal(1, 5, 99, "学校门口拥堵", "建议增设停车带", TODAY));
        s.linkTo(123);
        assertThat(s.convertedId()).isEqualTo(123);
    }

    @Test
    void staffConvertASubmittedSuggestionIntoAnOpinionReport() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        s.convert(SuggestionConversion.OPINION, NOW, TODAY);
        assertThat(event(s, SuggestionEvents.ConvertedToOpinionReport.class).requestKey()).isEqualTo("suggestion-5");
        assertThatThrownBy(() -> in(SuggestionStatus.SUBMITTED).convert(null, NOW, TODAY)).hasMessage("请选择转为提案或社情民意信息");
    }

    @Test
    void onlyAConvertedSuggestionIsLinked() {
        assertThatThrownBy(() -> in(SuggestionStatus.SUBMITTED).linkTo(1)).hasMessage("该微建议尚未转办");
    }

    @Test
    void theMemberWithdrawsTheirOwnSubmittedSuggestion() {
        MicroSuggestion s = in(SuggestionStatus.SUBMITTED);
        s.withdraw(99, TODAY);
        assertThat(s.status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        assertThatThrownBy(() -> in(SuggestionStatus.SUBMITTED).withdraw(98, TODAY))
                .extracting(e -> ((BusinessException) e).status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aHandledSuggestionClosesWithItsCase() {
        MicroSuggestion s = in(SuggestionStatus.HANDLING);
        s.close(NOW, TODAY);
        assertThat(s.status()).isEqualTo(SuggestionStatus.CLOSED);
        assertThat(event(s, SuggestionEvents.Closed.class).closedOn()).isEqualTo(TODAY);
    }

    @Test
    void aReviewedSuggestionCannotBeReviewedAgain() {
        assertThatThrownBy(() -> in(SuggestionStatus.HANDLING).reject("太晚", NOW, TODAY))
                .isInstanceOf(BusinessException.class).hasMessage("该微建议当前状态为“办理中”，不能不予受理");
        assertThatThrownBy(() -> in(SuggestionStatus.SUBMITTED).close(NOW, TODAY))
                .hasMessage("该微建议当前状态为“待审核”，不能办结");
    }

    @Test
    void everyRowOfTheTableIsAStepOfTheAggregate() {
        for (var row : SuggestionWorkflow.TABLE.rows()) {
            MicroSuggestion s = in(row.from());
            act(s, row.action());
            assertThat(s.status()).as(row.toString()).isEqualTo(row.to());
        }
    }

    @Test
    void noStepIsTakenOutsideTheTable() {
        for (SuggestionStatus from : SuggestionStatus.values()) {
            for (SuggestionAction action : SuggestionAction.values()) {
                if (SuggestionWorkflow.TABLE.find(from, action).isEmpty()) {
                    MicroSuggestion s = in(from);
                    assertThatThrownBy(() -> act(s, action)).as(from + " " + action)
                            .isInstanceOf(BusinessException.class)
                            .extracting(e -> ((BusinessException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(s.pendingEvents()).isEmpty();
                }
            }
        }
    }

    static void act(MicroSuggestion s, SuggestionAction action) {
        switch (action) {
            case ACCEPT -> s.accept(NOW, TODAY);
            case REJECT -> s.reject("理由", NOW, TODAY);
            case CONVERT -> s.convert(SuggestionConversion.PROPOSAL, NOW, TODAY);
            case WITHDRAW -> s.withdraw(99, TODAY);
            case CLOSE -> s.close(NOW, TODAY);
        }
    }
}

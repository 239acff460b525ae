package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/** One test per row of {@link OpinionWorkflow#TABLE}, on the aggregate, without Spring; and the refusals around them. */
class OpinionReportTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Set<Party> AUTHOR = EnumSet.of(Party.AUTHOR);
    static final Set<Party> STAFF = EnumSet.of(Party.STAFF);

    static OpinionReport report(OpinionSource source, OpinionStatus status) {
        var r = OpinionReport.submit(7, new OpinionReport.Draft(1, "k", "路灯", "正文", "SOCIETY", source, null, 42, false, null,
                List.of(new OpinionReport.Author(100L, 42L, "甲"), new OpinionReport.Author(101L, null, "乙"))), CLOCK);
        r.status = status;
        return r;
    }

    static OpinionReport report(OpinionStatus status) {
        return report(OpinionSource.MEMBER, status);
    }

    @Test
    void submittingRecordsWhoAndTheDayItHappened() {
        var r = report(OpinionSource.CORRESPONDENT, OpinionStatus.SUBMITTED);
        assertThat(r.pendingEvents()).singleElement().isEqualTo(new OpinionEvents.ReportSubmitted(7, 1, "路灯",
                OpinionSource.CORRESPONDENT, List.of(100L, 101L), 42L, LocalDate.of(2026, 3, 2), null));
    }

    @Test
    void authorCanResubmitAReturnedReport() {
        var r = report(OpinionStatus.RETURNED);
        r.resubmit(AUTHOR, "路灯（补充）", "补充", CLOCK);
        assertThat(r.status()).isEqualTo(OpinionStatus.SUBMITTED);
        assertThat(r.title()).isEqualTo("路灯（补充）");
        assertThat(r.pendingEvents()).last().isInstanceOf(OpinionEvents.ReportResubmitted.class);
    }

    @Test
    void authorCanWithdrawASubmittedReport() {
        var r = report(OpinionStatus.SUBMITTED);
        r.withdraw(AUTHOR);
        assertThat(r.status()).isEqualTo(OpinionStatus.WITHDRAWN);
    }

    @Test
    void authorCanWithdrawAReturnedReport() {
        var r = report(OpinionStatus.RETURNED);
        r.withdraw(AUTHOR);
        assertThat(r.status()).isEqualTo(OpinionStatus.WITHDRAWN);
        assertThat(r.pendingEvents()).last().isEqualTo(new OpinionEvents.ReportWithdrawn(7, 1));
    }

    @Test
    void staffCanAcceptASubmittedReportAndTheAuthorsAreCreditedThatDay() {
        var r = report(OpinionStatus.SUBMITTED);
        r.accept(STAFF, "可用", CLOCK);
        assertThat(r.status()).isEqualTo(OpinionStatus.ACCEPTED);
        assertThat(r.pendingEvents()).last().isEqualTo(new OpinionEvents.ReportAccepted(7, 1, List.of(100L, 101L), null,
                LocalDate.of(2026, 3, 2)));
    }

    @Test
    void staffCanArchiveASubmittedReport() {
        var r = report(OpinionStatus.SUBMITTED);
        r.archive(STAFF, null, CLOCK);
        assertThat(r.status()).isEqualTo(OpinionStatus.ARCHIVED);
    }

    @Test
    void staffCanReturnASubmittedReportWithTheReason() {
        var r = report(OpinionStatus.SUBMITTED);
        r.returnToAuthor(STAFF, "请补充事例", CLOCK);
        assertThat(r.status()).isEqualTo(OpinionStatus.RETURNED);
        assertThat(r.pendingEvents()).last().isEqualTo(new OpinionEvents.ReportReturned(7, 1, 42, "路灯", "请补充事例"));
    }

    @Test
    void staffCanPassASubmittedReportToAMemberAsAProposalClue() {
        var r = report(OpinionStatus.SUBMITTED);
        r.passAsClue(STAFF, 100, null, CLOCK);
        assertThat(r.status()).isEqualTo(OpinionStatus.CLUE);
        assertThat(r.pendingEvents()).last().isEqualTo(new OpinionEvents.ReportPassedAsClue(7, 1, 100, "路灯"));
    }

    @Test
    void staffCanEditAnAcceptedReportIntoAnItem() {
        var r = report(OpinionStatus.ACCEPTED);
        r.edit(STAFF, 9);
        assertThat(r.status()).isEqualTo(OpinionStatus.EDITED);
        assertThat(r.itemId()).isEqualTo(9);
    }

    @Test
    void staffCanIssueAnEditedReportOnTheBulletinsDate() {
        var r = report(OpinionSource.CORRESPONDENT, OpinionStatus.EDITED);
        r.itemId = 9L;
        r.issue(STAFF, 3, "《社情民意》2026年第3期", LocalDate.of(2026, 2, 20));
        assertThat(r.status()).isEqualTo(OpinionStatus.ISSUED);
        assertThat(r.pendingEvents()).last().isEqualTo(new OpinionEvents.ReportIssued(7, 1, "路灯", 42, List.of(100L, 101L), 42L, 9,
                3, "《社情民意》2026年第3期", LocalDate.of(2026, 2, 20)));
    }

    @Test
    void authorCannotAcceptTheirOwnReport() {
        assertThatThrownBy(() -> report(OpinionStatus.SUBMITTED).accept(AUTHOR, null, CLOCK))
                .isInstanceOf(BusinessException.class).hasMessage("您无权对信息执行“采编”");
    }

    @Test
    void staffCannotResubmitOrWithdrawForTheAuthor() {
        assertThatThrownBy(() -> report(OpinionStatus.RETURNED).resubmit(STAFF, "t", "b", CLOCK)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> report(OpinionStatus.SUBMITTED).withdraw(STAFF)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aReportIsEditedOnlyAfterItWasAccepted() {
        var r = report(OpinionStatus.SUBMITTED);
        assertThatThrownBy(() -> r.edit(STAFF, 9)).isInstanceOf(BusinessException.class).hasMessage("该信息当前状态为“待处理”，不能编辑");
        assertThat(r.status()).isEqualTo(OpinionStatus.SUBMITTED);
        assertThat(r.itemId()).isNull();
    }

    @Test
    void anIssuedReportCannotBeWithdrawn() {
        assertThatThrownBy(() -> report(OpinionStatus.ISSUED).withdraw(AUTHOR)).isInstanceOf(BusinessException.class)
                .hasMessage("该信息当前状态为“已编发”，不能撤回");
    }

    @Test
    void triageHappensOnlyOnceFromSubmitted() {
        for (OpinionStatus s : EnumSet.complementOf(EnumSet.of(OpinionStatus.SUBMITTED))) {
            assertThatThrownBy(() -> report(s).accept(STAFF, null, CLOCK)).as(s.name()).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> report(s).archive(STAFF, null, CLOCK)).as(s.name()).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> report(s).returnToAuthor(STAFF, "x", CLOCK)).as(s.name()).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> report(s).passAsClue(STAFF, 1, null, CLOCK)).as(s.name()).isInstanceOf(BusinessException.class);
        }
    }

    @Test
    void everyRowOfTheTableIsCoveredByAStepOfTheReport() {
        assertThat(OpinionWorkflow.TABLE.rows()).hasSize(9);
        assertThat(OpinionWorkflow.TABLE.rows().stream().map(t -> t.action()).distinct()).containsExactly(OpinionWorkflow.Action.values());
    }
}

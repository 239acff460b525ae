package cn.tongxin.performance.dutyreport;

import static cn.tongxin.performance.dutyreport.DutyReportWorkflow.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.performance.dutyreport.DutyReportWorkflow.Party;
import cn.tongxin.shared.BusinessException;

class DutyReportWorkflowTests {

    @Test
    void theMemberEditsAndSubmitsADraftOrAReturnedReport() {
        assertThat(TABLE.actions(DutyReportStatus.DRAFT, Set.of(Party.MEMBER)))
                .containsExactly(DutyReportAction.EDIT, DutyReportAction.SUBMIT);
        assertThat(TABLE.require(DutyReportStatus.RETURNED, DutyReportAction.SUBMIT, Set.of(Party.MEMBER)).to())
                .isEqualTo(DutyReportStatus.SUBMITTED);
    }

    @Test
    void aSubmittedReportCannotBeEditedUntilStaffReturnIt() {
        assertThatThrownBy(() -> TABLE.require(DutyReportStatus.SUBMITTED, DutyReportAction.EDIT, Set.of(Party.MEMBER)))
                .isInstanceOf(BusinessException.class).hasMessage("该履职报告当前状态为“已提交”，不能修改");
        assertThat(TABLE.require(DutyReportStatus.SUBMITTED, DutyReportAction.RETURN, Set.of(Party.STAFF)).to())
                .isEqualTo(DutyReportStatus.RETURNED);
    }

    @Test
    void staffAcceptThenPublishAndOnlyAnAcceptedReportIsPublished() {
        assertThat(TABLE.actions(DutyReportStatus.SUBMITTED, Set.of(Party.STAFF)))
                .containsExactly(DutyReportAction.RETURN, DutyReportAction.ACCEPT);
        assertThat(TABLE.require(DutyReportStatus.ACCEPTED, DutyReportAction.PUBLISH, Set.of(Party.STAFF)).to())
                .isEqualTo(DutyReportStatus.PUBLISHED);
        assertThatThrownBy(() -> TABLE.require(DutyReportStatus.SUBMITTED, DutyReportAction.PUBLISH, Set.of(Party.STAFF)))
                .hasMessage("该履职报告当前状态为“已提交”，不能公开");
    }

    @Test
    void aPublishedReportIsFinal() {
        assertThat(TABLE.actions(DutyReportStatus.PUBLISHED, Set.of(Party.MEMBER, Party.STAFF))).isEmpty();
    }

    @Test
    void theMemberNeverReviewsAndStaffNeverWrite() {
        assertThatThrownBy(() -> TABLE.require(DutyReportStatus.SUBMITTED, DutyReportAction.ACCEPT, Set.of(Party.MEMBER)))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).status().value()).isEqualTo(403);
        assertThatThrownBy(() -> TABLE.require(DutyReportStatus.DRAFT, DutyReportAction.EDIT, Set.of(Party.STAFF)))
                .extracting(e -> ((BusinessException) e).status().value()).isEqualTo(403);
    }

    @Test
    void onlySubmittedAcceptedAndPublishedReportsCountAsHandedIn() {
        assertThat(java.util.Arrays.stream(DutyReportStatus.values()).filter(DutyReportStatus::handedIn))
                .containsExactly(DutyReportStatus.SUBMITTED, DutyReportStatus.ACCEPTED, DutyReportStatus.PUBLISHED);
    }
}

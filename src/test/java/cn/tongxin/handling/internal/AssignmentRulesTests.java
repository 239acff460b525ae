package cn.tongxin.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.tongxin.handling.AssignmentAction;
import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.HandlingWorkflow;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.shared.BusinessException;

/** One rule per row of the assignment table, on the aggregate alone. */
class AssignmentRulesTests {

    static final LocalDate DUE = LocalDate.of(2026, 8, 11);
    static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

    static Assignment assignment(UnitRole role, AssignmentStatus status) {
        Assignment a = Assignment.of(7, 1, 3, role, DUE, NOW);
        a.id = 11L;
        a.status = status;
        return a;
    }

    @Test
    void aUnitAcknowledgesANewAssignment() {
        Assignment a = assignment(UnitRole.SOLE, AssignmentStatus.ASSIGNED);
        a.acknowledge(NOW);
        assertThat(a.status()).isEqualTo(AssignmentStatus.ACKNOWLEDGED);
        assertThat(a.acknowledgedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> a.acknowledge(NOW)).hasMessage("该事项已签收");
    }

    @Test
    void aUnitMayAskForReassignmentOnlyBeforeItAnswers() {
        assignment(UnitRole.SOLE, AssignmentStatus.ASSIGNED).requireReassignable();
        assignment(UnitRole.SOLE, AssignmentStatus.ACKNOWLEDGED).requireReassignable();
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.REPLIED).requireReassignable())
                .hasMessage("已答复的事项不能申请调整");
        assertThatThrownBy(() -> assignment(UnitRole.CO, AssignmentStatus.OPINION_SENT).requireReassignable())
                .hasMessage("已答复的事项不能申请调整");
    }

    @Test
    void aResponsibleUnitMayAskForAnExtensionBeforeReplying() {
        assignment(UnitRole.LEAD, AssignmentStatus.ASSIGNED).requireExtensible();
        assignment(UnitRole.SPLIT, AssignmentStatus.ACKNOWLEDGED).requireExtensible();
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.REPLIED).requireExtensible())
                .hasMessage("只有尚未答复的承办单位可以申请延期");
    }

    @Test
    void aCoHandlingUnitDoesNotAskForAnExtension() {
        assertThatThrownBy(() -> assignment(UnitRole.CO, AssignmentStatus.ACKNOWLEDGED).requireExtensible())
                .hasMessage("只有尚未答复的承办单位可以申请延期");
    }

    @Test
    void aUnitRecordsContactsOnceItHasAcknowledged() {
        assignment(UnitRole.SOLE, AssignmentStatus.ACKNOWLEDGED).requireContactable();
        assignment(UnitRole.SOLE, AssignmentStatus.REPLIED).requireContactable();
        assignment(UnitRole.CO, AssignmentStatus.OPINION_SENT).requireContactable();
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.ASSIGNED).requireContactable()).hasMessage("请先签收");
    }

    @Test
    void aCoHandlingUnitSendsItsOpinionOnceAfterAcknowledging() {
        Assignment a = assignment(UnitRole.CO, AssignmentStatus.ACKNOWLEDGED);
        a.sendOpinion();
        assertThat(a.status()).isEqualTo(AssignmentStatus.OPINION_SENT);
        assertThatThrownBy(a::sendOpinion).hasMessage("会办意见已提交");
        assertThatThrownBy(() -> assignment(UnitRole.CO, AssignmentStatus.ASSIGNED).sendOpinion()).hasMessage("请先签收");
    }

    @Test
    void aLeadUnitRepliesInsteadOfSendingAnOpinion() {
        assertThatThrownBy(() -> assignment(UnitRole.LEAD, AssignmentStatus.ACKNOWLEDGED).sendOpinion())
                .hasMessage("只有会办单位提交会办意见");
    }

    @Test
    void aResponsibleUnitRepliesOncePerRound() {
        Assignment a = assignment(UnitRole.SOLE, AssignmentStatus.ACKNOWLEDGED);
        a.reply(NOW);
        assertThat(a.status()).isEqualTo(AssignmentStatus.REPLIED);
        assertThat(a.repliedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> a.reply(NOW)).hasMessage("本轮已答复，不能重复答复");
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.ASSIGNED).reply(NOW)).hasMessage("请先签收");
    }

    @Test
    void aCoHandlingUnitDoesNotReply() {
        assertThatThrownBy(() -> assignment(UnitRole.CO, AssignmentStatus.ACKNOWLEDGED).reply(NOW))
                .hasMessage("会办单位不直接答复，请向主办单位提交会办意见");
    }

    @Test
    void staffUrgeOnlyAnAssignmentStillOpen() {
        assignment(UnitRole.SOLE, AssignmentStatus.ASSIGNED).requireUrgeable();
        assignment(UnitRole.SOLE, AssignmentStatus.ACKNOWLEDGED).requireUrgeable();
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.REPLIED).requireUrgeable()).hasMessage("该交办已结束，无需催办");
        assertThatThrownBy(() -> assignment(UnitRole.SOLE, AssignmentStatus.WITHDRAWN).requireUrgeable()).hasMessage("该交办已结束，无需催办");
    }

    @Test
    void staffWithdrawAnAssignmentWhenHandingItToAnotherUnit() {
        Assignment a = assignment(UnitRole.SOLE, AssignmentStatus.ACKNOWLEDGED);
        a.withdraw(NOW);
        assertThat(a.status()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThat(a.active()).isFalse();
        assertThat(a.withdrawnAt).isEqualTo(NOW);
    }

    @Test
    void aReturnedReplyPutsTheAssignmentBackToHandling() {
        Assignment a = assignment(UnitRole.SOLE, AssignmentStatus.REPLIED);
        a.returnReply();
        assertThat(a.status()).isEqualTo(AssignmentStatus.ACKNOWLEDGED);
    }

    @Test
    void anotherRoundPutsARepliedAssignmentBackWithTheNewDeadline() {
        Assignment a = assignment(UnitRole.SPLIT, AssignmentStatus.REPLIED);
        a.rehandle(DUE.plusMonths(1));
        assertThat(a.status()).isEqualTo(AssignmentStatus.ACKNOWLEDGED);
        assertThat(a.dueDate()).isEqualTo(DUE.plusMonths(1));
        assertThat(a.repliedAt).isNull();
    }

    @Test
    void everyRowOfTheAssignmentTableIsAStepOfTheAggregate() {
        for (var row : HandlingWorkflow.ASSIGNMENT.rows()) {
            Assignment a = assignment(row.action() == AssignmentAction.SEND_OPINION ? UnitRole.CO : UnitRole.SOLE, row.from());
            if (row.from() == AssignmentStatus.OPINION_SENT) {
                a = assignment(UnitRole.CO, row.from());
            }
            act(a, row.action());
            assertThat(a.status()).as(row.toString()).isEqualTo(row.to());
        }
    }

    @Test
    void noStepIsTakenOutsideTheAssignmentTable() {
        for (AssignmentStatus from : AssignmentStatus.values()) {
            for (AssignmentAction action : AssignmentAction.values()) {
                if (HandlingWorkflow.ASSIGNMENT.find(from, action).isEmpty()) {
                    for (UnitRole role : UnitRole.values()) {
                        Assignment a = assignment(role, from);
                        assertThatThrownBy(() -> act(a, action)).as(from + " " + action + " " + role)
                                .isInstanceOf(BusinessException.class);
                    }
                }
            }
        }
    }

    static void act(Assignment a, AssignmentAction action) {
        switch (action) {
            case ACKNOWLEDGE -> a.acknowledge(NOW);
            case REQUEST_REASSIGNMENT -> a.requireReassignable();
            case REQUEST_EXTENSION -> a.requireExtensible();
            case RECORD_CONTACT -> a.requireContactable();
            case SEND_OPINION -> a.sendOpinion();
            case REPLY -> a.reply(NOW);
            case URGE -> a.requireUrgeable();
            case WITHDRAW -> a.withdraw(NOW);
            case RETURN_REPLY -> a.returnReply();
            case REHANDLE -> a.rehandle(DUE);
        }
    }
}

package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.activity.PlanItemWorkflow.Action;
import cn.tongxin.activity.PlanItemWorkflow.Party;
import cn.tongxin.activity.PlanItemWorkflow.Status;
import cn.tongxin.shared.BusinessException;

/** The consultation plan topic: 计划 → 已开展 → 已反馈, one rule per row, and what each role is offered. No Spring. */
class PlanItemWorkflowTests {

    static final Set<Party> STAFF = EnumSet.of(Party.STAFF);
    static final Set<Party> LEADER = EnumSet.of(Party.LEADER);

    static ConsultationPlanItem item() {
        var item = ConsultationPlanItem.plan(1, 2026, "优化营商环境", ActivityType.THEMATIC_CONSULTATION, 5, null);
        item.id = 3L;
        return item;
    }

    @Test
    void staffLinkThePlannedTopicToTheActivityThatCarriedItOut() {
        var item = item();
        item.carriedOutBy(99, STAFF);
        assertThat(item.status()).isEqualTo(Status.DONE);
        assertThat(item.activityId()).isEqualTo(99L);
        assertThat(item.pendingEvents()).containsExactly(new ConsultationPlanItem.CarriedOut(1, 3, 99));
    }

    @Test
    void staffRecordFeedbackOnATopicCarriedOut() {
        var item = item();
        item.carriedOutBy(99, STAFF);
        item.feedbackReceived(STAFF);
        assertThat(item.status()).isEqualTo(Status.FEEDBACK);
    }

    @Test
    void onlyAPlannedTopicIsLinkedToAnActivity() {
        var item = item();
        item.carriedOutBy(99, STAFF);
        assertThatThrownBy(() -> item.carriedOutBy(100, STAFF)).hasMessage("只有“计划”状态的议题可以关联开展的活动");
    }

    @Test
    void feedbackOnlyAfterTheTopicWasCarriedOut() {
        assertThatThrownBy(() -> item().feedbackReceived(STAFF)).hasMessage("议题开展后才能登记反馈");
    }

    @Test
    void leadersReadThePlanButDoNotChangeIt() {
        assertThatThrownBy(() -> item().carriedOutBy(99, LEADER)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void offeredActionsEqualTheTablesForEveryRoleAndStatus() {
        for (Set<Party> as : List.of(STAFF, LEADER)) {
            for (Status s : Status.values()) {
                assertThat(PlanItemWorkflow.offered(s, as)).isEqualTo(PlanItemWorkflow.TABLE.rows().stream()
                        .filter(t -> t.from() == s && t.parties().stream().anyMatch(as::contains)).map(t -> t.action()).toList());
            }
        }
        assertThat(PlanItemWorkflow.offered(Status.PLANNED, STAFF)).containsExactly(Action.CARRY_OUT);
        assertThat(PlanItemWorkflow.offered(Status.DONE, STAFF)).containsExactly(Action.RECORD_FEEDBACK);
        assertThat(PlanItemWorkflow.offered(Status.FEEDBACK, STAFF)).isEmpty();
        assertThat(PlanItemWorkflow.offered(Status.PLANNED, LEADER)).isEmpty();
    }
}

package cn.tongxin.activity;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.activity.PlanItemWorkflow.Action;
import cn.tongxin.activity.PlanItemWorkflow.Party;
import cn.tongxin.activity.PlanItemWorkflow.Status;

/** One topic of the 年度协商计划: planned for a month, carried out by an activity, then its feedback recorded. */
@Table("consultation_plan_item")
public class ConsultationPlanItem extends AbstractAggregateRoot<ConsultationPlanItem> {

    public record Planned(long committeeId, long itemId, int year, String topic) {
    }

    public record CarriedOut(long committeeId, long itemId, long activityId) {
    }

    public record FeedbackRecorded(long committeeId, long itemId) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    int year;
    String topic;
    ActivityType type;
    int plannedMonth;
    Long leadSpecialCommitteeId;
    Status status;
    Long activityId;

    ConsultationPlanItem() {
    }

    static ConsultationPlanItem plan(long committeeId, int year, String topic, ActivityType type, int month, Long leadSpecialCommitteeId) {
        var item = new ConsultationPlanItem();
        item.committeeId = committeeId;
        item.year = year;
        item.topic = topic;
        item.type = type;
        item.plannedMonth = month;
        item.leadSpecialCommitteeId = leadSpecialCommitteeId;
        item.status = Status.PLANNED;
        return item;
    }

    ConsultationPlanItem planned() {
        registerEvent(new Planned(committeeId, id, year, topic));
        return this;
    }

    void carriedOutBy(long activityId, Set<Party> as) {
        status = PlanItemWorkflow.require(status, Action.CARRY_OUT, as);
        this.activityId = activityId;
        registerEvent(new CarriedOut(committeeId, id, activityId));
    }

    void feedbackReceived(Set<Party> as) {
        status = PlanItemWorkflow.require(status, Action.RECORD_FEEDBACK, as);
        registerEvent(new FeedbackRecorded(committeeId, id));
    }

    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    public Long id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public Long activityId() {
        return activityId;
    }
}

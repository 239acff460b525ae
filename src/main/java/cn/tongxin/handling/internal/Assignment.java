package cn.tongxin.handling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.handling.AssignmentAction;
import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.HandlingParty;
import cn.tongxin.handling.HandlingWorkflow;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.shared.BusinessException;

/**
 * One unit's part in a case. Its own aggregate (not a child of the case) because requests, contacts, opinions and
 * replies point at it by id. Every step checks {@link HandlingWorkflow#ASSIGNMENT}.
 */
@Table("handling_assignment")
public class Assignment extends AbstractAggregateRoot<Assignment> {

    @Id
    Long id;
    @Version
    Integer version;
    long caseId;
    long committeeId;
    long unitId;
    UnitRole role;
    AssignmentStatus status;
    Instant assignedAt;
    Instant acknowledgedAt;
    LocalDate dueDate;
    Instant repliedAt;
    Instant withdrawnAt;

    Assignment() {
    }

    public static Assignment of(long caseId, long committeeId, long unitId, UnitRole role, LocalDate due, Instant at) {
        var a = new Assignment();
        a.caseId = caseId;
        a.committeeId = committeeId;
        a.unitId = unitId;
        a.role = role;
        a.status = AssignmentStatus.ASSIGNED;
        a.assignedAt = at;
        a.dueDate = due;
        return a;
    }

    public void acknowledge(Instant now) {
        step(AssignmentAction.ACKNOWLEDGE, HandlingParty.UNIT, "该事项已签收");
        acknowledgedAt = now;
    }

    public void requireReassignable() {
        step(AssignmentAction.REQUEST_REASSIGNMENT, HandlingParty.UNIT, "已答复的事项不能申请调整");
    }

    public void requireExtensible() {
        if (!role.replies()) {
            throw BusinessException.conflict("只有尚未答复的承办单位可以申请延期");
        }
        step(AssignmentAction.REQUEST_EXTENSION, HandlingParty.UNIT, "只有尚未答复的承办单位可以申请延期");
    }

    public void requireContactable() {
        step(AssignmentAction.RECORD_CONTACT, HandlingParty.UNIT, "请先签收");
    }

    public void sendOpinion() {
        if (role != UnitRole.CO) {
            throw BusinessException.conflict("只有会办单位提交会办意见");
        }
        step(AssignmentAction.SEND_OPINION, HandlingParty.UNIT,
                status == AssignmentStatus.ASSIGNED ? "请先签收" : "会办意见已提交");
    }

    public void reply(Instant now) {
        if (!role.replies()) {
            throw BusinessException.conflict("会办单位不直接答复，请向主办单位提交会办意见");
        }
        step(AssignmentAction.REPLY, HandlingParty.UNIT,
                status == AssignmentStatus.ASSIGNED ? "请先签收" : "本轮已答复，不能重复答复");
        repliedAt = now;
    }

    public void requireUrgeable() {
        step(AssignmentAction.URGE, HandlingParty.STAFF, "该交办已结束，无需催办");
    }

    /** Staff approved handing it to another unit. */
    public void withdraw(Instant now) {
        step(AssignmentAction.WITHDRAW, HandlingParty.STAFF, "该交办当前状态为“" + status.label() + "”，不能调整");
        withdrawnAt = now;
    }

    public void returnReply() {
        step(AssignmentAction.RETURN_REPLY, HandlingParty.STAFF, "只能退回本轮尚未办结的答复");
    }

    /** Another round: answer again by the new deadline. */
    public void rehandle(LocalDate due) {
        step(AssignmentAction.REHANDLE, HandlingParty.STAFF, "只有已办复、尚未办结的事项可以重新办理");
        dueDate = due;
        repliedAt = null;
    }

    public void extendTo(LocalDate due) {
        dueDate = due;
    }

    /** Still this unit's to handle (not handed to another unit). */
    public boolean active() {
        return status.active();
    }

    /** A responsible unit still expected to reply in this round. */
    public boolean responsible() {
        return active() && role.replies();
    }

    private void step(AssignmentAction action, HandlingParty by, String refusal) {
        if (!HandlingWorkflow.ASSIGNMENT.allows(status, action, Set.of(by))) {
            throw BusinessException.conflict(refusal);
        }
        status = HandlingWorkflow.ASSIGNMENT.require(status, action).to();
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long committeeId() { return committeeId; }
    public long unitId() { return unitId; }
    public UnitRole role() { return role; }
    public AssignmentStatus status() { return status; }
    public LocalDate dueDate() { return dueDate; }
}

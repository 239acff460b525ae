package cn.tongxin.handling;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.internal.Assignment;
import cn.tongxin.handling.internal.CaseRecords;
import cn.tongxin.handling.internal.HandlingCase;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** Staff decide reassignment and extension requests, urge units and return replies that do not answer. */
@Service
@Transactional
public class StaffOversight {

    private final HandlingSupport support;
    private final CaseRecords records;
    private final AssignToUnits assign;

    StaffOversight(HandlingSupport support, CaseRecords records, AssignToUnits assign) {
        this.support = support;
        this.records = records;
        this.assign = assign;
    }

    /** Approving hands the assignment to the replacement unit, in the same role; refusing keeps it. */
    public void decideReassignment(long requestId, boolean approve, Long replacementUnitId, String note) {
        CurrentUser staff = support.staff();
        CaseRecords.Request r = pending(staff.committeeId(), requestId, "REASSIGNMENT");
        var locked = support.lockAssignment(staff.committeeId(), r.assignmentId());
        HandlingCase c = locked.handlingCase();
        Assignment a = locked.assignment();
        if (!approve) {
            decide(requestId, "REFUSED", note);
            support.trail(c, "不同意调整", null, null, locked.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
            support.tell(c, Recipient.unit(a.unitId()), "调整申请未获同意：" + c.subjectTitle(), note);
            return;
        }
        if (replacementUnitId == null || replacementUnitId == a.unitId()) {
            throw BusinessException.invalid("同意调整须选择新的承办单位");
        }
        assign.requireActiveUnit(replacementUnitId);
        boolean taken = support.assignments().findByCaseIdOrderById(c.id()).stream()
                .anyMatch(x -> x.active() && x.unitId() == replacementUnitId);
        if (taken) {
            throw BusinessException.invalid("新的承办单位已在办理该事项");
        }
        decide(requestId, "APPROVED", note);
        a.withdraw(support.now());
        support.assignments().save(a);
        String added = assign.addAssignment(c, replacementUnitId, a.role(), a.dueDate(), support.now());
        c.reassigned(a.unitId(), replacementUnitId, support.today());
        support.cases().save(c);
        support.trail(c, "同意调整", locked.unitName(), added, note);
        support.tell(c, Recipient.unit(a.unitId()), "调整申请已同意：" + c.subjectTitle(), "已改由" + added + "办理");
        support.tell(c, Recipient.unit(replacementUnitId), "新交办：" + c.subjectTitle(), "请及时签收，办理期限 " + a.dueDate());
    }

    public void decideExtension(long requestId, boolean approve, String note) {
        CurrentUser staff = support.staff();
        CaseRecords.Request r = pending(staff.committeeId(), requestId, "EXTENSION");
        var locked = support.lockAssignment(staff.committeeId(), r.assignmentId());
        HandlingCase c = locked.handlingCase();
        Assignment a = locked.assignment();
        var before = a.dueDate();
        if (approve) {
            c.extendTo(r.requestedDue());
            a.extendTo(r.requestedDue());
            support.assignments().save(a);
            support.cases().save(c);
        }
        decide(requestId, approve ? "APPROVED" : "REFUSED", note);
        support.trail(c, approve ? "同意延期" : "不同意延期", before.toString(), approve ? r.requestedDue().toString() : null,
                locked.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
        support.tell(c, Recipient.unit(a.unitId()), (approve ? "延期已同意：" : "延期未获同意：") + c.subjectTitle(),
                approve ? "新的办理期限 " + r.requestedDue() : note);
    }

    public void urge(long assignmentId, String note) {
        CurrentUser staff = support.staff();
        var locked = support.lockAssignment(staff.committeeId(), assignmentId);
        HandlingCase c = locked.handlingCase();
        if (!locked.assignment().active()) {
            throw BusinessException.conflict("该交办已结束，无需催办");
        }
        c.requireUrgeable();
        locked.assignment().requireUrgeable();
        records.addUrge(assignmentId, Text.trimToNull(note), staff.username(), support.now());
        support.trail(c, "催办", null, null, locked.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
        support.tell(c, Recipient.unit(locked.assignment().unitId()), "催办：" + c.subjectTitle(),
                Text.isBlank(note) ? "请抓紧办理" : note.strip());
    }

    /** A reply that does not answer goes back to its unit, which replies again; ratings must not have started. */
    public void returnReply(long replyId, String reason) {
        CurrentUser staff = support.staff();
        CaseRecords.Reply reply = records.reply(staff.committeeId(), replyId)
                .orElseThrow(() -> BusinessException.notFound("答复"));
        HandlingCase c = support.lockCase(staff.committeeId(), reply.caseId());
        if (!reply.submitted()) {
            throw BusinessException.conflict("只能退回本轮尚未办结的答复");
        }
        CaseStatus from = c.status();
        c.returnReply(reply.round(), support.today());
        if (records.ratings(c.id(), c.round()) > 0) {
            throw BusinessException.conflict("提案人已开始评价，不能退回答复");
        }
        String why = Text.trimToNull(reason);
        if (why == null) {
            throw BusinessException.invalid("请填写退回理由");
        }
        records.returnReply(replyId, why);
        var locked = support.lockAssignment(staff.committeeId(), reply.assignmentId());
        locked.assignment().returnReply();
        support.assignments().save(locked.assignment());
        support.cases().save(c);
        support.trail(c, "退回答复", AssignmentStatus.REPLIED.label(), AssignmentStatus.ACKNOWLEDGED.label(),
                locked.unitName() + "：" + why);
        support.tell(c, Recipient.unit(locked.assignment().unitId()), "答复被退回：" + c.subjectTitle(), why);
    }

    private CaseRecords.Request pending(long committeeId, long requestId, String kind) {
        CaseRecords.Request r = records.lockRequest(committeeId, requestId).orElseThrow(() -> BusinessException.notFound("申请"));
        if (!r.kind().equals(kind)) {
            throw BusinessException.notFound("申请");
        }
        if (!"PENDING".equals(r.status())) {
            throw BusinessException.conflict("该申请已处理");
        }
        return r;
    }

    private void decide(long requestId, String status, String note) {
        records.decide(requestId, status, support.user().username(), support.now(), Text.trimToNull(note));
    }
}

package cn.tongxin.handling;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.internal.AssignmentRow;
import cn.tongxin.handling.internal.CaseRow;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** Staff decide reassignment and extension requests, urge units and return replies that do not answer. */
@Service
@Transactional
public class StaffOversight {

    private final HandlingSupport support;
    private final JdbcClient jdbc;
    private final AssignToUnits assign;

    StaffOversight(HandlingSupport support, JdbcClient jdbc, AssignToUnits assign) {
        this.support = support;
        this.jdbc = jdbc;
        this.assign = assign;
    }

    /** Approving hands the assignment to the replacement unit, in the same role; refusing keeps it. */
    public void decideReassignment(long requestId, boolean approve, Long replacementUnitId, String note) {
        CurrentUser staff = support.staff();
        Request r = pending(staff.committeeId(), requestId, "REASSIGNMENT");
        AssignmentRow a = support.store().lockAssignment(staff.committeeId(), r.assignmentId());
        CaseRow c = support.store().lockCase(staff.committeeId(), a.caseId());
        if (!approve) {
            decide(requestId, "REFUSED", note);
            support.trail(c, "不同意调整", null, null, a.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
            support.tell(c, Recipient.unit(a.unitId()), "调整申请未获同意：" + c.subjectTitle(), note);
            return;
        }
        if (replacementUnitId == null || replacementUnitId == a.unitId()) {
            throw BusinessException.invalid("同意调整须选择新的承办单位");
        }
        boolean taken = support.store().assignments(c.id()).stream()
                .anyMatch(x -> x.status().active() && x.unitId() == replacementUnitId);
        if (taken) {
            throw BusinessException.invalid("新的承办单位已在办理该事项");
        }
        decide(requestId, "APPROVED", note);
        support.store().setAssignmentStatus(a.id(), AssignmentStatus.WITHDRAWN, "withdrawn_at", support.now());
        String added = assign.addAssignment(staff.committeeId(), c.id(), replacementUnitId, a.role(), a.dueDate(),
                Timestamp.from(support.now()));
        support.trail(c, "同意调整", a.unitName(), added, note);
        support.tell(c, Recipient.unit(a.unitId()), "调整申请已同意：" + c.subjectTitle(), "已改由" + added + "办理");
        support.tell(c, Recipient.unit(replacementUnitId), "新交办：" + c.subjectTitle(), "请及时签收，办理期限 " + a.dueDate());
    }

    public void decideExtension(long requestId, boolean approve, String note) {
        CurrentUser staff = support.staff();
        Request r = pending(staff.committeeId(), requestId, "EXTENSION");
        AssignmentRow a = support.store().lockAssignment(staff.committeeId(), r.assignmentId());
        CaseRow c = support.store().lockCase(staff.committeeId(), a.caseId());
        if (approve) {
            if (r.requestedDue().isAfter(c.maxDueDate())) {
                throw BusinessException.conflict("延期后的期限超过办理总期限上限（" + c.maxDueDate() + "）");
            }
            jdbc.sql("update handling_assignment set due_date = ?, version = version + 1 where id = ?")
                    .params(r.requestedDue(), a.id()).update();
            if (r.requestedDue().isAfter(c.dueDate())) {
                support.store().setCase(c.id(), "due_date = ?", r.requestedDue());
            }
        }
        decide(requestId, approve ? "APPROVED" : "REFUSED", note);
        support.trail(c, approve ? "同意延期" : "不同意延期", a.dueDate().toString(), approve ? r.requestedDue().toString() : null,
                a.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
        support.tell(c, Recipient.unit(a.unitId()), (approve ? "延期已同意：" : "延期未获同意：") + c.subjectTitle(),
                approve ? "新的办理期限 " + r.requestedDue() : note);
    }

    public void urge(long assignmentId, String note) {
        CurrentUser staff = support.staff();
        AssignmentRow a = support.store().lockAssignment(staff.committeeId(), assignmentId);
        CaseRow c = support.store().lockCase(staff.committeeId(), a.caseId());
        if (!a.status().active() || c.status() == CaseStatus.CLOSED) {
            throw BusinessException.conflict("该交办已结束，无需催办");
        }
        jdbc.sql("insert into handling_urge (assignment_id, note, urged_by, urged_at) values (?, ?, ?, ?)")
                .params(a.id(), Text.trimToNull(note), staff.username(), Timestamp.from(support.now())).update();
        support.trail(c, "催办", null, null, a.unitName() + (Text.isBlank(note) ? "" : "：" + note.strip()));
        support.tell(c, Recipient.unit(a.unitId()), "催办：" + c.subjectTitle(), Text.isBlank(note) ? "请抓紧办理" : note.strip());
    }

    /** A reply that does not answer goes back to its unit, which replies again; ratings must not have started. */
    public void returnReply(long replyId, String reason) {
        CurrentUser staff = support.staff();
        var reply = jdbc.sql("""
                select r.id, r.case_id, r.assignment_id, r.round, r.status from handling_reply r
                  join handling_case c on c.id = r.case_id where r.id = ? and c.committee_id = ?""")
                .params(replyId, staff.committeeId())
                .query((rs, n) -> new long[]{rs.getLong("case_id"), rs.getLong("assignment_id"), rs.getInt("round"),
                        "SUBMITTED".equals(rs.getString("status")) ? 1 : 0})
                .optional().orElseThrow(() -> BusinessException.notFound("答复"));
        CaseRow c = support.store().lockCase(staff.committeeId(), reply[0]);
        if (reply[3] == 0 || reply[2] != c.round() || c.status() == CaseStatus.CLOSED) {
            throw BusinessException.conflict("只能退回本轮尚未办结的答复");
        }
        if (jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ?").params(c.id(), c.round())
                .query(Long.class).single() > 0) {
            throw BusinessException.conflict("提案人已开始评价，不能退回答复");
        }
        String why = Text.trimToNull(reason);
        if (why == null) {
            throw BusinessException.invalid("请填写退回理由");
        }
        jdbc.sql("update handling_reply set status = 'RETURNED', return_reason = ? where id = ?").params(why, replyId).update();
        AssignmentRow a = support.store().assignment(staff.committeeId(), reply[1]);
        support.store().setAssignmentStatus(a.id(), AssignmentStatus.ACKNOWLEDGED, null, null);
        if (c.status() == CaseStatus.REPLIED) {
            support.store().setCase(c.id(), "status = 'HANDLING', replied_at = null, rating_due = null");
        }
        support.trail(c, "退回答复", AssignmentStatus.REPLIED.label(), AssignmentStatus.ACKNOWLEDGED.label(), a.unitName() + "：" + why);
        support.tell(c, Recipient.unit(a.unitId()), "答复被退回：" + c.subjectTitle(), why);
    }

    private Request pending(long committeeId, long requestId, String kind) {
        Request r = jdbc.sql("""
                select q.id, q.assignment_id, q.kind, q.status, q.requested_due from handling_request q
                  join handling_assignment a on a.id = q.assignment_id where q.id = ? and a.committee_id = ? for update of q""")
                .params(requestId, committeeId)
                .query((rs, n) -> new Request(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("kind"),
                        rs.getString("status"), rs.getObject("requested_due", LocalDate.class)))
                .optional().orElseThrow(() -> BusinessException.notFound("申请"));
        if (!r.kind().equals(kind)) {
            throw BusinessException.notFound("申请");
        }
        if (!"PENDING".equals(r.status())) {
            throw BusinessException.conflict("该申请已处理");
        }
        return r;
    }

    private void decide(long requestId, String status, String note) {
        jdbc.sql("update handling_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                .params(status, support.user().username(), Timestamp.from(support.now()), Text.trimToNull(note), requestId)
                .update();
    }

    private record Request(long id, long assignmentId, String kind, String status, LocalDate requestedDue) {
    }
}

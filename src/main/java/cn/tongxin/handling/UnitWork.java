package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.internal.AssignmentRow;
import cn.tongxin.handling.internal.CaseRow;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** What a handling unit does with its own assignment: 签收, 申请调整, 申请延期, 沟通, 会办意见, 答复. */
@Service
@Transactional
public class UnitWork {

    private final HandlingSupport support;
    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;
    private final Attachments attachments;

    UnitWork(HandlingSupport support, JdbcClient jdbc, Dictionaries dictionaries, Attachments attachments) {
        this.support = support;
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
        this.attachments = attachments;
    }

    public void acknowledge(long assignmentId) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        if (a.status() != AssignmentStatus.ASSIGNED) {
            throw BusinessException.conflict("该事项已签收");
        }
        support.store().setAssignmentStatus(a.id(), AssignmentStatus.ACKNOWLEDGED, "acknowledged_at", support.now());
        support.trail(caseOf(a), "签收", AssignmentStatus.ASSIGNED.label(), AssignmentStatus.ACKNOWLEDGED.label(), a.unitName());
    }

    /** Within the objection window a unit may ask staff to hand the item to another unit; it never passes it on itself. */
    public void requestReassignment(long assignmentId, String reason) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        CaseRow c = caseOf(a);
        if (support.today().isAfter(c.objectionUntil())) {
            throw BusinessException.conflict("已超过申请调整期限（" + c.objectionUntil() + "），不能再申请调整");
        }
        if (a.status() == AssignmentStatus.REPLIED || a.status() == AssignmentStatus.OPINION_SENT) {
            throw BusinessException.conflict("已答复的事项不能申请调整");
        }
        requirePendingNone(a.id(), "REASSIGNMENT", "已有待审批的调整申请");
        String why = required(reason, "请填写申请调整的理由");
        insertRequest(a.id(), "REASSIGNMENT", why, null);
        support.trail(c, "申请调整", null, null, a.unitName() + "：" + why);
        support.tell(c, Recipient.staff(), "承办单位申请调整：" + c.subjectTitle(), a.unitName() + "：" + why);
    }

    /** Asks for a later deadline, before the current one passes; staff decide, the total stays capped. */
    public void requestExtension(long assignmentId, LocalDate newDue, String reason) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        CaseRow c = caseOf(a);
        if (!a.role().replies() || a.status() == AssignmentStatus.REPLIED) {
            throw BusinessException.conflict("只有尚未答复的承办单位可以申请延期");
        }
        if (support.today().isAfter(a.dueDate())) {
            throw BusinessException.conflict("已超过办理期限，不能再申请延期");
        }
        if (newDue == null || !newDue.isAfter(a.dueDate())) {
            throw BusinessException.invalid("延期后的期限须晚于当前期限（" + a.dueDate() + "）");
        }
        if (newDue.isAfter(c.maxDueDate())) {
            throw BusinessException.invalid("延期后的期限不能晚于办理总期限上限（" + c.maxDueDate() + "）");
        }
        requirePendingNone(a.id(), "EXTENSION", "已有待审批的延期申请");
        String why = required(reason, "请填写申请延期的理由");
        insertRequest(a.id(), "EXTENSION", why, newDue);
        support.trail(c, "申请延期", null, null, a.unitName() + "：延期至 " + newDue + "，" + why);
        support.tell(c, Recipient.staff(), "承办单位申请延期：" + c.subjectTitle(), a.unitName() + "：延期至 " + newDue);
    }

    public void recordContact(long assignmentId, String method, LocalDate on, String with, String note) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        requireAcknowledged(a);
        CurrentUser user = support.user();
        var errors = new FieldErrors.Collector();
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.CONTACT_METHOD, method)) {
            errors.add("method", "请选择沟通方式");
        }
        if (on == null || on.isAfter(support.today())) {
            errors.add("contactedOn", "请填写沟通日期（不能晚于今天）");
        }
        errors.throwIfAny();
        jdbc.sql("""
                insert into handling_contact (assignment_id, method, contacted_on, contact_with, note, recorded_by)
                values (?, ?, ?, ?, ?, ?)""").params(a.id(), method, on, Text.trimToNull(with), Text.trimToNull(note),
                user.username()).update();
        String label = dictionaries.label(user.committeeId(), DictionaryKind.CONTACT_METHOD, method).orElse(method);
        support.trail(caseOf(a), "沟通", null, null, a.unitName() + "：" + label + "（" + on + "）" + (Text.isBlank(note) ? "" : "，" + note.strip()));
    }

    /** A co-handling unit sends its opinion to the lead unit. */
    public void sendOpinion(long assignmentId, String text) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        if (a.role() != UnitRole.CO) {
            throw BusinessException.conflict("只有会办单位提交会办意见");
        }
        requireAcknowledged(a);
        if (a.status() == AssignmentStatus.OPINION_SENT) {
            throw BusinessException.conflict("会办意见已提交");
        }
        String opinion = required(text, "请填写会办意见");
        jdbc.sql("insert into handling_opinion (assignment_id, text, submitted_by, submitted_at) values (?, ?, ?, ?)")
                .params(a.id(), opinion, support.user().username(), Timestamp.from(support.now())).update();
        support.store().setAssignmentStatus(a.id(), AssignmentStatus.OPINION_SENT, null, null);
        CaseRow c = caseOf(a);
        support.trail(c, "提交会办意见", AssignmentStatus.ACKNOWLEDGED.label(), AssignmentStatus.OPINION_SENT.label(), a.unitName());
        support.store().assignments(c.id()).stream().filter(x -> x.role() == UnitRole.LEAD && x.status().active())
                .forEach(lead -> support.tell(c, Recipient.unit(lead.unitId()), "会办意见已送达：" + c.subjectTitle(), a.unitName()));
    }

    /** The reply letter of a responsible unit (the lead, the sole unit, or each unit of a split). */
    public long reply(long assignmentId, ReplyForm form, Upload letter) {
        AssignmentRow a = support.ownAssignment(assignmentId);
        CaseRow c = caseOf(a);
        if (!a.role().replies()) {
            throw BusinessException.conflict("会办单位不直接答复，请向主办单位提交会办意见");
        }
        requireAcknowledged(a);
        if (a.status() == AssignmentStatus.REPLIED) {
            throw BusinessException.conflict("本轮已答复，不能重复答复");
        }
        if (c.status() != CaseStatus.HANDLING) {
            throw BusinessException.conflict("该事项当前不在办理中，不能答复");
        }
        CurrentUser user = support.user();
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(form.text())) {
            errors.add("text", "请填写答复内容");
        }
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.REPLY_CATEGORY, form.category())) {
            errors.add("category", "请选择答复类别");
        }
        if (Text.isBlank(form.signer())) {
            errors.add("signer", "请填写签发人");
        }
        if (Text.isBlank(form.contactPerson())) {
            errors.add("contactPerson", "请填写联系人");
        }
        if (Text.isBlank(form.contactPhone()) || !form.contactPhone().strip().matches("[0-9\\-+() ]{5,30}")) {
            errors.add("contactPhone", "请填写正确的联系电话");
        }
        errors.throwIfAny();
        Long attachmentId = letter == null || letter.isEmpty() ? null
                : attachments.store(user.committeeId(), SubjectType.HANDLING_REPLY, c.id(), letter);
        var now = support.now();
        long replyId = jdbc.sql("""
                insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person, contact_phone,
                       attachment_id, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.id(), a.id(), c.round(), form.text().strip(), form.category(), form.signer().strip(),
                        form.contactPerson().strip(), form.contactPhone().strip(), attachmentId, user.username(),
                        Timestamp.from(now))
                .query(Long.class).single();
        support.store().setAssignmentStatus(a.id(), AssignmentStatus.REPLIED, "replied_at", now);
        support.trail(c, "答复", AssignmentStatus.ACKNOWLEDGED.label(), AssignmentStatus.REPLIED.label(),
                a.unitName() + "：" + form.category() + "类" + (c.round() > 1 ? "（第" + c.round() + "轮）" : ""));
        completeIfAllReplied(c);
        return replyId;
    }

    /** When every responsible unit has replied in this round, the case is 办复 and the rating window opens. */
    private void completeIfAllReplied(CaseRow c) {
        boolean all = support.store().assignments(c.id()).stream()
                .filter(x -> x.status().active() && x.role().replies())
                .allMatch(x -> x.status() == AssignmentStatus.REPLIED);
        if (!all) {
            return;
        }
        var now = support.now();
        LocalDate ratingDue = support.today().plusDays(c.ratingWindowDays());
        boolean onTime = !support.today().isAfter(currentDue(c));
        support.store().setCase(c.id(), "status = 'REPLIED', replied_at = ?, rating_due = ?, "
                        + "first_replied_at = coalesce(first_replied_at, ?), replied_on_time = coalesce(replied_on_time, ?)",
                Timestamp.from(now), ratingDue, Timestamp.from(now), onTime);
        support.trail(c, "办复", CaseStatus.HANDLING.label(), CaseStatus.REPLIED.label(), "请提案人于 " + ratingDue + " 前评价");
        jdbc.sql("select member_id from handling_rater where case_id = ?").param(c.id()).query(Long.class).list()
                .forEach(m -> support.tell(c, Recipient.member(m), "已答复，请评价：" + c.subjectTitle(), "评价截止 " + ratingDue));
        support.publish(new HandlingEvents.CaseReplied(c.committeeId(), c.subject(), c.id(), c.round(), support.today()));
    }

    /** The latest of the responsible units' (possibly extended) deadlines. */
    private LocalDate currentDue(CaseRow c) {
        return support.store().assignments(c.id()).stream().filter(x -> x.status().active() && x.role().replies())
                .map(AssignmentRow::dueDate).max(LocalDate::compareTo).orElse(c.dueDate());
    }

    private CaseRow caseOf(AssignmentRow a) {
        return support.store().lockCase(a.committeeId(), a.caseId());
    }

    private static void requireAcknowledged(AssignmentRow a) {
        if (a.status() == AssignmentStatus.ASSIGNED) {
            throw BusinessException.conflict("请先签收");
        }
    }

    private void requirePendingNone(long assignmentId, String kind, String message) {
        if (jdbc.sql("select count(*) from handling_request where assignment_id = ? and kind = ? and status = 'PENDING'")
                .params(assignmentId, kind).query(Long.class).single() > 0) {
            throw BusinessException.conflict(message);
        }
    }

    private void insertRequest(long assignmentId, String kind, String reason, LocalDate due) {
        jdbc.sql("""
                insert into handling_request (assignment_id, kind, reason, requested_due, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?)""").params(assignmentId, kind, reason, due, support.user().username(),
                Timestamp.from(support.now())).update();
    }

    private static String required(String text, String message) {
        if (Text.isBlank(text)) {
            throw BusinessException.invalid(message);
        }
        return text.strip().length() > 2000 ? text.strip().substring(0, 2000) : text.strip();
    }

    public record ReplyForm(String text, String category, String signer, String contactPerson, String contactPhone) {
    }
}

package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.handling.internal.Assignment;
import cn.tongxin.handling.internal.CaseRecords;
import cn.tongxin.handling.internal.HandlingCase;
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
    private final CaseRecords requests;
    private final Dictionaries dictionaries;
    private final Attachments attachments;

    UnitWork(HandlingSupport support, CaseRecords requests, Dictionaries dictionaries, Attachments attachments) {
        this.support = support;
        this.requests = requests;
        this.dictionaries = dictionaries;
        this.attachments = attachments;
    }

    public void acknowledge(long assignmentId) {
        var locked = support.ownAssignment(assignmentId);
        Assignment a = locked.assignment();
        a.acknowledge(support.now());
        support.assignments().save(a);
        support.trail(locked.handlingCase(), "签收", AssignmentStatus.ASSIGNED.label(), AssignmentStatus.ACKNOWLEDGED.label(),
                locked.unitName());
    }

    /** Within the objection window a unit may ask staff to hand the item to another unit; it never passes it on itself. */
    public void requestReassignment(long assignmentId, String reason) {
        var locked = support.ownAssignment(assignmentId);
        HandlingCase c = locked.handlingCase();
        if (support.today().isAfter(c.objectionUntil())) {
            throw BusinessException.conflict("已超过申请调整期限（" + c.objectionUntil() + "），不能再申请调整");
        }
        locked.assignment().requireReassignable();
        requests.requirePendingNone(assignmentId, "REASSIGNMENT", "已有待审批的调整申请");
        String why = required(reason, "请填写申请调整的理由");
        requests.add(assignmentId, "REASSIGNMENT", why, null, support.user().username(), support.now());
        support.trail(c, "申请调整", null, null, locked.unitName() + "：" + why);
        support.tell(c, Recipient.staff(), "承办单位申请调整：" + c.subjectTitle(), locked.unitName() + "：" + why);
    }

    /** Asks for a later deadline, before the current one passes; staff decide, the total stays capped. */
    public void requestExtension(long assignmentId, LocalDate newDue, String reason) {
        var locked = support.ownAssignment(assignmentId);
        HandlingCase c = locked.handlingCase();
        Assignment a = locked.assignment();
        a.requireExtensible();
        if (support.today().isAfter(a.dueDate())) {
            throw BusinessException.conflict("已超过办理期限，不能再申请延期");
        }
        if (newDue == null || !newDue.isAfter(a.dueDate())) {
            throw BusinessException.invalid("延期后的期限须晚于当前期限（" + a.dueDate() + "）");
        }
        if (newDue.isAfter(c.maxDueDate())) {
            throw BusinessException.invalid("延期后的期限不能晚于办理总期限上限（" + c.maxDueDate() + "）");
        }
        requests.requirePendingNone(assignmentId, "EXTENSION", "已有待审批的延期申请");
        String why = required(reason, "请填写申请延期的理由");
        requests.add(assignmentId, "EXTENSION", why, newDue, support.user().username(), support.now());
        support.trail(c, "申请延期", null, null, locked.unitName() + "：延期至 " + newDue + "，" + why);
        support.tell(c, Recipient.staff(), "承办单位申请延期：" + c.subjectTitle(), locked.unitName() + "：延期至 " + newDue);
    }

    public void recordContact(long assignmentId, String method, LocalDate on, String with, String note) {
        var locked = support.ownAssignment(assignmentId);
        locked.assignment().requireContactable();
        CurrentUser user = support.user();
        var errors = new FieldErrors.Collector();
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.CONTACT_METHOD, method)) {
            errors.add("method", "请选择沟通方式");
        }
        if (on == null || on.isAfter(support.today())) {
            errors.add("contactedOn", "请填写沟通日期（不能晚于今天）");
        }
        errors.throwIfAny();
        requests.addContact(assignmentId, method, on, Text.trimToNull(with), Text.trimToNull(note), user.username());
        String label = dictionaries.label(user.committeeId(), DictionaryKind.CONTACT_METHOD, method).orElse(method);
        support.trail(locked.handlingCase(), "沟通", null, null,
                locked.unitName() + "：" + label + "（" + on + "）" + (Text.isBlank(note) ? "" : "，" + note.strip()));
    }

    /** A co-handling unit sends its opinion to the lead unit. */
    public void sendOpinion(long assignmentId, String text) {
        var locked = support.ownAssignment(assignmentId);
        Assignment a = locked.assignment();
        a.sendOpinion();
        String opinion = required(text, "请填写会办意见");
        requests.addOpinion(assignmentId, opinion, support.user().username(), support.now());
        support.assignments().save(a);
        HandlingCase c = locked.handlingCase();
        support.trail(c, "提交会办意见", AssignmentStatus.ACKNOWLEDGED.label(), AssignmentStatus.OPINION_SENT.label(), locked.unitName());
        support.store().assignments(c.id()).stream().filter(x -> x.role() == UnitRole.LEAD && x.status().active())
                .forEach(lead -> support.tell(c, Recipient.unit(lead.unitId()), "会办意见已送达：" + c.subjectTitle(), locked.unitName()));
    }

    /** The reply letter of a responsible unit (the lead, the sole unit, or each unit of a split). */
    public long reply(long assignmentId, ReplyForm form, Upload letter) {
        var locked = support.ownAssignment(assignmentId);
        HandlingCase c = locked.handlingCase();
        Assignment a = locked.assignment();
        var now = support.now();
        a.reply(now);
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
        long replyId = requests.addReply(c.id(), a.id(), c.round(), form, attachmentId, user.username(), now);
        support.assignments().save(a);
        support.trail(c, "答复", AssignmentStatus.ACKNOWLEDGED.label(), AssignmentStatus.REPLIED.label(),
                locked.unitName() + "：" + form.category() + "类" + (c.round() > 1 ? "（第" + c.round() + "轮）" : ""));
        completeIfAllReplied(c);
        return replyId;
    }

    /** When every responsible unit has replied in this round, the case is 办复 and the rating window opens. */
    private void completeIfAllReplied(HandlingCase c) {
        List<Assignment> responsible = support.assignments().findByCaseIdOrderById(c.id()).stream()
                .filter(Assignment::responsible).toList();
        if (!responsible.stream().allMatch(x -> x.status() == AssignmentStatus.REPLIED)) {
            return;
        }
        LocalDate latestDue = responsible.stream().map(Assignment::dueDate).max(LocalDate::compareTo).orElse(c.dueDate());
        c.completeReplies(support.now(), support.today(), latestDue);
        support.cases().save(c);
        support.trail(c, "办复", CaseStatus.HANDLING.label(), CaseStatus.REPLIED.label(), "请提案人于 " + c.ratingDue() + " 前评价");
        support.store().raters(c.id())
                .forEach(m -> support.tell(c, Recipient.member(m), "已答复，请评价：" + c.subjectTitle(), "评价截止 " + c.ratingDue()));
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

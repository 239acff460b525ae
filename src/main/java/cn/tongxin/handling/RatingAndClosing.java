package cn.tongxin.handling;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.internal.Assignment;
import cn.tongxin.handling.internal.CaseRecords;
import cn.tongxin.handling.internal.HandlingCase;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.Text;

/** 评价 by the proposers (never by a unit), 重新办理 on dissatisfaction, and 办结 / reopening of a subject's case. */
@Service
@Transactional
public class RatingAndClosing {

    private final HandlingSupport support;
    private final CaseRecords records;

    RatingAndClosing(HandlingSupport support, CaseRecords records) {
        this.support = support;
        this.records = records;
    }

    /** A proposer rates the answer of the current round within the rating window. */
    public void rate(long caseId, RatingForm form) {
        CurrentUser user = support.user();
        if (user.has(Role.UNIT)) {
            throw BusinessException.forbidden("承办单位账户不能评价办理结果");
        }
        HandlingCase c = support.lockCase(user.committeeId(), caseId);
        if (!user.has(Role.MEMBER) || user.memberId() == null || !support.store().isRater(c.id(), user.memberId())) {
            throw BusinessException.forbidden("只有提案人（含确认联名的委员）可以评价");
        }
        save(c, user.memberId(), form, false, user.displayName());
    }

    /** Staff enter a rating the member gave on a paper form; it is recorded as such. */
    public void rateOnPaper(long caseId, long memberId, RatingForm form) {
        CurrentUser staff = support.staff();
        HandlingCase c = support.lockCase(staff.committeeId(), caseId);
        if (!support.store().isRater(c.id(), memberId)) {
            throw BusinessException.invalid("该委员不是本事项的提案人");
        }
        save(c, memberId, form, true, staff.displayName() + "代录纸质评价");
    }

    private void save(HandlingCase c, long memberId, RatingForm form, boolean onPaper, String who) {
        c.rate(memberId, form.attitude(), form.result(), onPaper, support.today());
        if (form.attitude() == null || form.result() == null) {
            throw BusinessException.invalid("请对办理态度和办理结果分别评价");
        }
        if (records.rated(c.id(), c.round(), memberId)) {
            throw BusinessException.conflict("本轮已评价，不能重复评价");
        }
        records.addRating(c.id(), c.round(), memberId, form.attitude(), form.result(), Text.trimToNull(form.comment()), onPaper,
                support.user().username(), support.now());
        support.cases().save(c);
        support.trail(c, onPaper ? "代录评价" : "评价", null, null, who + "：办理态度" + form.attitude().label()
                + "，办理结果" + form.result().label() + (Text.isBlank(form.comment()) ? "" : "。" + form.comment().strip()));
        if (form.result() == Satisfaction.DISSATISFIED) {
            support.tell(c, Recipient.staff(), "提案人对办理结果不满意：" + c.subjectTitle(), "可决定是否重新办理");
        }
    }

    /** On 不满意 with the result, staff may order another round with a new deadline; earlier rounds stay visible. */
    public void orderRehandling(long caseId, String reason) {
        CurrentUser staff = support.staff();
        HandlingCase c = support.lockCase(staff.committeeId(), caseId);
        if (c.status() == CaseStatus.REPLIED && !records.dissatisfied(c.id(), c.round())) {
            throw BusinessException.conflict("只有提案人对办理结果不满意时才能重新办理");
        }
        var due = c.rehandle(support.today());
        List<Assignment> responsible = support.assignments().findByCaseIdOrderById(c.id()).stream()
                .filter(Assignment::responsible).toList();
        for (Assignment a : responsible) {
            a.rehandle(due);
            support.assignments().save(a);
            support.tell(c, Recipient.unit(a.unitId()), "重新办理：" + c.subjectTitle(), "提案人不满意，请于 " + due + " 前重新答复");
        }
        support.cases().save(c);
        support.trail(c, "重新办理", CaseStatus.REPLIED.label(), CaseStatus.HANDLING.label(),
                "第" + c.round() + "轮，期限 " + due + (Text.isBlank(reason) ? "" : "；" + reason.strip()));
    }

    /** Why the subject's case cannot be closed yet, or empty when it can: all replies in, and all rated or the window passed. */
    public Optional<String> closeRefusal(long committeeId, SubjectRef subject) {
        return support.store().caseOf(committeeId, subject.type(), subject.id())
                .flatMap(row -> support.cases().findById(row.id()))
                .flatMap(c -> c.closeRefusal(allRated(c), support.today()));
    }

    /**
     * 办结: staff close the subject's case once every reply is in and the rating is done or its window passed. The
     * subject follows {@link HandlingEvents.CaseClosed} in the same transaction.
     */
    public void close(SubjectRef subject) {
        CurrentUser staff = support.staff();
        HandlingCase c = support.lockCase(staff.committeeId(), subject);
        c.close(allRated(c), support.now(), support.today());
        support.cases().save(c);
    }

    /** Reopening: the case is open for ratings and re-handling again; the subject follows {@link HandlingEvents.CaseReopened}. */
    public void reopen(SubjectRef subject, String reason) {
        CurrentUser staff = support.staff();
        HandlingCase c = support.lockCase(staff.committeeId(), subject);
        c.reopen(Text.trimToNull(reason), support.today());
        support.cases().save(c);
    }

    private boolean allRated(HandlingCase c) {
        return records.ratings(c.id(), c.round()) >= records.raterCount(c.id());
    }

    public record RatingForm(Satisfaction attitude, Satisfaction result, String comment) {
    }
}

package cn.tongxin.handling;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.handling.internal.AssignmentRow;
import cn.tongxin.handling.internal.CaseRow;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.Text;

/** 评价 by the proposers (never by a unit), 重新办理 on dissatisfaction, and 办结 / reopening for the subject. */
@Service
@Transactional
public class RatingAndClosing {

    private final HandlingSupport support;
    private final JdbcClient jdbc;

    RatingAndClosing(HandlingSupport support, JdbcClient jdbc) {
        this.support = support;
        this.jdbc = jdbc;
    }

    /** A proposer rates the answer of the current round within the rating window. */
    public void rate(long caseId, RatingForm form) {
        CurrentUser user = support.user();
        if (user.has(Role.UNIT)) {
            throw BusinessException.forbidden("承办单位账户不能评价办理结果");
        }
        CaseRow c = support.store().lockCase(user.committeeId(), caseId);
        if (!user.has(Role.MEMBER) || user.memberId() == null || !isRater(c.id(), user.memberId())) {
            throw BusinessException.forbidden("只有提案人（含确认联名的委员）可以评价");
        }
        if (c.ratingDue() != null && support.today().isAfter(c.ratingDue())) {
            throw BusinessException.conflict("评价期限已过（" + c.ratingDue() + "），视为未评价");
        }
        save(c, user.memberId(), form, false, user.displayName());
    }

    /** Staff enter a rating the member gave on a paper form; it is recorded as such. */
    public void rateOnPaper(long caseId, long memberId, RatingForm form) {
        CurrentUser staff = support.staff();
        CaseRow c = support.store().lockCase(staff.committeeId(), caseId);
        if (!isRater(c.id(), memberId)) {
            throw BusinessException.invalid("该委员不是本事项的提案人");
        }
        save(c, memberId, form, true, staff.displayName() + "代录纸质评价");
    }

    private void save(CaseRow c, long memberId, RatingForm form, boolean onPaper, String who) {
        if (c.status() != CaseStatus.REPLIED) {
            throw BusinessException.conflict(c.status() == CaseStatus.CLOSED ? "已办结，不能再评价" : "尚未全部答复，暂不能评价");
        }
        if (form.attitude() == null || form.result() == null) {
            throw BusinessException.invalid("请对办理态度和办理结果分别评价");
        }
        if (jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ? and member_id = ?")
                .params(c.id(), c.round(), memberId).query(Long.class).single() > 0) {
            throw BusinessException.conflict("本轮已评价，不能重复评价");
        }
        jdbc.sql("""
                insert into handling_rating (case_id, round, member_id, attitude, result, comment, on_paper, entered_by, rated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.round(), memberId, form.attitude().name(), form.result().name(),
                        Text.trimToNull(form.comment()), onPaper, support.user().username(), Timestamp.from(support.now()))
                .update();
        support.trail(c, onPaper ? "代录评价" : "评价", null, null, who + "：办理态度" + form.attitude().label()
                + "，办理结果" + form.result().label() + (Text.isBlank(form.comment()) ? "" : "。" + form.comment().strip()));
        if (form.result() == Satisfaction.DISSATISFIED) {
            support.tell(c, Recipient.staff(), "提案人对办理结果不满意：" + c.subjectTitle(), "可决定是否重新办理");
        }
        support.publish(new HandlingEvents.Rated(c.committeeId(), c.subject(), c.id(), memberId,
                form.attitude(), form.result(), support.today()));
    }

    /** On 不满意 with the result, staff may order another round with a new deadline; earlier rounds stay visible. */
    public void orderRehandling(long caseId, String reason) {
        CurrentUser staff = support.staff();
        CaseRow c = support.store().lockCase(staff.committeeId(), caseId);
        if (c.status() != CaseStatus.REPLIED) {
            throw BusinessException.conflict("只有已办复、尚未办结的事项可以重新办理");
        }
        if (jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ? and result = 'DISSATISFIED'")
                .params(c.id(), c.round()).query(Long.class).single() == 0) {
            throw BusinessException.conflict("只有提案人对办理结果不满意时才能重新办理");
        }
        var due = support.today().plusMonths(c.rehandleMonths());
        int round = c.round() + 1;
        support.store().setCase(c.id(), "status = 'HANDLING', round = ?, replied_at = null, rating_due = null, due_date = ?", round, due);
        List<AssignmentRow> responsible = support.store().assignments(c.id()).stream()
                .filter(a -> a.status().active() && a.role().replies()).toList();
        for (AssignmentRow a : responsible) {
            jdbc.sql("update handling_assignment set status = 'ACKNOWLEDGED', due_date = ?, replied_at = null, version = version + 1 where id = ?")
                    .params(due, a.id()).update();
            support.tell(c, Recipient.unit(a.unitId()), "重新办理：" + c.subjectTitle(), "提案人不满意，请于 " + due + " 前重新答复");
        }
        support.trail(c, "重新办理", CaseStatus.REPLIED.label(), CaseStatus.HANDLING.label(),
                "第" + round + "轮，期限 " + due + (Text.isBlank(reason) ? "" : "；" + reason.strip()));
        support.publish(new HandlingEvents.RehandlingOrdered(c.committeeId(), c.subject(), c.id(), round, due));
    }

    /** Why the case cannot be closed yet, or empty when it can: all replies in, and all rated or the window passed. */
    public java.util.Optional<String> closeRefusal(long committeeId, long caseId) {
        CaseRow c = support.store().readCase(committeeId, caseId);
        if (c.status() == CaseStatus.CLOSED) {
            return java.util.Optional.of("已办结");
        }
        if (c.status() != CaseStatus.REPLIED) {
            return java.util.Optional.of("尚未全部答复，不能办结");
        }
        long raters = jdbc.sql("select count(*) from handling_rater where case_id = ?").param(c.id()).query(Long.class).single();
        long rated = jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ?").params(c.id(), c.round())
                .query(Long.class).single();
        if (rated < raters && !support.today().isAfter(c.ratingDue())) {
            return java.util.Optional.of("尚有提案人未评价，评价期限（" + c.ratingDue() + "）未满，不能办结");
        }
        return java.util.Optional.empty();
    }

    /**
     * 办结: staff close the subject's case once every reply is in and the rating is done or its window passed. The
     * subject follows {@link HandlingEvents.CaseClosed} in the same transaction.
     */
    public void close(SubjectRef subject) {
        CurrentUser staff = support.staff();
        CaseRow c = caseOf(staff, subject);
        closeRefusal(staff.committeeId(), c.id()).ifPresent(why -> {
            throw BusinessException.conflict(why);
        });
        c = support.store().lockCase(staff.committeeId(), c.id());
        support.store().setCase(c.id(), "status = 'CLOSED', closed_at = ?", Timestamp.from(support.now()));
        support.publish(new HandlingEvents.CaseClosed(c.committeeId(), c.subject(), c.id(), support.today()));
    }

    /** Reopening: the case is open for ratings and re-handling again; the subject follows {@link HandlingEvents.CaseReopened}. */
    public void reopen(SubjectRef subject, String reason) {
        CurrentUser staff = support.staff();
        CaseRow c = support.store().lockCase(staff.committeeId(), caseOf(staff, subject).id());
        if (c.status() != CaseStatus.CLOSED) {
            throw BusinessException.conflict("只有已办结的事项可以重新打开");
        }
        support.store().setCase(c.id(), "status = 'REPLIED', closed_at = null, rating_due = greatest(rating_due, ?)",
                support.today().plusDays(c.ratingWindowDays()));
        support.publish(new HandlingEvents.CaseReopened(c.committeeId(), c.subject(), c.id(), Text.trimToNull(reason), support.today()));
    }

    private CaseRow caseOf(CurrentUser staff, SubjectRef subject) {
        return support.store().caseOf(staff.committeeId(), subject)
                .orElseThrow(() -> BusinessException.conflict("该事项尚未交办"));
    }

    private boolean isRater(long caseId, long memberId) {
        return jdbc.sql("select count(*) from handling_rater where case_id = ? and member_id = ?").params(caseId, memberId)
                .query(Long.class).single() > 0;
    }

    public record RatingForm(Satisfaction attitude, Satisfaction result, String comment) {
    }
}

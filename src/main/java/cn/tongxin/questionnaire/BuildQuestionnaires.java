package cn.tongxin.questionnaire;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ConsultationActivities;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Action;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/**
 * The office drafts a questionnaire: its title, audience and questions (added, removed, moved, or replaced as a
 * whole), and optionally the consultation activity it precedes. Questions change only while it is a draft.
 */
@Service
@Transactional
public class BuildQuestionnaires {

    private final Questionnaires questionnaires;
    private final CurrentUsers currentUsers;
    private final ConsultationActivities consultations;
    private final Timeline timeline;
    private final Clock clock;

    BuildQuestionnaires(Questionnaires questionnaires, CurrentUsers currentUsers, ConsultationActivities consultations,
                        Timeline timeline, Clock clock) {
        this.questionnaires = questionnaires;
        this.currentUsers = currentUsers;
        this.consultations = consultations;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The office (administrators, staff), or 403: for the pages that only the office opens. */
    public void requireOffice() {
        office();
    }

    /** A new draft; returns its id. */
    public long create(Questionnaire.Details details) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.save(Questionnaire.draft(office.committeeId(), details, office.username(), clock));
        timeline.record(office.committeeId(), SubjectType.QUESTIONNAIRE, q.id(), "创建问卷", null,
                QuestionnaireWorkflow.Status.DRAFT.label(), q.title());
        return q.id();
    }

    public void edit(long id, Questionnaire.Details details) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        q.edit(details);
        questionnaires.save(q);
        record(office, q, Action.EDIT, null);
    }

    /** Adds a question at the end; returns its key. */
    public String addQuestion(long id, Question question) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        requireDraft(q);
        Definition changed = q.definition().add(question);
        q.changeQuestions(changed);
        questionnaires.save(q);
        Question added = changed.questions().getLast();
        record(office, q, Action.EDIT_QUESTIONS, "添加第" + changed.questions().size() + "题：" + added.title());
        return added.key();
    }

    public void removeQuestion(long id, String key) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        requireDraft(q);
        Definition before = q.definition();
        int number = before.number(key);
        q.changeQuestions(before.remove(key));
        questionnaires.save(q);
        record(office, q, Action.EDIT_QUESTIONS, "删除第" + number + "题");
    }

    public void moveUp(long id, String key) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        requireDraft(q);
        Definition before = q.definition();
        int number = before.number(key);
        q.changeQuestions(before.moveUp(key));
        questionnaires.save(q);
        record(office, q, Action.EDIT_QUESTIONS, "第" + number + "题上移");
    }

    /** Replaces every question (the API's way to write a whole questionnaire at once). */
    public void replaceQuestions(long id, Definition definition) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        requireDraft(q);
        q.changeQuestions(definition == null ? Definition.empty() : definition);
        questionnaires.save(q);
        record(office, q, Action.EDIT_QUESTIONS, "共" + q.definition().questions().size() + "题");
    }

    /** Links the consultation activity the questionnaire precedes, or unlinks it ({@code activityId} null). */
    public void linkActivity(long id, Long activityId) {
        CurrentUser office = office();
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        String title = null;
        if (activityId != null) {
            title = consultations.find(office.committeeId(), activityId)
                    .orElseThrow(() -> Problems.field("activityId", "只能关联本会的协商活动（专题协商、远程协商等），请重新选择"))
                    .title();
        }
        q.linkActivity(activityId);
        questionnaires.save(q);
        record(office, q, Action.LINK_ACTIVITY, title == null ? "取消关联" : title);
    }

    /** The table's refusal, worded for questions, before the definition is touched. */
    private static void requireDraft(Questionnaire q) {
        if (!QuestionnaireWorkflow.TABLE.allows(q.status(), Action.EDIT_QUESTIONS, QuestionnaireWorkflow.OFFICE)) {
            throw BusinessException.conflict("该问卷已" + (q.status() == QuestionnaireWorkflow.Status.OPEN ? "发布" : "结束")
                    + "，题目不能再修改（已收到的答卷都回答同样的题目）");
        }
    }

    private void record(CurrentUser office, Questionnaire q, Action action, String comment) {
        timeline.record(office.committeeId(), SubjectType.QUESTIONNAIRE, q.id(), action.label(), null, null, comment);
    }

    private CurrentUser office() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }
}

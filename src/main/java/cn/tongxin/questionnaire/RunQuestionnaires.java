package cn.tongxin.questionnaire;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Action;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Status;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/** The office opens a questionnaire for answers, closes and reopens it, and publishes or withdraws its results. */
@Service
@Transactional
public class RunQuestionnaires {

    private final Questionnaires questionnaires;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Clock clock;

    RunQuestionnaires(Questionnaires questionnaires, CurrentUsers currentUsers, Timeline timeline, Clock clock) {
        this.questionnaires = questionnaires;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** 发布: answers are taken from now on, and the questions are fixed. */
    public void publish(long id) {
        step(id, Action.PUBLISH, q -> q.publish(clock));
    }

    public void close(long id) {
        step(id, Action.CLOSE, q -> q.close(clock));
    }

    public void reopen(long id) {
        step(id, Action.REOPEN, Questionnaire::reopen);
    }

    /** Shows the results on the portal (public questionnaires) or to the members (members' ones), or stops showing them. */
    public void publishResults(long id, boolean publish) {
        step(id, publish ? Action.PUBLISH_RESULTS : Action.WITHDRAW_RESULTS, q -> {
            Status from = q.status();
            q.publishResults(publish);
            return from;
        });
    }

    private void step(long id, Action action, java.util.function.Function<Questionnaire, Status> change) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Questionnaire q = questionnaires.lock(office.committeeId(), id);
        Status from = change.apply(q);
        questionnaires.save(q);
        timeline.record(office.committeeId(), SubjectType.QUESTIONNAIRE, id, action.label(), from.label(),
                q.status().label(), null);
    }
}

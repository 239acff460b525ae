package cn.tongxin.questionnaire;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.postgresql.util.PGobject;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.questionnaire.QuestionnaireWorkflow.Action;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Party;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Status;
import cn.tongxin.shared.BusinessException;

/**
 * A questionnaire and its lifecycle ({@link QuestionnaireWorkflow}). Every step checks the table first; the questions
 * ({@link Definition}, jsonb) change only in a draft, so every answer of a questionnaire answers the same questions.
 */
@Table("questionnaire")
public class Questionnaire extends AbstractAggregateRoot<Questionnaire> {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String title;
    String intro;
    Audience audience;
    PublicIdentity identifyBy;
    PGobject definition;
    Status status;
    Long activityId;
    boolean resultsPublic;
    String createdBy;
    Instant createdAt;
    Instant openedAt;
    Instant closedAt;

    Questionnaire() {
    }

    /** What the office writes about a questionnaire besides its questions. */
    public record Details(String title, String intro, Audience audience, PublicIdentity identifyBy) {

        public Details {
            title = title == null ? "" : title.strip();
            intro = intro == null || intro.isBlank() ? null : intro.strip();
            if (audience != Audience.PUBLIC) {
                identifyBy = null;
            } else if (identifyBy == null) {
                identifyBy = PublicIdentity.PHONE;
            }
        }
    }

    /** Facts of the lifecycle. */
    public record Published(long committeeId, long questionnaireId, Audience audience) {
    }

    public record Closed(long committeeId, long questionnaireId) {
    }

    static Questionnaire draft(long committeeId, Details d, String by, Clock clock) {
        var q = new Questionnaire();
        q.committeeId = committeeId;
        q.apply(d);
        q.definition = jsonb(Definition.empty());
        q.status = Status.DRAFT;
        q.createdBy = by;
        q.createdAt = Instant.now(clock);
        return q;
    }

    void edit(Details d) {
        take(Action.EDIT, QuestionnaireWorkflow.OFFICE);
        apply(d);
    }

    private void apply(Details d) {
        if (d.title().isEmpty() || d.title().length() > 200) {
            throw Problems.field("title", "请填写问卷标题（不超过200字）");
        }
        if (d.intro() != null && d.intro().length() > 2000) {
            throw Problems.field("intro", "说明不能超过2000字");
        }
        if (d.audience() == null) {
            throw Problems.field("audience", "请选择填写对象");
        }
        title = d.title();
        intro = d.intro();
        audience = d.audience();
        identifyBy = d.identifyBy();
    }

    void changeQuestions(Definition changed) {
        take(Action.EDIT_QUESTIONS, QuestionnaireWorkflow.OFFICE);
        definition = jsonb(changed.checked());
    }

    Status publish(Clock clock) {
        Status from = take(Action.PUBLISH, QuestionnaireWorkflow.OFFICE);
        Definition d = definition();
        if (d.isEmpty()) {
            throw BusinessException.invalid("问卷还没有题目，请先添加题目再发布");
        }
        d.checked();
        openedAt = Instant.now(clock);
        registerEvent(new Published(committeeId, id, audience));
        return from;
    }

    Status close(Clock clock) {
        Status from = take(Action.CLOSE, QuestionnaireWorkflow.OFFICE);
        closedAt = Instant.now(clock);
        registerEvent(new Closed(committeeId, id));
        return from;
    }

    Status reopen() {
        Status from = take(Action.REOPEN, QuestionnaireWorkflow.OFFICE);
        closedAt = null;
        return from;
    }

    void publishResults(boolean publish) {
        take(publish ? Action.PUBLISH_RESULTS : Action.WITHDRAW_RESULTS, QuestionnaireWorkflow.OFFICE);
        if (publish == resultsPublic) {
            throw BusinessException.conflict(publish ? "该问卷的结果已经公布" : "该问卷的结果尚未公布");
        }
        resultsPublic = publish;
    }

    void linkActivity(Long activity) {
        take(Action.LINK_ACTIVITY, QuestionnaireWorkflow.OFFICE);
        activityId = activity;
    }

    /** A respondent may answer now (an open questionnaire), or a 409 that says why not. */
    public void requireAnswerable() {
        take(Action.ANSWER, QuestionnaireWorkflow.RESPONDENT);
    }

    private Status take(Action action, Set<Party> as) {
        Status from = status;
        status = QuestionnaireWorkflow.TABLE.require(from, action, as).to();
        return from;
    }

    /** The office's steps now. */
    public List<Action> offered() {
        return QuestionnaireWorkflow.offered(status).stream()
                .filter(a -> a != Action.PUBLISH_RESULTS || !resultsPublic)
                .filter(a -> a != Action.WITHDRAW_RESULTS || resultsPublic).toList();
    }

    public Definition definition() {
        return Definition.fromJson(definition == null ? null : definition.getValue());
    }

    private static PGobject jsonb(Definition d) {
        try {
            var o = new PGobject();
            o.setType("jsonb");
            o.setValue(d.json());
            return o;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public long committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    public Audience audience() {
        return audience;
    }

    public PublicIdentity identifyBy() {
        return identifyBy;
    }

    public Status status() {
        return status;
    }

    public Long activityId() {
        return activityId;
    }

    public boolean resultsPublic() {
        return resultsPublic;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

package cn.tongxin.questionnaire;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ConsultationActivities;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.questionnaire.QuestionnaireWorkflow.Status;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.questionnaire.internal.ResponseStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/**
 * Who sees which questionnaire: the office and leaders all of their committee's; a member the members' questionnaires
 * that are open, or closed with published results; the portal only public ones that are open or have published
 * results. Anything else is 404 (or 403 for a role that has no questionnaires at all).
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireQueries {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final ResponseStore responses;
    private final CurrentUsers currentUsers;
    private final ConsultationActivities consultations;
    private final Timeline timeline;
    private final PublicPortals portals;

    QuestionnaireQueries(JdbcClient jdbc, Questionnaires questionnaires, ResponseStore responses, CurrentUsers currentUsers,
                         ConsultationActivities consultations, Timeline timeline, PublicPortals portals) {
        this.portals = portals;
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.currentUsers = currentUsers;
        this.consultations = consultations;
        this.timeline = timeline;
    }

    /** A questionnaire in a list; {@code answered}: by the current member. */
    public record Row(long id, String title, Audience audience, Status status, boolean resultsPublic, long responses,
                      Instant openedAt, boolean answered) {
    }

    /** The questionnaires the current user may see, newest first. */
    public PageResult<Row> list(PageQuery page) {
        CurrentUser user = reader();
        Map<String, Object> params = new HashMap<>();
        params.put("committee", user.committeeId());
        String where = "q.committee_id = :committee";
        if (!seesAll(user)) {
            where += " and q.audience = 'MEMBERS' and (q.status = 'OPEN' or (q.status = 'CLOSED' and q.results_public))";
        }
        long total = jdbc.sql("select count(*) from questionnaire q where " + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Row> rows = jdbc.sql("""
                select q.id, q.title, q.audience, q.status, q.results_public, q.opened_at,
                       (select count(*) from questionnaire_response r where r.committee_id = q.committee_id
                           and r.questionnaire_id = q.id and r.counted) as responses
                  from questionnaire q where %s order by q.id desc limit :limit offset :offset""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), Audience.valueOf(rs.getString("audience")),
                        Status.valueOf(rs.getString("status")), rs.getBoolean("results_public"), rs.getLong("responses"),
                        rs.getTimestamp("opened_at") == null ? null : rs.getTimestamp("opened_at").toInstant(), false))
                .list();
        if (user.has(Role.MEMBER)) {
            Set<Long> answered = responses.answeredBy(user.committeeId(), user.id(), rows.stream().map(Row::id).toList());
            rows = rows.stream().map(r -> new Row(r.id(), r.title(), r.audience(), r.status(), r.resultsPublic(), r.responses(),
                    r.openedAt(), answered.contains(r.id()))).toList();
        }
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** One questionnaire as the current user may see it. */
    public Questionnaire find(long id) {
        CurrentUser user = reader();
        Questionnaire q = questionnaires.get(user.committeeId(), id);
        if (!seesAll(user) && !(q.audience() == Audience.MEMBERS
                && (q.status() == Status.OPEN || (q.status() == Status.CLOSED && q.resultsPublic())))) {
            throw BusinessException.notFound("该问卷");
        }
        return q;
    }

    /** Whether the current user is the office (builds and runs questionnaires). */
    public boolean office() {
        return currentUsers.get().isOffice();
    }

    /** Whether the current user sees every questionnaire of the committee (the office and leaders). */
    public boolean seesAll() {
        return seesAll(currentUsers.get());
    }

    /** The address code of the committee's public portal, if it has one (for links to a public questionnaire). */
    public Optional<String> portalCode() {
        return portals.own().map(PublicPortals.Portal::code);
    }

    /** Whether the current member has answered it. */
    public boolean answeredByMe(long id) {
        CurrentUser user = currentUsers.get();
        return user.has(Role.MEMBER) && responses.answered(user.committeeId(), id, ResponseStore.Respondent.account(user.id()));
    }

    /** The consultation activity it precedes, if linked. */
    public Optional<ConsultationActivities.Consultation> activity(Questionnaire q) {
        return q.activityId() == null ? Optional.empty() : consultations.find(q.committeeId(), q.activityId());
    }

    /** The consultation activities the office may link (latest first). */
    public List<ConsultationActivities.Consultation> linkable() {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        return consultations.latest(office.committeeId(), 50);
    }

    public List<Timeline.TimelineEntry> history(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        questionnaires.get(user.committeeId(), id);
        return timeline.of(user.committeeId(), SubjectType.QUESTIONNAIRE, id);
    }

    // ---- the portal (no login) ----

    /** The committee's public questionnaires open for answers or with published results, newest first. */
    public List<Row> onPortal(long committeeId) {
        return jdbc.sql("""
                select q.id, q.title, q.audience, q.status, q.results_public, q.opened_at from questionnaire q
                 where q.committee_id = ? and q.audience = 'PUBLIC' and (q.status = 'OPEN' or (q.status = 'CLOSED' and q.results_public))
                 order by q.id desc limit 50""")
                .param(committeeId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), Audience.PUBLIC, Status.valueOf(rs.getString("status")),
                        rs.getBoolean("results_public"), 0, rs.getTimestamp("opened_at") == null ? null
                        : rs.getTimestamp("opened_at").toInstant(), false))
                .list();
    }

    /** A public questionnaire as the portal shows it (open, or with published results), or 404. */
    public Questionnaire onPortal(long committeeId, long id) {
        Questionnaire q = questionnaires.read(id, committeeId).orElseThrow(() -> BusinessException.notFound("该问卷"));
        if (q.audience() != Audience.PUBLIC || q.status() == Status.DRAFT || (q.status() == Status.CLOSED && !q.resultsPublic())) {
            throw BusinessException.notFound("该问卷");
        }
        return q;
    }

    private CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }

    static boolean seesAll(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
    }
}

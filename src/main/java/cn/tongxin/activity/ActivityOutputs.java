package cn.tongxin.activity;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.ActivityRow;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * Speeches and outputs of an activity with their authors; outcomes (采用, 批示); and outputs that need a government
 * response (建议案, 协商成果, 监督意见书) handed to units through the handling engine (协商成果办理反馈).
 */
@Service
@Transactional
public class ActivityOutputs {

    public static final SubjectType SUBJECT = SubjectType.ACTIVITY_OUTPUT;
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Outcomes outcomes;
    private final AssignToUnits assign;
    private final CommitteeSettings settings;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityOutputs(JdbcClient jdbc, CurrentUsers currentUsers, Members members, Outcomes outcomes, AssignToUnits assign,
                    CommitteeSettings settings, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.members = members;
        this.outcomes = outcomes;
        this.assign = assign;
        this.settings = settings;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    public long record(long activityId, OutputKind kind, String title, String text, List<Long> authorIds) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ActivityRow a = ActivityRow.load(jdbc, staff.committeeId(), activityId);
        var errors = new FieldErrors.Collector();
        if (kind == null) {
            errors.add("kind", "请选择成果类型");
        }
        if (Text.isBlank(title) || title.strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        Set<Long> authors = new HashSet<>(authorIds == null ? List.of() : authorIds);
        if (authors.isEmpty()) {
            errors.add("authorIds", "请选择作者（发言人）");
        }
        errors.throwIfAny();
        for (long m : authors) {
            if (members.find(m).isEmpty()) {
                throw BusinessException.invalid("所选委员不存在");
            }
        }
        long id = jdbc.sql("""
                insert into activity_output (committee_id, activity_id, kind, title, text, needs_response, recorded_by)
                values (?, ?, ?, ?, ?, false, ?) returning id""")
                .params(staff.committeeId(), a.id(), kind.name(), title.strip(), Text.trimToNull(text), staff.username())
                .query(Long.class).single();
        authors.forEach(m -> jdbc.sql("insert into activity_output_author (output_id, member_id) values (?, ?)").params(id, m).update());
        timeline.record(staff.committeeId(), PlanActivities.SUBJECT, a.id(), "登记" + kind.label(), null, null, title.strip());
        events.publishEvent(new ActivityEvents.OutputRecorded(staff.committeeId(), a.id(), id, kind, List.copyOf(authors)));
        return id;
    }

    /** Hands an output that needs a government response to units, like a proposal: reply, rating by its authors. */
    public long sendForResponse(long outputId, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var row = jdbc.sql("select activity_id, kind, title, needs_response from activity_output where id = ? and committee_id = ? for update")
                .params(outputId, staff.committeeId()).query().listOfRows();
        if (row.isEmpty()) {
            throw BusinessException.notFound("成果");
        }
        OutputKind kind = OutputKind.valueOf((String) row.getFirst().get("kind"));
        if (!kind.mayNeedResponse()) {
            throw BusinessException.conflict(kind.label() + "不需交承办单位办理反馈");
        }
        Set<Long> raters = new HashSet<>(jdbc.sql("select member_id from activity_output_author where output_id = ?").param(outputId)
                .query(Long.class).list());
        long caseId = assign.assign(new AssignRequest(SubjectRef.of(SUBJECT, outputId), (String) row.getFirst().get("title"),
                "/activities/" + row.getFirst().get("activity_id") + "/outputs/" + outputId, mode == null ? HandlingMode.SOLE : mode,
                responsibleUnits, coUnits, raters));
        jdbc.sql("update activity_output set needs_response = true where id = ?").param(outputId).update();
        return caseId;
    }

    public void adopt(long outputId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        requireOutput(outputId);
        outcomes.adopt(SUBJECT, outputId, level, combined, on == null ? LocalDate.now(clock) : on, note);
    }

    public void instruct(long outputId, Outcomes.InstructionForm form) {
        requireOutput(outputId);
        outcomes.instruct(SUBJECT, outputId, form);
    }

    private void requireOutput(long outputId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (jdbc.sql("select count(*) from activity_output where id = ? and committee_id = ?").params(outputId, staff.committeeId())
                .query(Long.class).single() == 0) {
            throw BusinessException.notFound("成果");
        }
    }
}

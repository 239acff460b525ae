package cn.tongxin.frontline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityBriefs;
import cn.tongxin.frontline.FrontlineWorkflows.Party;
import cn.tongxin.frontline.FrontlineWorkflows.PointAction;
import cn.tongxin.frontline.internal.FrontlinePoints;
import cn.tongxin.frontline.internal.FrontlineProblems;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * What happens at a point, recorded by the office or a member attached to it: an activity held there (with the
 * participants counted on the day, citizens included), a problem raised, its solution.
 */
@Service
@Transactional
public class PointWork {

    private final FrontlinePoints points;
    private final FrontlineProblems problems;
    private final ActivityBriefs activities;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final Clock clock;

    PointWork(FrontlinePoints points, FrontlineProblems problems, ActivityBriefs activities, CurrentUsers currentUsers, JdbcClient jdbc,
              Timeline timeline, Clock clock) {
        this.points = points;
        this.problems = problems;
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A request to link an activity: its id and the participants (人次) counted; null: the members' attendance. */
    public record LinkActivity(Long activityId, Integer participants) {
    }

    public void linkActivity(long pointId, LinkActivity body) {
        CurrentUser user = currentUsers.get();
        FrontlinePoint point = locked(user, pointId);
        point.require(PointAction.LINK_ACTIVITY, parties(user, point));
        var errors = new FieldErrors.Collector();
        var activity = body.activityId() == null ? java.util.Optional.<ActivityBriefs.Brief>empty()
                : activities.find(user.committeeId(), body.activityId());
        if (activity.isEmpty()) {
            errors.add("activityId", "所选活动不存在或不属于本会");
        } else if (activity.get().cancelled()) {
            errors.add("activityId", "该活动已取消，不能计入协商点");
        }
        if (body.participants() != null && (body.participants() < 0 || body.participants() > 100_000)) {
            errors.add("participants", "参与人次须在0到100000之间");
        }
        errors.throwIfAny();
        ActivityBriefs.Brief a = activity.get();
        int participants = body.participants() != null ? body.participants() : (int) a.attendance();
        int linked = jdbc.sql("""
                insert into frontline_point_activity (point_id, activity_id, committee_id, participants, linked_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(pointId, a.id(), user.committeeId(), participants, user.username()).update();
        if (linked == 0) {
            throw BusinessException.conflict("该活动已计入" + pointOf(a.id()) + "，一个活动只计入一个协商点");
        }
        timeline.record(user.committeeId(), SubjectType.FRONTLINE_POINT, pointId, "关联活动", null, null,
                a.title() + "（参与" + participants + "人次）");
    }

    public void unlinkActivity(long pointId, long activityId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        FrontlinePoint point = locked(staff, pointId);
        int removed = jdbc.sql("delete from frontline_point_activity where point_id = ? and activity_id = ? and committee_id = ?")
                .params(point.id(), activityId, staff.committeeId()).update();
        if (removed == 0) {
            throw BusinessException.notFound("该协商点的活动");
        }
        timeline.record(staff.committeeId(), SubjectType.FRONTLINE_POINT, pointId, "取消关联活动", null, null, "活动 " + activityId);
    }

    /** A problem raised at the point (at one of its activities, optionally), with the day it was raised. */
    public record RaiseProblem(String title, String detail, LocalDate raisedOn, Long activityId) {
    }

    public long raiseProblem(long pointId, RaiseProblem body) {
        CurrentUser user = currentUsers.get();
        FrontlinePoint point = locked(user, pointId);
        point.require(PointAction.RAISE_PROBLEM, parties(user, point));
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(body.title()) || body.title().strip().length() > 200) {
            errors.add("title", "请填写问题（不超过200个字）");
        }
        if (body.detail() != null && body.detail().length() > 2000) {
            errors.add("detail", "详细情况不能超过2000个字");
        }
        if (body.raisedOn() == null) {
            errors.add("raisedOn", "请填写提出日期");
        } else if (body.raisedOn().isAfter(LocalDate.now(clock))) {
            errors.add("raisedOn", "提出日期不能晚于今天");
        }
        if (body.activityId() != null && jdbc.sql("select count(*) from frontline_point_activity where point_id = ? and activity_id = ?")
                .params(pointId, body.activityId()).query(Long.class).single() == 0) {
            errors.add("activityId", "所选活动不是该协商点的活动");
        }
        errors.throwIfAny();
        FrontlineProblem problem = problems.save(FrontlineProblem.raise(user.committeeId(), pointId, body.activityId(), body.title(),
                body.detail(), body.raisedOn(), user.username()));
        timeline.record(user.committeeId(), SubjectType.FRONTLINE_PROBLEM, problem.id(), "登记问题", null,
                problem.status().label(), problem.title());
        return problem.id();
    }

    /**
     * {@code memberId}: the member of the point who solved it, credited in their performance record; the office names
     * one of the point's members (or none), a member of the point recording it is the one (null: themselves).
     */
    public record Solve(String solution, LocalDate solvedOn, Long memberId) {

        public Solve(String solution, LocalDate solvedOn) {
            this(solution, solvedOn, null);
        }
    }

    public void solve(long problemId, Solve body) {
        CurrentUser user = currentUsers.get();
        FrontlineProblem problem = lockedProblem(user, problemId);
        FrontlinePoint point = points.findByIdAndCommitteeId(problem.pointId(), user.committeeId()).orElseThrow();
        if (Text.isBlank(body.solution()) || body.solution().strip().length() > 2000) {
            throw new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("solution", "请填写解决情况（不超过2000个字）")));
        }
        var from = problem.status();
        problem.solve(body.solvedOn() == null ? LocalDate.now(clock) : body.solvedOn(), body.solution(), solver(user, point, body.memberId()),
                parties(user, point));
        problems.save(problem);
        timeline.record(user.committeeId(), SubjectType.FRONTLINE_PROBLEM, problemId, "登记解决", from.label(), problem.status().label(), null);
    }

    public void reopenProblem(long problemId) {
        CurrentUser user = currentUsers.get();
        FrontlineProblem problem = lockedProblem(user, problemId);
        FrontlinePoint point = points.findByIdAndCommitteeId(problem.pointId(), user.committeeId()).orElseThrow();
        var from = problem.status();
        problem.reopen(parties(user, point));
        problems.save(problem);
        timeline.record(user.committeeId(), SubjectType.FRONTLINE_PROBLEM, problemId, "重新打开", from.label(), problem.status().label(), null);
    }

    /** The member credited with a solution: one of the point's members, or nobody when the office names none. */
    private static Long solver(CurrentUser user, FrontlinePoint point, Long named) {
        Set<Party> as = parties(user, point);
        if (as.isEmpty()) {
            return null; // the workflow table refuses the step
        }
        if (!as.contains(Party.OFFICE)) {
            if (named != null && !named.equals(user.memberId())) {
                throw BusinessException.forbidden("协商点委员只能登记本人解决的问题");
            }
            return user.memberId();
        }
        if (named != null && !point.memberIds().contains(named)) {
            throw new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("memberId", "所选委员不是该协商点联系的委员")));
        }
        return named;
    }

    /** Who the user is at this point: the office, a member attached to it, or nobody (403 from the table). */
    static Set<Party> parties(CurrentUser user, FrontlinePoint point) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            as.add(Party.OFFICE);
        }
        if (user.has(Role.MEMBER) && user.memberId() != null && point.memberIds().contains(user.memberId())) {
            as.add(Party.POINT_MEMBER);
        }
        return as;
    }

    private String pointOf(long activityId) {
        return jdbc.sql("select p.name from frontline_point_activity a join frontline_point p on p.id = a.point_id where a.activity_id = ?")
                .param(activityId).query(String.class).optional().map(n -> "“" + n + "”").orElse("其他协商点");
    }

    private FrontlinePoint locked(CurrentUser user, long id) {
        return points.findLockedByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("协商点"));
    }

    private FrontlineProblem lockedProblem(CurrentUser user, long id) {
        return problems.findLockedByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("问题"));
    }
}

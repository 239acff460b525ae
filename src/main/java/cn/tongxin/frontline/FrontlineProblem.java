package cn.tongxin.frontline;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.frontline.FrontlineWorkflows.Party;
import cn.tongxin.frontline.FrontlineWorkflows.ProblemAction;
import cn.tongxin.frontline.FrontlineWorkflows.ProblemStatus;
import cn.tongxin.shared.BusinessException;

/** A problem raised at a point (at one of its activities or not), until its solution is recorded. */
@Table("frontline_problem")
public class FrontlineProblem extends AbstractAggregateRoot<FrontlineProblem> {

    /** Solved on {@code on}, by {@code memberId} when a member of the point solved it (null: the office's record only). */
    public record Solved(long committeeId, long pointId, long problemId, LocalDate on, Long memberId, String title) {
    }

    /** Back to 待解决: the solution recorded before no longer counts. */
    public record Reopened(long committeeId, long pointId, long problemId) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    long pointId;
    Long activityId;
    String title;
    String detail;
    LocalDate raisedOn;
    ProblemStatus status;
    LocalDate solvedOn;
    String solution;
    Long solvedByMemberId;
    String recordedBy;

    FrontlineProblem() {
    }

    static FrontlineProblem raise(long committeeId, long pointId, Long activityId, String title, String detail, LocalDate raisedOn,
                                  String by) {
        var problem = new FrontlineProblem();
        problem.committeeId = committeeId;
        problem.pointId = pointId;
        problem.activityId = activityId;
        problem.title = title.strip();
        problem.detail = detail == null || detail.isBlank() ? null : detail.strip();
        problem.raisedOn = raisedOn;
        problem.status = ProblemStatus.OPEN;
        problem.recordedBy = by;
        return problem;
    }

    void solve(LocalDate on, String how, Long byMember, Set<Party> as) {
        ProblemStatus next = FrontlineWorkflows.PROBLEM.require(status, ProblemAction.SOLVE, as).to();
        if (on == null || on.isBefore(raisedOn)) {
            throw BusinessException.invalid("解决日期须不早于提出日期（" + raisedOn + "）");
        }
        status = next;
        solvedOn = on;
        solution = how.strip();
        solvedByMemberId = byMember;
        registerEvent(new Solved(committeeId, pointId, id, on, byMember, title));
    }

    void reopen(Set<Party> as) {
        status = FrontlineWorkflows.PROBLEM.require(status, ProblemAction.REOPEN, as).to();
        solvedOn = null;
        solution = null;
        solvedByMemberId = null;
        registerEvent(new Reopened(committeeId, pointId, id));
    }

    public Long id() {
        return id;
    }

    public long pointId() {
        return pointId;
    }

    public ProblemStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}

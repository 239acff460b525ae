package cn.tongxin.performance.dutyreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/** A member writes their own year's duty report: opens it, edits the narrative, submits it (again after a return). */
@Service
@Transactional
public class WriteDutyReports {

    static final SubjectType SUBJECT = SubjectType.DUTY_REPORT;

    private final DutyReports reports;
    private final DutyReportAccess access;
    private final DutyReportFigures figures;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    WriteDutyReports(DutyReports reports, DutyReportAccess access, DutyReportFigures figures, CurrentUsers currentUsers,
                     Timeline timeline, Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member's report for the year, started as a draft if there is none yet (a double click starts one). */
    public long openMine(Integer year) {
        CurrentUser member = member();
        int y = checkYear(year, clock);
        Instant now = Instant.now(clock);
        jdbc.sql("""
                insert into duty_report (committee_id, member_id, year, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (committee_id, member_id, year) do nothing returning id""")
                .params(member.committeeId(), member.memberId(), y, DutyReportStatus.DRAFT.name(), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).optional()
                .ifPresent(id -> timeline.record(member.committeeId(), SUBJECT, id, "起草", null, DutyReportStatus.DRAFT.label(), null));
        return reports.findByCommitteeIdAndMemberIdAndYear(member.committeeId(), member.memberId(), y).map(DutyReport::id)
                .orElseThrow();
    }

    /** Saves the narrative; {@code version} is the one the form was read at (stale: 409, the text stays on the page). */
    public void update(long id, int version, String summary, String plans) {
        CurrentUser member = member();
        DutyReport r = own(member, id);
        var errors = new FieldErrors.Collector();
        if (summary != null && summary.strip().length() > DutyReport.SUMMARY_MAX) {
            errors.add("summary", "履职总结共" + summary.strip().length() + "字，超过" + DutyReport.SUMMARY_MAX + "字的上限");
        }
        if (plans != null && plans.strip().length() > DutyReport.PLANS_MAX) {
            errors.add("plans", "下一步打算共" + plans.strip().length() + "字，超过" + DutyReport.PLANS_MAX + "字的上限");
        }
        DutyReportWorkflow.TABLE.require(r.status(), DutyReportAction.EDIT);
        errors.throwIfAny();
        r.edit(version, summary, plans, Instant.now(clock));
        reports.save(r);
    }

    /** Submits the report: the figures of the record are frozen with it, staff are told. */
    public void submit(long id) {
        CurrentUser member = member();
        DutyReport r = own(member, id);
        DutyReportStatus from = r.status();
        r.submit(figures.freeze(r), Instant.now(clock));
        reports.save(r);
        timeline.record(member.committeeId(), SUBJECT, id, from == DutyReportStatus.RETURNED ? "修改后重新提交" : "提交", from.label(),
                DutyReportStatus.SUBMITTED.label(), null);
        notifications.notify(member.committeeId(), Recipient.staff(), r.year() + "年度履职报告待审核：" + member.displayName(), null,
                "/duty-reports/" + id);
    }

    private CurrentUser member() {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        if (user.memberId() == null) {
            throw BusinessException.forbidden("当前账号未关联委员");
        }
        return user;
    }

    /** The member's own report, locked; another member's is a 404 whatever its status. */
    private DutyReport own(CurrentUser member, long id) {
        DutyReport r = access.lock(id);
        if (!DutyReportAccess.owns(member, r)) {
            throw BusinessException.forbidden("只有委员本人可以修改和提交自己的履职报告");
        }
        return r;
    }

    /** The year asked for (this year when none): a report is written for a year that has begun. */
    static int checkYear(Integer year, Clock clock) {
        int current = LocalDate.now(clock).getYear();
        int y = year == null ? current : year;
        if (y < 1990 || y > current) {
            throw BusinessException.invalid("年度应在1990年至" + current + "年之间");
        }
        return y;
    }
}

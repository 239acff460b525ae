package cn.tongxin.performance.dutyreport;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.timeline.Timeline;

/** Staff review submitted duty reports (accept, or return with a reason) and publish accepted ones to the committee. */
@Service
@Transactional
public class ReviewDutyReports {

    private final DutyReports reports;
    private final DutyReportAccess access;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    ReviewDutyReports(DutyReports reports, DutyReportAccess access, CurrentUsers currentUsers, Timeline timeline,
                      Notifications notifications, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void accept(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        DutyReport r = access.lock(id);
        DutyReportStatus from = r.status();
        r.accept(Instant.now(clock));
        reports.save(r);
        record(staff, r, "审核通过", from, null);
        notifications.notify(staff.committeeId(), Recipient.member(r.memberId()), r.year() + "年度履职报告已审核通过", null,
                link(r));
    }

    public void returnForRevision(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        DutyReport r = access.lock(id);
        DutyReportStatus from = r.status();
        r.returnForRevision(reason, Instant.now(clock));
        reports.save(r);
        record(staff, r, "退回修改", from, r.returnReason());
        notifications.notify(staff.committeeId(), Recipient.member(r.memberId()), r.year() + "年度履职报告被退回修改",
                r.returnReason(), link(r));
    }

    public void publish(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        DutyReport r = access.lock(id);
        DutyReportStatus from = r.status();
        r.publish(Instant.now(clock));
        reports.save(r);
        record(staff, r, "公开", from, null);
        notifications.notify(staff.committeeId(), Recipient.member(r.memberId()), r.year() + "年度履职报告已向本会委员公开", null,
                link(r));
    }

    private void record(CurrentUser staff, DutyReport r, String action, DutyReportStatus from, String comment) {
        timeline.record(staff.committeeId(), WriteDutyReports.SUBJECT, r.id(), action, from.label(), r.status().label(), comment);
    }

    private static String link(DutyReport r) {
        return "/performance/duty-report?year=" + r.year();
    }
}

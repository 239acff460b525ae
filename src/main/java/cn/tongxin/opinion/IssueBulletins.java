package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.BulletinNumbers;
import cn.tongxin.opinion.internal.Bulletins;
import cn.tongxin.opinion.internal.OpinionItems;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.timeline.Timeline;

/** 编发: the bulletin gets the next number of its series in its issue year; its items and their reports become issued. */
@Service
@Transactional
public class IssueBulletins {

    private final Bulletins bulletins;
    private final OpinionItems items;
    private final OpinionReports reports;
    private final BulletinNumbers numbers;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Clock clock;

    IssueBulletins(Bulletins bulletins, OpinionItems items, OpinionReports reports, BulletinNumbers numbers,
                   CurrentUsers currentUsers, Timeline timeline, Clock clock) {
        this.bulletins = bulletins;
        this.items = items;
        this.reports = reports;
        this.numbers = numbers;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    public int issue(long bulletinId, LocalDate issuedOn) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var as = OpinionWorkflow.office(staff);
        Bulletin bulletin = bulletins.findByIdAndCommitteeId(bulletinId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("期刊"));
        bulletin.requireIssuable(as);
        LocalDate on = issuedOn == null ? LocalDate.now(clock) : issuedOn;
        bulletin.issue(as, numbers.next(staff.committeeId(), bulletin.series(), on.getYear()), on);
        bulletins.save(bulletin);
        for (long itemId : bulletin.itemIds()) {
            OpinionItem item = items.findByIdAndCommitteeId(itemId, staff.committeeId())
                    .orElseThrow(() -> BusinessException.notFound("编辑稿"));
            if (item.issued) {
                continue; // issued before in another bulletin: its reports are issued already
            }
            item.issue(as);
            items.save(item);
            for (OpinionReport report : reports.findByItemIdOrderById(itemId)) {
                var step = report.issue(OpinionWorkflow.parties(staff, report.submitterAccountId()), bulletinId, bulletin.label(), on);
                reports.save(report);
                timeline.record(staff.committeeId(), SubmitReports.SUBJECT, report.id(), "编发", step.from().label(), step.to().label(),
                        bulletin.label());
            }
        }
        return bulletin.number();
    }
}

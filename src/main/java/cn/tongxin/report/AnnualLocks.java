package cn.tongxin.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.report.internal.AnnualScope;
import cn.tongxin.report.internal.AnnualSnapshots;
import cn.tongxin.report.internal.AnnualValues;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.DateRange;

/**
 * Locks a year when the standing committee adopts its work report: the figures as they are now (the committee's own,
 * and with every committee below it) are kept as published with the adoption date. Staff and administrators of the
 * committee; once only — there is no unlock (a correction later shows as a difference). Audited.
 */
@Service
@Transactional
public class AnnualLocks {

    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final AnnualValues values;
    private final AnnualSnapshots snapshots;
    private final AuditLog audit;
    private final Clock clock;

    AnnualLocks(CurrentUsers currentUsers, Organization organization, AnnualValues values, AnnualSnapshots snapshots, AuditLog audit,
                Clock clock) {
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.values = values;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    public AnnualAccount.Lock lock(Integer year, LocalDate adoptedOn) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        LocalDate today = LocalDate.now(clock);
        if (year == null || year < 1949 || year > today.getYear()) {
            throw BusinessException.invalid("请填写要锁定的年度（不能是以后的年度）");
        }
        if (adoptedOn == null) {
            throw BusinessException.invalid("请填写工作报告通过的日期");
        }
        if (adoptedOn.isAfter(today)) {
            throw BusinessException.invalid("通过日期不能晚于今天");
        }
        if (adoptedOn.getYear() < year) {
            throw BusinessException.invalid("通过日期不能早于该年度");
        }
        long committee = user.committeeId();
        DateRange range = new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put(AnnualScope.OWN, values.of(java.util.List.of(committee), range));
        var subtree = organization.subtree(committee).stream().map(CommitteeView::id).toList();
        figures.put(AnnualScope.SYSTEM, subtree.size() == 1 ? figures.get(AnnualScope.OWN) : values.of(subtree, range));
        snapshots.lock(committee, year, adoptedOn, user.username(), figures);
        audit.record(committee, "锁定年度数字", "annual_report", year,
                year + " 年度，工作报告通过日期 " + adoptedOn + "，锁定 " + figures.get(AnnualScope.OWN).size() + " 项数字");
        return snapshots.lock(committee, year).orElseThrow();
    }
}

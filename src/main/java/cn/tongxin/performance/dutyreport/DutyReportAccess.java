package cn.tongxin.performance.dutyreport;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.performance.dutyreport.DutyReportWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/**
 * Who reads a duty report: its member always; staff, administrators and leaders once it is submitted; every member of
 * the committee once it is published. Anyone else gets a 404, as if it did not exist.
 */
@Component
class DutyReportAccess {

    private final CurrentUsers currentUsers;
    private final DutyReports reports;

    DutyReportAccess(CurrentUsers currentUsers, DutyReports reports) {
        this.currentUsers = currentUsers;
        this.reports = reports;
    }

    /** The current user, who must be able to read duty reports at all (units and correspondents cannot: 403). */
    CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }

    /** The report, locked for a step, if the current user may read it. */
    DutyReport lock(long id) {
        CurrentUser user = reader();
        return reports.findByIdAndCommitteeId(id, user.committeeId()).filter(r -> readable(user, r))
                .orElseThrow(() -> BusinessException.notFound("履职报告"));
    }

    DutyReport read(long id) {
        CurrentUser user = reader();
        return reports.findById(id).filter(r -> r.committeeId() == user.committeeId() && readable(user, r))
                .orElseThrow(() -> BusinessException.notFound("履职报告"));
    }

    static boolean readable(CurrentUser user, DutyReport r) {
        if (owns(user, r)) {
            return true;
        }
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return r.status() != DutyReportStatus.DRAFT;
        }
        return r.status() == DutyReportStatus.PUBLISHED;
    }

    static boolean owns(CurrentUser user, DutyReport r) {
        return user.memberId() != null && Objects.equals(user.memberId(), r.memberId());
    }

    /** The parties the user acts as on this report. */
    static Set<Party> parties(CurrentUser user, DutyReport r) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        if (owns(user, r)) {
            as.add(Party.MEMBER);
        }
        if (user.isOffice()) {
            as.add(Party.STAFF);
        }
        return as;
    }
}

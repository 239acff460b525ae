package cn.tongxin.opinion;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.ReportRows;
import cn.tongxin.shared.SubjectType;

/** Staff and leaders see every report of their committee; everybody else only the reports they submitted or wrote. */
@Component
public class OpinionAccess {

    static final SubjectType ITEM = SubjectType.OPINION_ITEM;
    private final ReportRows rows;

    OpinionAccess(ReportRows rows) {
        this.rows = rows;
    }

    public boolean canView(CurrentUser user, ReportView r) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) || r.submitterAccountId() == user.id()) {
            return true;
        }
        return r.authors().stream().anyMatch(a -> (a.accountId() != null && a.accountId() == user.id())
                || (a.memberId() != null && a.memberId().equals(user.memberId())));
    }

    /** An edited item: staff and leaders, and the authors of any report in it. */
    public boolean canViewItem(CurrentUser user, long itemId) {
        return rows.canSeeItem(reader(user), itemId);
    }

    static ReportRows.Reader reader(CurrentUser user) {
        return new ReportRows.Reader(user.committeeId(), user.id(), user.memberId(), user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER));
    }
}

package cn.tongxin.opinion;

import cn.tongxin.shared.SubjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/** Staff and leaders see every report of their committee; everybody else only the reports they submitted or wrote. */
@Component
public class OpinionAccess {

    static final SubjectType ITEM = SubjectType.OPINION_ITEM;
    private final JdbcClient jdbc;

    OpinionAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return true;
        }
        return jdbc.sql("""
                select count(*) from opinion_report r where r.item_id = :item and (r.submitter_account_id = :me
                    or exists (select 1 from opinion_author a where a.report_id = r.id and (a.account_id = :me or a.member_id = :member)))""")
                .param("item", itemId).param("me", user.id()).param("member", user.memberId() == null ? -1 : user.memberId())
                .query(Long.class).single() > 0;
    }

    /** SQL condition on report {@code r} for the list: what this user may see. */
    static String visibility(CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return "";
        }
        return " and (r.submitter_account_id = :me or exists (select 1 from opinion_author a where a.report_id = r.id"
                + " and (a.account_id = :me or a.member_id = :member)))";
    }
}

package cn.tongxin.opinion;

import java.util.List;

import cn.tongxin.account.CurrentUser;

/**
 * What the pages and the API offer a user, straight from the tables: the report's actions for the parties the user
 * acts as (the submitter as AUTHOR, the office as STAFF). 编发 is offered on the report as a way to the bulletins,
 * where it is taken.
 */
public final class ReportActions {

    private ReportActions() {
    }

    public static List<OpinionWorkflow.Action> offered(CurrentUser user, long submitterAccountId, OpinionStatus status) {
        return OpinionWorkflow.TABLE.actions(status, OpinionWorkflow.parties(user, submitterAccountId));
    }

    public static List<ItemWorkflow.Action> offered(CurrentUser user, ItemWorkflow.Status status) {
        return ItemWorkflow.TABLE.actions(status, OpinionWorkflow.office(user));
    }

    public static List<BulletinWorkflow.Action> offered(CurrentUser user, BulletinWorkflow.Status status) {
        return BulletinWorkflow.TABLE.actions(status, OpinionWorkflow.office(user));
    }
}

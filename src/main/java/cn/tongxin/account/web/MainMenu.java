package cn.tongxin.account.web;

import static cn.tongxin.account.Role.ADMIN;
import static cn.tongxin.account.Role.CORRESPONDENT;
import static cn.tongxin.account.Role.LEADER;
import static cn.tongxin.account.Role.MEMBER;
import static cn.tongxin.account.Role.STAFF;
import static cn.tongxin.account.Role.UNIT;
import static cn.tongxin.account.web.SidebarMenu.always;
import static cn.tongxin.account.web.SidebarMenu.any;

import java.util.List;
import java.util.function.Predicate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.web.SidebarMenu.Group;
import cn.tongxin.account.web.SidebarMenu.Item;

/** The platform's main menu: every page a role reaches from the side bar, in order (after 首页 and 消息提醒). */
final class MainMenu {

    private MainMenu() {
    }

    private static final Predicate<CurrentUser> OFFICE = CurrentUser::isOffice;
    private static final Predicate<CurrentUser> OFFICE_OR_LEADER = any(ADMIN, STAFF, LEADER);
    private static final Predicate<CurrentUser> WORKING = any(ADMIN, STAFF, LEADER, MEMBER);

    static SidebarMenu create() {
        return new SidebarMenu(List.of(
                new Group("履职", always(), List.of(
                        new Item("提案", "/proposals", any(ADMIN, STAFF, LEADER, MEMBER, UNIT)),
                        new Item("履职活动", "/activities", any(ADMIN, STAFF, LEADER, MEMBER, UNIT)),
                        new Item("网络议政", "/deliberation/topics", WORKING),
                        new Item("微建议", "/suggestions", any(ADMIN, STAFF, LEADER, MEMBER, UNIT)),
                        new Item("一线协商", "/frontline", WORKING),
                        new Item("文史资料", "/memoirs", WORKING),
                        new Item("书香政协", "/reading", WORKING),
                        new Item("委员值班", "/duty", WORKING),
                        new Item("社情民意", "/opinions", any(ADMIN, STAFF, LEADER, MEMBER, CORRESPONDENT, UNIT)),
                        new Item("《社情民意》期刊", "/bulletins", OFFICE_OR_LEADER),
                        new Item("社情民意统计", "/opinion-statistics", OFFICE_OR_LEADER),
                        new Item("微建议统计", "/suggestion-statistics", OFFICE_OR_LEADER),
                        new Item("活动统计", "/activity-statistics", OFFICE_OR_LEADER),
                        new Item("交办事项", "/handling/tasks", any(UNIT)),
                        new Item("提案统计", "/proposals/statistics", OFFICE_OR_LEADER),
                        new Item("全系统统计", "/system-statistics", OFFICE_OR_LEADER),
                        new Item("年度报告数字", "/reports/annual", OFFICE_OR_LEADER),
                        new Item("大屏", "/dashboard", OFFICE_OR_LEADER),
                        new Item("履职考评", "/performance/ranking", OFFICE_OR_LEADER),
                        new Item("履职积分规则", "/performance/rules", OFFICE_OR_LEADER),
                        new Item("履职申报审核", "/performance/claims", OFFICE),
                        new Item("年度履职报告", "/duty-reports", WORKING),
                        new Item("评选表彰", "/awards", WORKING),
                        new Item("问卷调查", "/questionnaires", any(LEADER, MEMBER).and(OFFICE.negate())))),
                new Group("委员工作室", any(MEMBER).and(any(ADMIN, STAFF).negate()), List.of(
                        new Item("工作室群众意见", "/participation/opinions", always()),
                        new Item("为民办实事", "/participation/deeds", always()))),
                new Group("公众参与", OFFICE, List.of(
                        new Item("群众意见建议", "/participation/opinions", always()),
                        new Item("为民办实事", "/participation/deeds", always()),
                        new Item("委员工作室统计", "/participation/opinion-statistics", always()),
                        new Item("工作室先审后发", "/participation/studio-moderation", always()),
                        new Item("问卷调查", "/questionnaires", always()),
                        new Item("新闻宣传", "/news", always()),
                        new Item("审核队列", "/participation/moderation", always()),
                        new Item("敏感词", "/participation/sensitive-words", always()),
                        new Item("公开门户", "/participation/portal", always()))),
                new Group("委员", OFFICE_OR_LEADER, List.of(
                        new Item("委员名册", "/members", always()),
                        new Item("导入名册", "/members/import", OFFICE),
                        new Item("历史数据导入", "/history", OFFICE),
                        new Item("驻地委员", "/residents", always()))),
                new Group("组织机构", OFFICE_OR_LEADER, List.of(
                        new Item("届次与会议", "/org/terms", always()),
                        new Item("界别", "/org/dir/sectors", always()),
                        new Item("专门委员会", "/org/dir/special-committees", always()),
                        new Item("党派团体", "/org/dir/parties", always()),
                        new Item("委员工作室", "/org/dir/studios", always()),
                        new Item("承办单位", "/org/units", always()),
                        new Item("政协", "/org/committees", always()),
                        new Item("上级查阅授权", "/org/grants", always()))),
                new Group("我的", any(MEMBER).and(user -> user.memberId() != null), List.of(
                        new Item("我的信息", "/members/{member}", always()),
                        new Item("我的履职", "/performance/me", always()),
                        new Item("我的述职", "/performance/duty-report", always()),
                        new Item("履职申报", "/performance/claims", always()))),
                new Group("本单位", any(UNIT).and(user -> user.unitId() != null), List.of(
                        new Item("单位信息", "/org/units/{unit}", always()))),
                new Group("系统管理", any(ADMIN), List.of(
                        new Item("账户与角色", "/admin/users", always()),
                        new Item("参数设置", "/org/settings", always()),
                        new Item("工作日历", "/calendar", always()),
                        new Item("字典", "/org/dictionaries/PROPOSAL_CATEGORY", always()),
                        new Item("审计日志", "/admin/audit", always()),
                        new Item("消息发送记录", "/admin/message-deliveries", always()))),
                new Group("个人", always(), List.of(
                        new Item("修改密码", "/account/password", always()),
                        new Item("消息设置", "/notifications/settings", always()),
                        new Item("API令牌", "/account/tokens", OFFICE),
                        new Item("API文档", "/api-docs", OFFICE)))));
    }
}

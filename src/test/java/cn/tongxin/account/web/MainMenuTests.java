package cn.tongxin.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/** The side menu shows each role its own pages, with the user's own ids, and is rendered once per combination. */
class MainMenuTests {

    private final SidebarMenu menu = MainMenu.create();

    private static CurrentUser user(Long memberId, Long unitId, Role... roles) {
        return new CurrentUser(7, "u", "某某", 1, Set.of(roles), null, memberId, unitId);
    }

    @Test
    void a_member_sees_their_own_pages_and_not_the_office() {
        String html = menu.html(user(42L, null, Role.MEMBER), "");
        assertThat(html).contains("<a href=\"/members/42\">我的信息</a>", "<a href=\"/proposals\">提案</a>",
                "<div class=\"nav-group\">委员工作室</div>", "<a href=\"/questionnaires\">问卷调查</a>");
        assertThat(html).doesNotContain("/admin/users", "/participation/moderation", "/members/import", "/handling/tasks",
                "/account/tokens", "/bulletins");
    }

    @Test
    void staff_see_the_office_groups_but_not_the_administration() {
        String html = menu.html(user(null, null, Role.STAFF), "");
        assertThat(html).contains("<div class=\"nav-group\">公众参与</div>", "/participation/moderation", "/members/import",
                "/org/grants", "/account/tokens", "/performance/claims");
        assertThat(html).doesNotContain("/admin/users", "我的信息", "<div class=\"nav-group\">委员工作室</div>", "/handling/tasks");
        // 问卷调查 once, under 公众参与 (not in the member's place)
        assertThat(html.split("/questionnaires\"", -1)).hasSize(2);
    }

    @Test
    void a_unit_sees_its_tasks_and_its_own_unit() {
        String html = menu.html(user(null, 9L, Role.UNIT), "/app");
        assertThat(html).contains("<a href=\"/app/handling/tasks\">交办事项</a>", "<a href=\"/app/org/units/9\">单位信息</a>",
                "<a href=\"/app/opinions\">社情民意</a>");
        assertThat(html).doesNotContain("/frontline", "/reports/annual", "/members\"");
    }

    @Test
    void an_administrator_sees_system_management() {
        assertThat(menu.html(user(null, null, Role.ADMIN), "")).contains("<div class=\"nav-group\">系统管理</div>",
                "/admin/audit", "/admin/message-deliveries", "/org/dictionaries/PROPOSAL_CATEGORY");
    }

    @Test
    void one_combination_is_rendered_once_and_another_user_gets_their_own_ids() {
        String first = menu.html(user(42L, null, Role.MEMBER), "");
        assertThat(menu.html(user(42L, null, Role.MEMBER), "")).isSameAs(first);
        assertThat(menu.html(user(43L, null, Role.MEMBER), "")).contains("/members/43").doesNotContain("/members/42");
    }
}

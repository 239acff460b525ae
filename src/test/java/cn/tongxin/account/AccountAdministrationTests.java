package cn.tongxin.account;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorOpensAStaffAccountInTheirOwnCommittee() throws Exception {
        var session = login(mvc, "xs_admin");
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "xs_office")
                        .param("displayName", "办公室科员").param("roles", "STAFF").param("office", "办公室")
                        .param("initialPassword", "Office@2026"))
                .andExpect(redirectedUrl("/admin/users"));
        var row = jdbc.sql("""
                select c.name as committee, a.office, a.must_change_password from user_account a
                  join committee c on c.id = a.committee_id where a.username = 'xs_office'""").query().singleRow();
        assertThat(row).containsEntry("committee", "示例市西山县政协").containsEntry("office", "办公室")
                .containsEntry("must_change_password", true);
        assertThat(jdbc.sql("select count(*) from audit_log where action = '创建账户' and detail like '用户名 xs_office%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAccountNeedsARoleAndAStrongPassword() throws Exception {
        String page = mvc.perform(post("/admin/users").session(login(mvc, "xs_admin")).with(csrf())
                        .param("username", "xs_weak").param("displayName", "弱密码").param("initialPassword", "123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请至少选择一个角色").contains("密码至少需要8个字符");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'xs_weak'").query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorCannotManageAnotherCommitteesAccounts() throws Exception {
        long cityStaff = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        var session = login(mvc, "dc_admin");
        mvc.perform(get("/admin/users/" + cityStaff).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + cityStaff + "/enabled").param("enabled", "false").session(session).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(cityStaff).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        var session = login(mvc, "admin");
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "to_disable")
                .param("displayName", "待停用").param("roles", "LEADER").param("initialPassword", "Leader@2026"));
        long id = jdbc.sql("select id from user_account where username = 'to_disable'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").session(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/login").param("username", "to_disable").param("password", "Leader@2026").with(csrf()))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void administratorsCannotRevokeTheirOwnAdministration() throws Exception {
        long self = jdbc.sql("select id from user_account where username = 'dc_admin'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + self + "/roles").param("roles", "STAFF").session(login(mvc, "dc_admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("error")).isEqualTo("不能撤销自己的系统管理员角色"));
        assertThat(jdbc.sql("select role from user_role where user_account_id = ?").param(self).query(String.class).list())
                .containsExactly("ADMIN");
    }
}

package cn.tongxin.audit;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/**
 * Denied requests (403) are in the audit log — who, method and path, when, from where; never the query string or body —
 * and failed logins with an unknown user name are shown to the platform's administrators (the top committee's).
 */
@IntegrationTest
class DeniedRequestAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> lastDenial(String username) {
        return jdbc.sql("""
                select username, action, detail, success, committee_id from audit_log
                 where action = '拒绝访问' and username = ? order by id desc limit 1""").param(username).query().singleRow();
    }

    @Test
    void aServiceRefusalThroughTheApiIsAudited() throws Exception {
        mvc.perform(get("/api/v1/audit-log").param("secret", "不应记录").header("Authorization", "Bearer " + apiToken(mvc, "member")))
                .andExpect(status().isForbidden());
        var row = lastDenial("member");
        assertThat(row.get("detail")).isEqualTo("GET /api/v1/audit-log");
        assertThat(row.get("success")).isEqualTo(false);
        assertThat(row.get("committee_id")).isNotNull();
    }

    @Test
    void aUrlRuleRefusalOnAPageIsAuditedWithoutItsBody() throws Exception {
        mvc.perform(post("/admin/users").session(login(mvc, "member2")).with(csrf()).param("password", "不应记录"))
                .andExpect(status().isForbidden());
        var row = lastDenial("member2");
        assertThat(row.get("detail")).isEqualTo("POST /admin/users");
        assertThat(jdbc.sql("select count(*) from audit_log where detail like '%不应记录%'").query(Long.class).single()).isZero();
    }

    @Test
    void administratorsSeeDenialsOfTheirCommitteeOnTheAuditPage() throws Exception {
        mvc.perform(get("/members").session(login(mvc, "dc_unit"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-log").param("action", "拒绝访问").param("size", "200")
                        .header("Authorization", "Bearer " + apiToken(mvc, "dc_admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("dc_unit")))
                .andExpect(jsonPath("$.items[*].detail", hasItem("GET /members")));
        mvc.perform(get("/api/v1/audit-log").param("action", "拒绝访问").param("size", "200")
                        .header("Authorization", "Bearer " + apiToken(mvc, "xs_admin")))
                .andExpect(jsonPath("$.items[*].username", not(hasItem("dc_unit"))));
    }

    @Test
    void failedLoginsOfUnknownUserNamesAreShownToThePlatformsAdministrators() throws Exception {
        String unknown = "nobody" + System.nanoTime() % 100000;
        mvc.perform(post("/login").param("username", unknown).param("password", "guess").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/audit-log").param("username", unknown).header("Authorization", "Bearer " + apiToken(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("登录失败"))
                .andExpect(jsonPath("$.items[0].detail").value("用户名不存在"));
        String page = mvc.perform(get("/admin/audit").param("username", unknown).session(login(mvc, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(unknown, "用户名不存在");
        // a county's administrator does not see the platform's rows
        mvc.perform(get("/api/v1/audit-log").param("username", unknown).header("Authorization", "Bearer " + apiToken(mvc, "dc_admin")))
                .andExpect(jsonPath("$.total").value(0));
    }
}

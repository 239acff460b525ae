package cn.tongxin.audit;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class AuditLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuditLogCannotBeChangedOrDeleted() {
        jdbc.sql("insert into audit_log (action, detail) values ('测试', '原文')").update();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set detail = '篡改'").update())
                .hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .hasMessageContaining("审计日志只能追加");
    }

    @Test
    void administratorsSearchTheirOwnCommitteesLog() throws Exception {
        login(mvc, "dc_staff");
        var admin = login(mvc, "admin");
        String page = mvc.perform(get("/admin/audit").param("action", "登录").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("admin").doesNotContain("dc_staff");
        var countyAdmin = login(mvc, "dc_admin");
        String countyPage = mvc.perform(get("/admin/audit").param("username", "dc_staff").session(countyAdmin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(countyPage).contains("dc_staff");
    }

    @Test
    void onlyAdministratorsSeeTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").session(login(mvc, "staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(login(mvc, "leader"))).andExpect(status().isForbidden());
    }
}

package cn.tongxin.audit;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The audit log page's API twin: administrators read their own committee's log, nobody else's. */
@IntegrationTest
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void administratorsReadOnlyTheirOwnCommitteesLogThroughTheApi() throws Exception {
        login(mvc, "dc_staff");
        login(mvc, "xs_staff");
        mvc.perform(get("/api/v1/audit-log").param("action", "登录").param("size", "200")
                        .header("Authorization", "Bearer " + apiToken(mvc, "xs_admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("xs_staff")))
                .andExpect(jsonPath("$.items[*].username", not(hasItem("dc_staff"))))
                .andExpect(jsonPath("$.items[*].action", everyItem(org.hamcrest.Matchers.is("登录"))));
    }

    @Test
    void staffCannotReadTheAuditLog() throws Exception {
        mvc.perform(get("/api/v1/audit-log").header("Authorization", "Bearer " + apiToken(mvc, "xs_staff")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有执行此操作的权限"));
        mvc.perform(get("/api/v1/audit-log").param("from", "yesterday")
                        .header("Authorization", "Bearer " + apiToken(mvc, "xs_admin")))
                .andExpect(status().isBadRequest());
    }
}

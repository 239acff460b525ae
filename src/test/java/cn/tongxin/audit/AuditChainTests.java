package cn.tongxin.audit;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 安全审计 and 数据完整性: every business change is audited, and the audit log is an SM3 hash chain. */
@IntegrationTest
class AuditChainTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aBusinessChangeIsAuditedWithWhoWhatAndItsSubject() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"审计链提案","body":"正文","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        var rows = jdbc.sql("select username, action from audit_log where target_type = 'proposal' and target_id = ?")
                .param(Long.toString(id)).query().listOfRows();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("username")).isEqualTo("member"));
    }

    @Test
    void theChainHoldsAndARowChangedBehindThePlatformsBackIsNamed() throws Exception {
        api.get("admin", "/api/v1/audit-log/chain").andExpect(status().isOk())
                .andExpect(jsonPath("$.brokenSeq").doesNotExist());
        long target = jdbc.sql("select audit_id from audit_chain order by seq desc offset 3 limit 1").query(Long.class).single();
        String original = jdbc.sql("select detail from audit_log where id = ?").param(target).query(String.class).optional().orElse(null);
        // the database owner, past the append-only trigger
        tamper(target, "篡改后的内容");
        try {
            api.get("admin", "/api/v1/audit-log/chain").andExpect(status().isOk())
                    .andExpect(jsonPath("$.brokenAuditId").value(target))
                    .andExpect(jsonPath("$.reason").value("记录内容或链节摘要已被改动，与哈希链不符"));
            String page = mvc.perform(get("/admin/audit/chain").session(login(mvc, "admin"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("审计记录编号 " + target);
        } finally {
            tamper(target, original);
        }
        api.get("admin", "/api/v1/audit-log/chain").andExpect(jsonPath("$.brokenSeq").doesNotExist());
    }

    @Test
    void onlyAdministratorsVerifyTheChain() throws Exception {
        api.get("staff", "/api/v1/audit-log/chain").andExpect(status().isForbidden());
    }

    private void tamper(long auditId, String detail) throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        try (Connection owner = DriverManager.getConnection(url, "postgres", "");
             var replica = owner.createStatement()) {
            replica.execute("set session_replication_role = replica");
            try (var update = owner.prepareStatement("update audit_log set detail = ? where id = ?")) {
                update.setString(1, detail);
                update.setLong(2, auditId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
    }
}

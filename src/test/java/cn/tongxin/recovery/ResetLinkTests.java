package cn.tongxin.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** A reset link from the administrator, for an account with no e-mail or mobile: once, in its committee, by the policy. */
@IntegrationTest
class ResetLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long account(String username) throws Exception {
        new Api(mvc).post("xs_admin", "/api/v1/accounts", """
                {"username":"%s","displayName":"无联系方式","initialPassword":"Start@2026","roles":["STAFF"],"office":"办公室"}"""
                .formatted(username)).andExpect(status().isCreated());
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void theAdministratorsLinkSetsANewPasswordOnceAndTheAccountLogsInWithIt() throws Exception {
        Api api = new Api(mvc);
        long id = account("xs_link_user");
        var issued = api.post("xs_admin", "/api/v1/accounts/" + id + "/reset-link", null).andExpect(status().isOk());
        String link = api.read(issued, "$.link");
        assertThat(link).contains("/password-reset/link/");
        String token = token(link);

        // logged out, the link shows whose password is set
        mvc.perform(get("/password-reset/link/" + token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("xs_link_user")));
        // the policy holds
        mvc.perform(post("/password-reset/link/" + token).param("newPassword", "short").param("confirmPassword", "short").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("密码至少需要")));
        mvc.perform(post("/password-reset/link/" + token).param("newPassword", "Linked@2026x").param("confirmPassword", "Linked@2026x")
                .with(csrf())).andExpect(redirectedUrl("/login?reset"));
        Logins.login(mvc, "xs_link_user", "Linked@2026x");

        // used once: the same link is refused, by the API as by the page
        mvc.perform(post("/api/v1/auth/password-reset/link/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"newPassword\":\"Another@2026x\"}")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/password-reset/link/" + token)).andExpect(content().string(Matchers.containsString("重置链接无效")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = '生成密码重置链接' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNewLinkReplacesTheOldAndAWrongLinkSaysTheSameAsAUsedOne() throws Exception {
        Api api = new Api(mvc);
        long id = account("xs_link_twice");
        String first = token(api.read(api.post("xs_admin", "/api/v1/accounts/" + id + "/reset-link", null), "$.link"));
        String second = token(api.read(api.post("xs_admin", "/api/v1/accounts/" + id + "/reset-link", null), "$.link"));
        mvc.perform(get("/password-reset/link/" + first)).andExpect(content().string(Matchers.containsString("重置链接无效")));
        mvc.perform(get("/password-reset/link/" + "x".repeat(43))).andExpect(content().string(Matchers.containsString("重置链接无效")));
        mvc.perform(get("/password-reset/link/" + second)).andExpect(content().string(Matchers.containsString("xs_link_twice")));
        mvc.perform(post("/api/v1/auth/password-reset/link/" + second).contentType(MediaType.APPLICATION_JSON)
                .content("{\"newPassword\":\"Second@2026x\"}")).andExpect(status().isNoContent());
    }

    @Test
    void onlyTheAccountsOwnAdministratorIssuesALink() throws Exception {
        Api api = new Api(mvc);
        long id = account("xs_link_guarded");
        api.post("admin", "/api/v1/accounts/" + id + "/reset-link", null).andExpect(status().isNotFound());
        api.post("xs_staff", "/api/v1/accounts/" + id + "/reset-link", null).andExpect(status().isForbidden());
        api.post("xs_member", "/api/v1/accounts/" + id + "/reset-link", null).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from password_reset_link where user_account_id = ?").param(id).query(Long.class).single())
                .isZero();
        // from the account's page: the link is shown once to the administrator
        var admin = Logins.login(mvc, "xs_admin");
        var result = mvc.perform(post("/admin/users/" + id + "/reset-link").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id)).andReturn();
        assertThat((String) result.getFlashMap().get("resetLinkUrl")).contains("/password-reset/link/");
    }
}

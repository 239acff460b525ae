package cn.tongxin.account;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class LoginSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long committee() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    private void openAccount(String username, boolean mustChange) {
        accounts.openWithoutCaller(committee(), new NewAccount(username, "测试用户", "Start@2026", Set.of(Role.STAFF),
                null, null, null), mustChange);
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        openAccount("lock_test", false);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").param("username", "lock_test").param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(post("/login").param("username", "lock_test").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(post("/login").param("username", "lock_test").param("password", "Start@2026").with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
        Long failures = jdbc.sql("select count(*) from audit_log where username = 'lock_test' and action = '登录失败'")
                .query(Long.class).single();
        assertThat(failures).isEqualTo(6);
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("账户已锁定"));
    }

    @Test
    void theLockEndsAfterTenMinutes() throws Exception {
        openAccount("lock_expiry", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "lock_expiry").param("password", "wrong").with(csrf()));
        }
        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = 'lock_expiry'").update();
        assertThat(login(mvc, "lock_expiry", "Start@2026")).isNotNull();
    }

    @Test
    void aSuccessfulLoginIsAudited() throws Exception {
        login(mvc, "staff");
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'staff' and action = '登录' and success")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        openAccount("first_login", true);
        var session = mvc.perform(post("/login").param("username", "first_login").param("password", "Start@2026").with(csrf()))
                .andExpect(redirectedUrl("/account/password?first"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/members").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(redirectedUrl("/account/password?first"));
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
                        .param("currentPassword", "Start@2026").param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("密码至少需要8个字符"));
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
                        .param("currentPassword", "Start@2026").param("newPassword", "Changed#2026").param("confirmPassword", "Changed#2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/members").session((org.springframework.mock.web.MockHttpSession) session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select must_change_password from user_account where username = 'first_login'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        var session = login(mvc, "admin");
        // no token: refused (sent back to the login page); a forged token: 403
        mvc.perform(post("/org/dir/sectors").session(session).param("name", "无令牌界别"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/dir/sectors").session(session).param("name", "无令牌界别").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from org_unit where name = '无令牌界别'").query(Long.class).single()).isZero();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void passwordsAreStoredAsSlowHashes() {
        String hash = jdbc.sql("select password_hash from user_account where username = 'staff'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Demo@2026");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }
}

package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** 身份鉴别: common passwords, the user name, the last five passwords, and the password's age. */
@IntegrationTest
class PasswordRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"123456", "a123456", "woaini1314", "qq123456", "Abc@123", "Abc@1234", "P@ssw0rd",
                "Admin@123", "Aa123456", "1qaz@WSX", "5201314"}) {
            assertThat(PasswordPolicy.isCommon(common)).as(common).isTrue();
        }
        assertThat(PasswordPolicy.check("Abc@1234", "someone")).contains("该密码过于常见，容易被猜中，请换一个");
        assertThat(PasswordPolicy.check("Lan#Ting8Xu", "someone")).isEmpty();
    }

    @Test
    void aPasswordMayNotContainTheUserName() {
        assertThat(PasswordPolicy.check("Zhangsan#2026", "zhangsan")).contains("密码不能包含用户名");
        assertThat(PasswordPolicy.check("ZHANGSAN#2026", "ZhangSan")).contains("密码不能包含用户名");
    }

    private MockHttpSession open(String username) throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        accounts.openWithoutCaller(committee, new NewAccount(username, "密码用户", "Start@2026", Set.of(Role.STAFF),
                null, null, null), true);
        return Logins.login(mvc, username, "Start@2026");
    }

    private String change(MockHttpSession session, String current, String next) throws Exception {
        var result = mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("confirmPassword", next)).andReturn();
        return result.getResponse().getRedirectedUrl() != null ? "ok" : result.getResponse().getContentAsString();
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeUsedAgain() throws Exception {
        MockHttpSession session = open("pw_history");
        assertThat(change(session, "Start@2026", "Lan#Ting1Xu")).isEqualTo("ok");
        assertThat(change(session, "Lan#Ting1Xu", "Lan#Ting2Xu")).isEqualTo("ok");
        assertThat(change(session, "Lan#Ting2Xu", "Lan#Ting3Xu")).isEqualTo("ok");
        assertThat(change(session, "Lan#Ting3Xu", "Lan#Ting4Xu")).isEqualTo("ok");
        // Start, 1, 2, 3, 4 are the last five
        assertThat(change(session, "Lan#Ting4Xu", "Start@2026")).contains("新密码不能与最近5次使用过的密码相同");
        assertThat(change(session, "Lan#Ting4Xu", "Lan#Ting1Xu")).contains("新密码不能与最近5次使用过的密码相同");
        assertThat(change(session, "Lan#Ting4Xu", "Lan#Ting5Xu")).isEqualTo("ok");
        // now 1 … 5: the first one is free again
        assertThat(change(session, "Lan#Ting5Xu", "Start@2026")).isEqualTo("ok");
    }

    @Test
    void aPasswordOlderThanNinetyDaysMustBeChangedAtTheNextLogin() throws Exception {
        MockHttpSession session = open("pw_expired");
        assertThat(change(session, "Start@2026", "Lan#Ting9Xu")).isEqualTo("ok");
        jdbc.sql("update user_account set password_changed_at = now() - interval '91 days' where username = 'pw_expired'").update();
        mvc.perform(post("/login").param("username", "pw_expired").param("password", "Lan#Ting9Xu").with(csrf()))
                .andExpect(redirectedUrl("/account/password?first"));
    }

    @Test
    void aPasswordCloseToItsEndIsWarnedAboutAfterLogin() throws Exception {
        MockHttpSession session = open("pw_warned");
        assertThat(change(session, "Start@2026", "Lan#Ting8Xu")).isEqualTo("ok");
        jdbc.sql("update user_account set password_changed_at = now() - interval '85 days' where username = 'pw_warned'").update();
        var login = mvc.perform(post("/login").param("username", "pw_warned").param("password", "Lan#Ting8Xu").with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        String home = mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("您的密码将在5天后过期");
    }
}

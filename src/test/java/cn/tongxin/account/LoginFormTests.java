package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The login form after a failed attempt, and the icon every page names. */
@IntegrationTest
class LoginFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aFailedLoginKeepsTheTypedUserNameOnceAndFocusesThePassword() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", "staff").param("password", "wrong").with(csrf()))
                .andExpect(status().is3xxRedirection());

        String again = mvc.perform(get("/login").param("error", "bad").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("value=\"staff\"").contains("用户名或密码错误");
        assertThat(again.substring(again.indexOf("id=\"password\""))).contains("autofocus");
        assertThat(again).contains("<main>");

        String later = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(later).doesNotContain("value=\"staff\"");
    }

    @Test
    void theIconIsServedWithoutLoginAndNamedByThePages() throws Exception {
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("rel=\"icon\"").contains("/favicon.svg");
    }

    @Test
    void apiTokensAndDocsAreInTheOfficeMenuAndOnEveryonesAccountPage() throws Exception {
        for (String user : new String[] {"member", "unit"}) {
            var session = cn.tongxin.support.Logins.login(mvc, user);
            String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
            assertThat(home).as(user).doesNotContain(">API令牌<").doesNotContain(">API文档<");
            String account = mvc.perform(get("/account/password").session(session)).andReturn().getResponse().getContentAsString();
            assertThat(account).as(user).contains(">API令牌<").contains(">API文档<");
        }
        String office = mvc.perform(get("/").session(cn.tongxin.support.Logins.login(mvc, "staff")))
                .andReturn().getResponse().getContentAsString();
        assertThat(office).contains(">API令牌<").contains(">API文档<");
    }
}

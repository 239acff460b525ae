package cn.tongxin.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tongxin.account.ApiTokens;

/** Logs in through the real login form, and issues API tokens through the real token page. */
public final class Logins {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private Logins() {
    }

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DEMO_PASSWORD);
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("/login")) {
            throw new AssertionError("登录失败: " + username + " → " + target);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token of the user, issued once per test run (the platform allows ten active tokens per user). */
    public static String apiToken(MockMvc mvc, String username) throws Exception {
        String token = TOKENS.get(username);
        if (token == null) {
            token = newApiToken(mvc, username);
            TOKENS.put(username, token);
        }
        return token;
    }

    /** A new token, for tests that revoke it. */
    public static String newApiToken(MockMvc mvc, String username) throws Exception {
        MockHttpSession session = login(mvc, username);
        MvcResult result = mvc.perform(post("/account/tokens").param("name", "测试令牌").session(session).with(csrf()))
                .andReturn();
        var issued = (ApiTokens.IssuedToken) result.getFlashMap().get("issued");
        if (issued == null) {
            throw new AssertionError("未能创建令牌: " + result.getFlashMap());
        }
        return issued.token();
    }
}

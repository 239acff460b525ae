package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** A script logs in with a password once, then creates, lists and revokes its own tokens; nobody else's. */
@IntegrationTest
class ApiTokenApiTests {

    private static final String PASSWORD = "Start@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordLoginIssuesATokenThatActsAsItsOwner() throws Exception {
        openAccount("api_login", false);
        String token = passwordLogin("api_login", PASSWORD, "同步脚本")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("同步脚本"))
                .andReturn().getResponse().getContentAsString();
        String clear = JsonPath.read(token, "$.token");
        assertThat(clear).startsWith("tx_").hasSize(43);
        call(clear, get("/api/v1/me"), null).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("api_login"));
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'api_login' and action = '登录' and success")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select token_hash from api_token where token_prefix = ?").param(clear.substring(0, 8))
                .query(String.class).single()).doesNotContain(clear);
    }

    @Test
    void failedPasswordLoginsCountTowardsTheLockout() throws Exception {
        openAccount("api_lock", false);
        for (int i = 0; i < 4; i++) {
            passwordLogin("api_lock", "wrong", "脚本").andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.title").value("未认证"))
                    .andExpect(jsonPath("$.detail").value("用户名或密码错误"));
        }
        passwordLogin("api_lock", "wrong", "脚本").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("连续登录失败次数过多，账户已锁定，请10分钟后再试或联系管理员"));
        passwordLogin("api_lock", PASSWORD, "脚本").andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'api_lock' and action = '登录失败'")
                .query(Long.class).single()).isEqualTo(6);
        assertThat(tokensOf("api_lock")).isZero();
    }

    @Test
    void unknownUsersAndDisabledAccountsGetNoToken() throws Exception {
        passwordLogin("nobody_here", PASSWORD, "脚本").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("用户名或密码错误"));
        openAccount("api_disabled", false);
        jdbc.sql("update user_account set enabled = false where username = 'api_disabled'").update();
        passwordLogin("api_disabled", PASSWORD, "脚本").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("账户已停用，请联系管理员"));
        assertThat(tokensOf("api_disabled")).isZero();
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAPasswordLoginIssuesAToken() throws Exception {
        openAccount("api_initial", true);
        passwordLogin("api_initial", PASSWORD, "脚本").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("请先登录网页修改初始密码，再创建API令牌"));
        assertThat(tokensOf("api_initial")).isZero();
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        openAccount("api_noname", false);
        passwordLogin("api_noname", PASSWORD, " ").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写令牌名称（不超过60个字符）"));
        String token = Logins.newApiToken(mvc, "xs_staff");
        call(token, post("/api/v1/me/tokens"), "{\"name\":\"\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aTokenHolderCreatesListsAndRevokesItsOwnTokens() throws Exception {
        openAccount("api_owner", false);
        String first = JsonPath.read(passwordLogin("api_owner", PASSWORD, "第一个").andReturn().getResponse().getContentAsString(),
                "$.token");
        String created = call(first, post("/api/v1/me/tokens"), "{\"name\":\"第二个\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = JsonPath.read(created, "$.token");
        int secondId = JsonPath.read(created, "$.id");
        String list = call(first, get("/api/v1/me/tokens"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("第二个"))
                .andExpect(jsonPath("$[0].prefix").value(second.substring(0, 8)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(first).doesNotContain(second);

        call(first, delete("/api/v1/me/tokens/" + secondId), null).andExpect(status().isNoContent());
        call(second, get("/api/v1/me"), null).andExpect(status().isUnauthorized());
        call(first, delete("/api/v1/me/tokens/" + secondId), null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到有效的令牌，或您无权查看"));
        call(first, get("/api/v1/me/tokens"), null).andExpect(jsonPath("$[0].revokedAt").isNotEmpty());
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        String others = Logins.newApiToken(mvc, "dc_staff");
        long othersId = jdbc.sql("select id from api_token where token_prefix = ?").param(others.substring(0, 8))
                .query(Long.class).single();
        call(Logins.apiToken(mvc, "admin"), delete("/api/v1/me/tokens/" + othersId), null).andExpect(status().isNotFound());
        call(others, get("/api/v1/me"), null).andExpect(status().isOk());
    }

    @Test
    void aUserChangesTheirPasswordThroughTheApi() throws Exception {
        openAccount("api_password", false);
        String token = JsonPath.read(passwordLogin("api_password", PASSWORD, "脚本").andReturn().getResponse().getContentAsString(),
                "$.token");
        call(token, post("/api/v1/me/password"), "{\"currentPassword\":\"wrong\",\"newPassword\":\"weak\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("当前密码不正确"))
                .andExpect(jsonPath("$.errors[1].field").value("newPassword"));
        call(token, post("/api/v1/me/password"), "{\"currentPassword\":\"Start@2026\",\"newPassword\":\"Changed@2026\"}")
                .andExpect(status().isNoContent());
        passwordLogin("api_password", "Changed@2026", "新脚本").andExpect(status().isCreated());
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsTokens() throws Exception {
        openAccount("api_reset", false);
        String clear = JsonPath.read(passwordLogin("api_reset", PASSWORD, "旧脚本").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.token");
        call(clear, get("/api/v1/me"), null).andExpect(status().isOk());
        long id = jdbc.sql("select id from user_account where username = 'api_reset'").query(Long.class).single();

        new cn.tongxin.support.Api(mvc).post("admin", "/api/v1/accounts/" + id + "/password",
                "{\"initialPassword\":\"Reset@2026x\"}").andExpect(status().is2xxSuccessful());

        call(clear, get("/api/v1/me"), null).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from api_token where user_account_id = ? and revoked_at is null").param(id)
                .query(Long.class).single()).isZero();
    }

    private void openAccount(String username, boolean mustChange) {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        accounts.openWithoutCaller(committee, new NewAccount(username, "接口用户", PASSWORD, Set.of(Role.STAFF), null, null, null),
                mustChange);
    }

    private ResultActions passwordLogin(String username, String password, String name) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}".formatted(username, password, name)));
    }

    private ResultActions call(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private long tokensOf(String username) {
        return jdbc.sql("select count(*) from api_token t join user_account a on a.id = t.user_account_id where a.username = ?")
                .param(username).query(Long.class).single();
    }
}

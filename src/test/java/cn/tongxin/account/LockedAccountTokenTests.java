package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

@IntegrationTest
class LockedAccountTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveBadLoginsByAnyoneLockThePasswordButNotTheUnitsIntegrationTokens() throws Exception {
        String token = Logins.newApiToken(mvc, "xs_unit2");
        try {
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/login").param("username", "xs_unit2").param("password", "guess" + i).with(csrf()));
            }
            mvc.perform(post("/login").param("username", "xs_unit2").param("password", Logins.DEMO_PASSWORD).with(csrf()))
                    .andExpect(redirectedUrl("/login?error=locked"));
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        } finally {
            jdbc.sql("update user_account set locked_until = null, failed_attempts = 0 where username = 'xs_unit2'").update();
        }
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        String token = Logins.newApiToken(mvc, "xs_unit2");
        try {
            jdbc.sql("update user_account set enabled = false where username = 'xs_unit2'").update();
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        } finally {
            jdbc.sql("update user_account set enabled = true where username = 'xs_unit2'").update();
        }
        assertThat(token).startsWith("tx_");
    }
}

package cn.tongxin.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;
import cn.tongxin.support.TestMessaging;

/** 忘记密码: a code by e-mail or SMS, then a new password; an unknown name gets the same answer and nothing is sent. */
@IntegrationTest
class PasswordRecoveryTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern CODE = Pattern.compile("验证码为：?(\\d{6})");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tongxin.privacy.PersonalData personal;

    @Test
    void aCodeByEmailSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        String username = "reset_" + suffix();
        String address = username + "@example.cn";
        long id = account(username, address, null);

        String answer = request(username).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains(PasswordRecovery.SENT);
        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
        var mail = TestMessaging.mailTo(address).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【同心】找回密码验证码");
        String code = code((String) mail.getContent());

        confirm(username, wrong(code), "Neues@2026x").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("验证码不正确或已失效，请重新获取"));
        confirm(username, code, "weak").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        confirm(username, code, "Neues@2026x").andExpect(status().isNoContent());

        Logins.login(mvc, username, "Neues@2026x");
        assertThat(mvc.perform(post("/login").param("username", username).param("password", "Init@2026x").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).contains("/login?error");
        confirm(username, code, "Anders@2026y").andExpect(status().isUnprocessableContent()); // used once
        assertThat(jdbc.sql("select count(*) from message_delivery where user_account_id = ? and kind = 'RECOVERY' and body is null and status = 'SENT'")
                .param(id).query(Long.class).single()).as("logged without the code").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = '找回密码' and target_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMobileGetsTheCodeBySmsThroughTheGateway() throws Exception {
        String username = "reset_" + suffix();
        String mobile = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        account(username, null, mobile);

        request(mobile).andExpect(status().isAccepted());
        await().atMost(WAIT).until(() -> TestMessaging.sms().to(mobile).size() == 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JsonMapper.shared().readValue(TestMessaging.sms().to(mobile).getFirst().body(), Map.class);
        assertThat(body).containsEntry("templateCode", "SMS_CODE");
        @SuppressWarnings("unchecked")
        Map<String, String> params = JsonMapper.shared().readValue((String) body.get("templateParam"), Map.class);
        confirm(mobile, params.get("code"), "Handy@2026z").andExpect(status().isNoContent());
        Logins.login(mvc, username, "Handy@2026z");
    }

    @Test
    void anAddressInAnotherCaseFindsTheSealedAccountThroughItsBlindIndex() throws Exception {
        String username = "reset_" + suffix();
        String address = username + "@example.cn";
        account(username, address, null);
        assertThat(jdbc.sql("select count(*) from user_account where username = ? and email_sealed like ?")
                .params(username, "%" + username + "%").query(Long.class).single()).as("sealed, not plain").isZero();

        request(address.toUpperCase()).andExpect(status().isAccepted());
        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
        String code = code((String) TestMessaging.mailTo(address).getFirst().getContent());
        confirm(address, code, "Grosse@2026x").andExpect(status().isNoContent());
        Logins.login(mvc, username, "Grosse@2026x");
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAndNothingIsSent() throws Exception {
        String known = "reset_" + suffix();
        account(known, known + "@example.cn", null);
        long ticketsBefore = count("select count(*) from password_recovery");

        String forKnown = request(known).andReturn().getResponse().getContentAsString();
        String forUnknown = request("nobody_" + suffix()).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String forUnknownMail = request("nobody@example.cn").andReturn().getResponse().getContentAsString();
        String none = "reset_" + suffix();
        account(none, null, null);
        String withoutAddress = request(none).andReturn().getResponse().getContentAsString();

        assertThat(forUnknown).isEqualTo(forKnown).isEqualTo(forUnknownMail).isEqualTo(withoutAddress);
        assertThat(count("select count(*) from password_recovery")).isEqualTo(ticketsBefore + 1);
        assertThat(TestMessaging.mailTo("nobody@example.cn")).isEmpty();
        confirm("nobody_" + suffix(), "123456", "Neues@2026x").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("验证码不正确或已失效，请重新获取"));
    }

    @Test
    void fiveWrongCodesBurnTheCodeAndAnExpiredCodeIsRefused() throws Exception {
        String username = "reset_" + suffix();
        String address = username + "@example.cn";
        long id = account(username, address, null);
        request(username);
        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
        String code = code((String) TestMessaging.mailTo(address).getFirst().getContent());
        for (int i = 0; i < PasswordRecovery.MAX_WRONG_CODES; i++) {
            confirm(username, wrong(code), "Neues@2026x").andExpect(status().isUnprocessableContent());
        }
        confirm(username, code, "Neues@2026x").andExpect(status().isUnprocessableContent());

        // a new code after the resend pause; then it expires
        jdbc.sql("update password_recovery set created_at = created_at - interval '2 minutes' where user_account_id = ?").param(id).update();
        request(username);
        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 2);
        String second = code((String) TestMessaging.mailTo(address).get(1).getContent());
        jdbc.sql("update password_recovery set expires_at = now() - interval '1 second' where user_account_id = ?").param(id).update();
        confirm(username, second, "Neues@2026x").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aCodeAskedForTwiceInAMinuteIsSentOnce() throws Exception {
        String username = "reset_" + suffix();
        String address = username + "@example.cn";
        long id = account(username, address, null);
        request(username);
        request(username);
        assertThat(count("select count(*) from password_recovery where user_account_id = " + id)).isEqualTo(1);
    }

    @Test
    void theLoginPageLeadsToThePagesOfTheReset() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("忘记密码")));
        mvc.perform(get("/password-reset")).andExpect(status().isOk());
        String username = "reset_" + suffix();
        String address = username + "@example.cn";
        account(username, address, null);
        mvc.perform(post("/password-reset").param("login", username).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(PasswordRecovery.SENT)));
        await().atMost(WAIT).until(() -> TestMessaging.mailTo(address).size() == 1);
        String code = code((String) TestMessaging.mailTo(address).getFirst().getContent());
        mvc.perform(post("/password-reset/confirm").param("login", username).param("code", code)
                        .param("newPassword", "Seite@2026x").param("confirmPassword", "Seite@2026x").with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));
        Logins.login(mvc, username, "Seite@2026x");
    }

    // --- helpers

    private long account(String username, String email, String mobile) {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long id = accounts.openWithoutCaller(committee,
                new NewAccount(username, "找回测试", "Init@2026x", Set.of(Role.STAFF), "办公室", null, null), false);
        var sealedEmail = email == null ? null : personal.sealEmail(email);
        var sealedMobile = mobile == null ? null : personal.seal(mobile);
        jdbc.sql("update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ? where id = ?")
                .params(sealedEmail == null ? null : sealedEmail.value(), sealedEmail == null ? null : sealedEmail.index(),
                        sealedMobile == null ? null : sealedMobile.value(), sealedMobile == null ? null : sealedMobile.index(), id)
                .update();
        return id;
    }

    private ResultActions request(String login) throws Exception {
        return mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.shared().writeValueAsString(Map.of("login", login))));
    }

    private ResultActions confirm(String login, String code, String newPassword) throws Exception {
        return mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.shared().writeValueAsString(Map.of("login", login, "code", code, "newPassword", newPassword))));
    }

    private static String code(String text) {
        var m = CODE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.tongxin.activity.internal.CheckInCodes;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** The check-in page says 签到成功 once and puts the code box away; the invitation says when the activity starts. */
@IntegrationTest
class CheckInPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long activity(String title, LocalDateTime start) throws Exception {
        Api api = new Api(mvc);
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"%s","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(title, start, start.plusHours(2), member))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.id")).longValue();
    }

    @Test
    void afterCheckingInTheSuccessIsSaidOnceAndTheCodeBoxIsGone() throws Exception {
        long id = activity("签到页面测试", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(10));
        String secret = jdbc.sql("select checkin_secret from activity where id = ?").param(id).query(String.class).single();
        MockHttpSession member = Logins.login(mvc, "member");
        MvcResult done = mvc.perform(post("/activities/" + id + "/check-in").session(member).with(csrf())
                        .param("code", CheckInCodes.at(secret, id, Instant.now())))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get(done.getResponse().getRedirectedUrl()).session(member).flashAttrs(done.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("签到成功", -1)).as("签到成功 once").hasSize(2);
        assertThat(page).contains("id=\"checkin-result\"").doesNotContain("id=\"code\"");
    }

    @Test
    void theActivityNoticeSaysWhenItStarts() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
        long id = activity("通知含开始时间的活动", start);
        String body = jdbc.sql("select body from notification where title = ? and link = ? order by id desc limit 1")
                .params("活动通知：通知含开始时间的活动", "/activities/" + id).query(String.class).single();
        assertThat(body).contains(start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).contains("会议室");
    }
}

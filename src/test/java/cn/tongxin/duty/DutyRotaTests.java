package cn.tongxin.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 委员值班 in 西山县 (no other test uses its rota): the rota, citizens' questions on the portal, answers by the member on duty. */
@IntegrationTest
class DutyRotaTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    @Autowired
    java.time.Clock clock;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long memberOf(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    private ResultActions ask(String text, String answer) throws Exception {
        var challenge = captchas.issue();
        return mvc.perform(post("/public/xishan/duty").param("nickname", "县城居民").param("text", text)
                .param("captchaId", challenge.id()).param("captcha", answer == null ? challenge.answer() : answer).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("198.51.100." + UUID.randomUUID().toString().substring(0, 6));
                    return r;
                }));
    }

    private long questions() {
        return jdbc.sql("select count(*) from duty_question").query(Long.class).single();
    }

    @Test
    void aCitizensQuestionReachesTheMemberOnDutyAfterModerationAndTheAnswerIsPublished() throws Exception {
        long before = questions();
        ask("县医院挂号难怎么办？", null).andExpect(status().isConflict()).andExpect(content().string(containsString("现在没有委员值班")));
        assertThat(questions()).isEqualTo(before);

        var now = LocalDateTime.now(clock).withNano(0);
        api.post("xs_staff", "/api/v1/duty/shifts", """
                {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"医疗服务咨询"}""".formatted(memberOf("xs_member"), now.minusHours(1),
                now.plusHours(2))).andExpect(status().isCreated());
        api.post("xs_staff", "/api/v1/duty/shifts", """
                {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"重叠"}""".formatted(memberOf("xs_member"), now, now.plusHours(1)))
                .andExpect(status().isConflict());

        ask("县医院挂号难怎么办？", "WRONG").andExpect(status().isUnprocessableContent());
        ask("<script>alert(1)</script>", null).andExpect(status().isUnprocessableContent());
        assertThat(questions()).isEqualTo(before);

        ask("县医院挂号难怎么办？", null).andExpect(status().isOk()).andExpect(content().string(containsString("审核通过后转给值班委员")));
        long id = jdbc.sql("select id from duty_question order by id desc limit 1").query(Long.class).single();
        api.get("xs_member", "/api/v1/duty/questions?status=OPEN").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        api.post("xs_member", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"先答\"}").andExpect(status().isConflict());
        long item = jdbc.sql("select id from moderation_item where subject_type = 'DUTY_QUESTION' and subject_id = ?").param(id)
                .query(Long.class).single();
        api.post("xs_staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
        api.get("xs_member", "/api/v1/duty/questions?status=OPEN").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));

        api.post("xs_member2", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"不是我值班\"}").andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"外会\"}").andExpect(status().isNotFound());
        api.post("xs_member", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"\"}").andExpect(status().isUnprocessableContent());
        api.post("xs_member", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"可通过县医院公众号预约挂号，老年人可走绿色通道。\"}")
                .andExpect(status().isOk());
        api.post("xs_member", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"再答\"}").andExpect(status().isConflict());
        mvc.perform(get("/public/xishan/duty")).andExpect(status().isOk())
                .andExpect(content().string(containsString("老年人可走绿色通道")))
                .andExpect(content().string(containsString("医疗服务咨询")));
        mvc.perform(get("/public/dongcheng/duty")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("老年人可走绿色通道"))));
        api.get("xs_leader", "/api/v1/duty/counts").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.memberId == %d)].answered".formatted(memberOf("xs_member"))).value(org.hamcrest.Matchers.hasItem(1)));
        api.get("xs_unit", "/api/v1/duty/questions").andExpect(status().isForbidden());
    }

    @Test
    void onlyTheOfficeKeepsTheRotaAndBadInputIsNamed() throws Exception {
        var now = LocalDateTime.now(clock).withNano(0);
        api.post("xs_member", "/api/v1/duty/shifts", """
                {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"自排"}""".formatted(memberOf("xs_member"), now.plusDays(3),
                now.plusDays(3).plusHours(2))).andExpect(status().isForbidden());
        api.post("xs_staff", "/api/v1/duty/shifts", """
                {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":""}""".formatted(memberOf("dc_member"), now.plusDays(3),
                now.plusDays(2))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("所选委员不存在或不属于本会")))
                .andExpect(content().string(containsString("结束时间须晚于开始时间")))
                .andExpect(content().string(containsString("请填写值班主题")));
        long shift = ((Number) api.read(api.post("xs_staff", "/api/v1/duty/shifts", """
                {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"教育咨询"}""".formatted(memberOf("xs_member2"), now.plusDays(5),
                now.plusDays(5).plusHours(2))).andExpect(status().isCreated()), "$.id")).longValue();
        api.post("dc_staff", "/api/v1/duty/shifts/" + shift + "/cancel", null).andExpect(status().isNotFound());
        api.post("xs_staff", "/api/v1/duty/shifts/" + shift + "/cancel", null).andExpect(status().isOk());
        api.post("xs_staff", "/api/v1/duty/shifts/" + shift + "/cancel", null).andExpect(status().isConflict());
        api.get("xs_staff", "/api/v1/duty/counts?year=abc").andExpect(status().isBadRequest());
        api.get("xs_staff", "/api/v1/duty/questions?status=NONSENSE").andExpect(status().isBadRequest());
    }
}

package cn.tongxin.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.TrackingCodes;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * 委员值班 in 东城区 (no other test uses its rota): the member on duty converts a citizen's question like a studio's
 * opinion, linked both ways; the citizen follows it by tracking code; the record and the annual account count it.
 */
@IntegrationTest
class DutyConversionTests {

    private static final Pattern CODE = Pattern.compile("tracking-code\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<");

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
    void api() throws Exception {
        api = new Api(mvc);
        onDuty();
    }

    private long memberOf(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    /** dc_member on duty now (one shift for the whole class). */
    private void onDuty() throws Exception {
        var now = LocalDateTime.now(clock).withNano(0);
        long current = jdbc.sql("""
                select count(*) from duty_shift where member_id = ? and not cancelled and starts_at <= now() and ends_at > now() + interval '1 hour'""")
                .param(memberOf("dc_member")).query(Long.class).single();
        if (current == 0) {
            api.post("dc_staff", "/api/v1/duty/shifts", """
                    {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"城市管理咨询"}""".formatted(memberOf("dc_member"), now.minusHours(1),
                    now.plusHours(10))).andExpect(status().isCreated());
        }
    }

    /** A citizen asks on the portal, a moderator approves: the question is open, and its tracking code is returned. */
    private String asked(String text) throws Exception {
        var challenge = captchas.issue();
        String page = mvc.perform(post("/public/dongcheng/duty").param("text", text).param("captchaId", challenge.id())
                        .param("captcha", challenge.answer()).with(csrf()).with(r -> {
                            r.setRemoteAddr("203.0.113." + UUID.randomUUID().toString().substring(0, 6));
                            return r;
                        }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var m = CODE.matcher(page);
        assertThat(m.find()).as("the tracking code is shown").isTrue();
        String code = m.group(1);
        long id = question(code);
        jdbc.sql("select id from moderation_item where subject_type = ? and subject_id = ?").params(SubjectType.DUTY_QUESTION.name(), id)
                .query(Long.class).optional().ifPresent(item -> {
                    try {
                        api.post("dc_staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        return code;
    }

    private long question(String code) {
        return jdbc.sql("select id from duty_question where tracking_hash = ?").param(TrackingCodes.hash(code)).query(Long.class).single();
    }

    private long entries(String user, String kind, long question) {
        return jdbc.sql("select count(*) from performance_entry where member_id = ? and kind = ? and source_type = ? and source_id = ?")
                .params(memberOf(user), kind, SubjectType.DUTY_QUESTION.name(), question).query(Long.class).single();
    }

    @Test
    void theMemberOnDutyConvertsAQuestionIntoTheirMicroSuggestionLinkedBothWays() throws Exception {
        String code = asked("小区门口占道经营严重，早晚高峰通行困难");
        long id = question(code);
        String body = "{\"title\":\"规范小区门口占道经营\",\"reply\":\"您的留言已转为委员微建议，交城管部门办理。\"}";

        // who may: the member on duty of that shift, or the office; others see nothing
        api.post("dc_member2", "/api/v1/duty/questions/" + id + "/suggestion", body).andExpect(status().isNotFound());
        api.post("xs_staff", "/api/v1/duty/questions/" + id + "/suggestion", body).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/duty/questions/" + id + "/suggestion", body).andExpect(status().isNotFound());
        api.post("dc_unit", "/api/v1/duty/questions/" + id + "/suggestion", body).andExpect(status().isForbidden());
        api.post("dc_leader", "/api/v1/duty/questions/" + id + "/suggestion", body).andExpect(status().isForbidden());
        api.post("dc_member", "/api/v1/duty/questions/" + id + "/suggestion", "{\"reply\":\"\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请填写给群众的答复"));

        long suggestion = ((Number) api.read(api.post("dc_member", "/api/v1/duty/questions/" + id + "/suggestion", body)
                .andExpect(status().isOk()), "$.id")).longValue();
        assertThat(jdbc.sql("select member_id from micro_suggestion where id = ?").param(suggestion).query(Long.class).single())
                .isEqualTo(memberOf("dc_member"));
        assertThat(jdbc.sql("select status || ':' || converted_type || ':' || converted_id from duty_question where id = ?").param(id)
                .query(String.class).single()).isEqualTo("CONVERTED:" + SubjectType.MICRO_SUGGESTION.name() + ":" + suggestion);
        assertThat(jdbc.sql("select comment from timeline_entry where subject_type = ? and subject_id = ? and action = '由委员值班群众留言转来'")
                .params(SubjectType.MICRO_SUGGESTION.name(), suggestion).query(String.class).single()).isEqualTo("委员值班群众留言第" + id + "号");

        // converting twice: 409 in Chinese, nothing more created
        api.post("dc_staff", "/api/v1/duty/questions/" + id + "/report", "{\"category\":\"SOCIETY\",\"reply\":\"再转\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该留言已转为微建议，不能再转为社情民意信息"));

        // the citizen reads it by tracking code; the portal shows it among the answered
        mvc.perform(get("/public/dongcheng/duty/track/" + code.toLowerCase())).andExpect(status().isOk())
                .andExpect(content().string(containsString("已转为微建议")))
                .andExpect(content().string(containsString("交城管部门办理")));
        mvc.perform(get("/public/dongcheng/duty/track/" + TrackingCodes.next())).andExpect(status().isNotFound());
        mvc.perform(get("/public/xishan/duty/track/" + code)).andExpect(status().isNotFound());
        mvc.perform(get("/public/dongcheng/duty")).andExpect(content().string(containsString("交城管部门办理")));

        // the member on duty's record: one fact, on the day converted
        Listeners.settled(jdbc, "performance");
        assertThat(entries("dc_member", "DUTY_CONVERTED", id)).isEqualTo(1);
        assertThat(jdbc.sql("select happened_on from performance_entry where kind = 'DUTY_CONVERTED' and source_id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void staffConvertOnTheMembersBehalfAndADoubleSubmitCreatesOneRecord() throws Exception {
        long id = question(asked("老旧小区雨污分流改造进度如何？"));
        String body = "{\"title\":\"加快老旧小区雨污分流改造\",\"category\":\"%s\",\"reply\":\"已作为提案线索交值班委员研究。\"}";
        String category = "SOCIETY";
        List<Callable<Integer>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(() -> api.post("dc_staff", "/api/v1/duty/questions/" + id + "/clue", body.formatted(category))
                    .andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        long proposal = jdbc.sql("select converted_id from duty_question where id = ?").param(id).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from timeline_entry where subject_type = ? and comment = ?")
                .params(SubjectType.PROPOSAL.name(), "委员值班群众留言第" + id + "号").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status || ':' || lead_member_id from proposal where id = ?").param(proposal).query(String.class).single())
                .isEqualTo("DRAFT:" + memberOf("dc_member"));
        Listeners.settled(jdbc, "performance");
        assertThat(entries("dc_member", "DUTY_CONVERTED", id)).as("credited to the member on duty").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from performance_entry where source_type = ? and source_id = ? and member_id <> ?")
                .params(SubjectType.DUTY_QUESTION.name(), id, memberOf("dc_member")).query(Long.class).single()).isZero();
    }

    @Test
    void anAnswerFeedsTheRecordTheCountsAndTheAnnualAccountByTheDayAnswered() throws Exception {
        int year = LocalDate.now(clock).getYear();
        long before = annual("dc_staff", "DUTY:QUESTIONS_ANSWERED");
        long cityBefore = annual("staff", "DUTY:QUESTIONS_ANSWERED");
        long id = question(asked("公交站台能否加装遮阳棚？"));
        api.post("dc_member", "/api/v1/duty/questions/" + id + "/answer", "{\"text\":\"已向交通部门反映，计划年内加装。\"}")
                .andExpect(status().isOk());
        Listeners.settled(jdbc, "performance");
        assertThat(entries("dc_member", "DUTY_ANSWERED", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from performance_entry where kind = 'DUTY_ANSWERED' and source_id = ? and committee_id <> ?")
                .params(id, cn.tongxin.support.DemoCommittees.ofUser(jdbc, "dc_member")).query(Long.class).single()).isZero();

        // an answered question may still be converted; the conversion takes the answer's place in the record
        api.post("dc_member", "/api/v1/duty/questions/" + id + "/suggestion", "{\"reply\":\"进一步转为微建议。\"}").andExpect(status().isOk());
        Listeners.settled(jdbc, "performance");
        assertThat(entries("dc_member", "DUTY_ANSWERED", id)).isZero();
        assertThat(entries("dc_member", "DUTY_CONVERTED", id)).isEqualTo(1);

        var counts = api.get("dc_staff", "/api/v1/duty/counts?year=" + year).andExpect(status().isOk());
        List<Number> converted = api.read(counts, "$[?(@.memberId == %d)].converted".formatted(memberOf("dc_member")));
        assertThat(converted.getFirst().longValue()).isPositive();
        assertThat(annual("dc_staff", "DUTY:QUESTIONS_ANSWERED")).isEqualTo(before);
        assertThat(annual("staff", "DUTY:QUESTIONS_ANSWERED")).as("the city (another committee) does not count the county's questions").isEqualTo(cityBefore);
        for (String key : List.of("DUTY:SHIFTS", "DUTY:QUESTIONS_RECEIVED", "DUTY:QUESTIONS_ANSWERED", "DUTY:QUESTIONS_CONVERTED")) {
            long value = annual("dc_staff", key);
            var records = api.get("dc_staff", "/api/v1/reports/annual/records?year=" + year + "&size=200&figure=" + key).andExpect(status().isOk());
            assertThat(((Number) api.read(records, "$.total")).longValue()).as(key).isEqualTo(value);
            assertThat((List<?>) api.read(records, "$.items")).as(key).hasSize((int) Math.min(value, 200));
        }
        assertThat(annual("dc_staff", "DUTY:QUESTIONS_CONVERTED")).isPositive();
        // the page shows the counts with conversions
        String page = mvc.perform(get("/duty").session(cn.tongxin.support.Logins.login(mvc, "dc_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"col\">转办</th>").contains("已转为微建议");
    }

    private long annual(String user, String key) throws Exception {
        List<Number> v = api.read(api.get(user, "/api/v1/reports/annual?year=" + LocalDate.now(clock).getYear()).andExpect(status().isOk()),
                "$.people[?(@.code == '" + key + "')].value");
        assertThat(v).as(key).hasSize(1);
        return v.getFirst().longValue();
    }
}

package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** Staff enter a micro-suggestion received by phone or on paper for a member, with the day it was received. */
@IntegrationTest
class SuggestionDateReceivedTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SuggestionHeadlines headlines;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    ResultActions suggestion(String user, String title, Long memberId, LocalDate receivedOn) throws Exception {
        return api.post(user, "/api/v1/suggestions", """
                {"requestKey":"%s","title":"%s","body":"路口缺少信号灯","place":"幸福路"%s%s}""".formatted(UUID.randomUUID(), title,
                memberId == null ? "" : ",\"memberId\":" + memberId, receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\""));
    }

    long received(int year) {
        long c = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
        return headlines.of(List.of(c), new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).get(c).received();
    }

    @Test
    void staffEnterASuggestionForAMemberWithTheDayItWasReceived() throws Exception {
        LocalDate lastYear = LocalDate.now(ZONE).minusYears(1).withMonth(12).withDayOfMonth(20);
        long before = received(lastYear.getYear());
        var created = suggestion("staff", "电话反映的微建议", memberId("member"), lastYear).andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.suggestion.id")).longValue();

        var row = jdbc.sql("""
                select member_id, received_on, (submitted_at at time zone 'Asia/Shanghai')::date as counted_on,
                       (entered_at at time zone 'Asia/Shanghai')::date as entered_on, entered_by from micro_suggestion where id = ?""")
                .param(id).query().singleRow();
        assertThat(((Number) row.get("member_id")).longValue()).isEqualTo(memberId("member"));
        assertThat(row.get("received_on")).hasToString(lastYear.toString());
        assertThat(row.get("counted_on")).hasToString(lastYear.toString());
        assertThat(row.get("entered_on")).hasToString(LocalDate.now(ZONE).toString());
        assertThat(row.get("entered_by")).isEqualTo("staff");
        assertThat(received(lastYear.getYear())).isEqualTo(before + 1);
        assertThat(jdbc.sql("select detail from audit_log where action = '代为录入微建议' and target_type = ? and target_id = ?")
                .params(SubjectType.MICRO_SUGGESTION.name(), String.valueOf(id)).query(String.class).single())
                .isEqualTo("收到日期 " + lastYear + "，录入于 " + LocalDate.now(ZONE));
        String html = mvc.perform(get("/suggestions/" + id).session(Logins.login(mvc, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("收到日期 " + lastYear).contains("staff 代为录入于");
    }

    @Test
    void aFutureDateIsRefusedAndNothingIsSaved() throws Exception {
        long count = jdbc.sql("select count(*) from micro_suggestion").query(Long.class).single();
        var refused = suggestion("staff", "未来的微建议", memberId("member"), LocalDate.now(ZONE).plusDays(2))
                .andExpect(status().isUnprocessableContent());
        assertThat(refused.andReturn().getResponse().getContentAsString()).contains("收到日期不能晚于今天");
        suggestion("staff", "上届的微建议", memberId("member"), LocalDate.of(2022, 6, 1)).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from micro_suggestion").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aMemberSubmitsTodayAndOnlyStaffEnterForOthers() throws Exception {
        suggestion("member", "委员补填日期", null, LocalDate.now(ZONE).minusDays(1)).andExpect(status().isUnprocessableContent());
        suggestion("member", "委员代别人提", memberId("member2"), null).andExpect(status().isForbidden());
        long id = ((Number) api.read(suggestion("member", "委员当天提", null, null).andExpect(status().isCreated()), "$.suggestion.id"))
                .longValue();
        assertThat(jdbc.sql("select received_on from micro_suggestion where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now(ZONE));
    }
}

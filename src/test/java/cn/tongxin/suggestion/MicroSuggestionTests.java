package cn.tongxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.calendar.WorkingDays;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class MicroSuggestionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long submit(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"%s\",\"body\":\"建议内容\",\"place\":\"某路口\"}"
                .formatted(UUID.randomUUID(), title)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    long unit(String user) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long cityCommittee() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    @Test
    void theReplyDeadlineIsFifteenWorkingDaysAcrossAHoliday() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // a three-day holiday starting tomorrow
        for (int d = 1; d <= 3; d++) {
            jdbc.sql("insert into calendar_day (committee_id, day, working, note) values (?, ?, false, '测试假日') on conflict do nothing")
                    .params(cityCommittee(), today.plusDays(d)).update();
        }
        long id = submit("member", "假期后的期限");
        var a = api.post("staff", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unit("unit") + "}").andExpect(status().isOk());
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        LocalDate due = jdbc.sql("select due_date from handling_case where id = ?").param(caseId).query(LocalDate.class).single();
        assertThat(due).isEqualTo(workingDays.add(cityCommittee(), today, 15));
        LocalDate naive = today;
        int counted = 0;
        while (counted < 15) {
            naive = naive.plusDays(1);
            if (naive.getDayOfWeek().getValue() < 6) {
                counted++;
            }
        }
        assertThat(due).isAfter(naive);
        jdbc.sql("delete from calendar_day where note = '测试假日'").update();
    }

    @Test
    void refusedStepsAndBoundaries() throws Exception {
        long id = submit("member", "边界测试");
        api.post("member", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unit("unit") + "}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/suggestions/" + id + "/reject", "{\"reason\":\"\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请填写不予受理的理由"));
        api.post("staff", "/api/v1/suggestions/" + id + "/accept", "{}").andExpect(status().isUnprocessableContent());
        api.get("member2", "/api/v1/suggestions/" + id).andExpect(status().isNotFound());
        api.get("unit", "/api/v1/suggestions/" + id).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/suggestions/" + id).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unit("unit") + "}").andExpect(status().isOk());
        api.get("unit", "/api/v1/suggestions/" + id).andExpect(status().isOk());
        api.get("unit2", "/api/v1/suggestions/" + id).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/suggestions/" + id + "/reject", "{\"reason\":\"太晚\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该微建议当前状态为“办理中”，不能不予受理"));
        api.post("staff", "/api/v1/suggestions/" + id + "/close", null).andExpect(status().isConflict());
        // too long
        api.post("member", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"超长\",\"body\":\"%s\"}"
                        .formatted(UUID.randomUUID(), "字".repeat(801)))
                .andExpect(status().isUnprocessableContent());
        api.post("correspondent", "/api/v1/suggestions", "{\"requestKey\":\"%s\",\"title\":\"非委员\",\"body\":\"内容\"}"
                .formatted(UUID.randomUUID())).andExpect(status().isForbidden());
    }

    @Test
    void aSuggestionConvertedIntoAProposalDraftIsLinked() throws Exception {
        long id = submit("member", "宜作提案的微建议");
        var r = api.post("staff", "/api/v1/suggestions/" + id + "/convert", "{\"to\":\"PROPOSAL\"}").andExpect(status().isOk());
        long proposal = ((Number) api.read(r, "$.id")).longValue();
        var p = api.get("member", "/api/v1/proposals/" + proposal).andExpect(status().isOk());
        assertThat((String) api.read(p, "$.proposal.status")).isEqualTo("DRAFT");
        assertThat((String) api.read(p, "$.proposal.title")).isEqualTo("宜作提案的微建议");
        // the member completes and submits the draft as the lead proposer
        api.post("member", "/api/v1/proposals/" + proposal + "/submit", null).andExpect(status().isOk());
        long opinionSource = submit("member", "宜作信息的微建议");
        var o = api.post("staff", "/api/v1/suggestions/" + opinionSource + "/convert", "{\"to\":\"OPINION\"}").andExpect(status().isOk());
        api.get("member", "/api/v1/opinions/" + ((Number) api.read(o, "$.id")).longValue()).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.source").value("MEMBER"));
    }

    @Test
    void theReplyRateIsRepliedOverAccepted() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        var before = api.get("staff", "/api/v1/suggestions/statistics?year=" + year);
        long accepted0 = ((Number) api.read(before, "$.accepted")).longValue();
        long replied0 = ((Number) api.read(before, "$.replied")).longValue();
        for (int i = 0; i < 3; i++) {
            long id = submit("member", "办复率测试" + i);
            var a = api.post("staff", "/api/v1/suggestions/" + id + "/accept", "{\"unitId\":" + unit("unit") + "}");
            long caseId = ((Number) api.read(a, "$.caseId")).longValue();
            if (i < 2) {
                long assignment = jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
                api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
                api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply",
                        "{\"text\":\"已办理\",\"category\":\"A\",\"signer\":\"签发人\",\"contactPerson\":\"联系人\",\"contactPhone\":\"0551-1234567\"}")
                        .andExpect(status().isOk());
            }
        }
        var after = api.get("staff", "/api/v1/suggestions/statistics?year=" + year);
        long accepted = ((Number) api.read(after, "$.accepted")).longValue();
        long replied = ((Number) api.read(after, "$.replied")).longValue();
        assertThat(accepted - accepted0).isEqualTo(3);
        assertThat(replied - replied0).isEqualTo(2);
        api.get("member", "/api/v1/suggestions/statistics?year=" + year).andExpect(status().isForbidden());
    }
}

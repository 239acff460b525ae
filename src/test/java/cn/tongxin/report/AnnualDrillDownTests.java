package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.settled;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Each figure opens exactly the records it counts: the drill-down's row count equals the figure, for every figure. */
@IntegrationTest
class AnnualDrillDownTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void everyFiguresDrillDownListsAsManyRecordsAsTheFigureSays() throws Exception {
        var steps = new SystemSteps(api, jdbc, "");
        steps.proposal(true);
        steps.proposal(false);
        steps.pendingProposal();
        steps.suggestion(true);
        steps.suggestion(false);
        steps.adoptedReport();
        steps.heldActivity();
        long activity = jdbc.sql("select max(id) from activity where committee_id = ?").param(steps.committee()).query(Long.class).single();
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        long member2 = jdbc.sql("select member_id from user_account where username = 'member2'").query(Long.class).single();
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/activities/" + activity + "/outputs",
                "{\"kind\":\"RESEARCH_REPORT\",\"title\":\"年度数字调研报告\",\"text\":\"正文\",\"authorIds\":[" + member + "]}")
                .andExpect(status().isCreated());
        LocalDate today = LocalDate.now(SystemSteps.ZONE);
        api.post("staff", "/api/v1/supervision/groups", "{\"name\":\"年度数字监督小组\",\"unitId\":%d,\"leaderId\":%d,\"memberIds\":[%d],\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                .formatted(unit, member, member2, today, today.plusMonths(2))).andExpect(status().isCreated());
        settled(jdbc);
        for (String query : List.of("year=" + year, "from=" + year + "-01-01&to=" + LocalDate.now(SystemSteps.ZONE))) {
            var r = api.get("staff", "/api/v1/reports/annual?" + query).andExpect(status().isOk());
            assertThat((Boolean) api.read(r, "$.drillDown")).isTrue();
            List<Map<String, Object>> lines = new ArrayList<>();
            lines.addAll(api.read(r, "$.figures"));
            lines.addAll(api.read(r, "$.categories"));
            lines.addAll(api.read(r, "$.activityTypes"));
            lines.addAll(api.read(r, "$.outputs"));
            lines.addAll(api.read(r, "$.people"));
            int nonZero = 0;
            for (Map<String, Object> line : lines) {
                String code = (String) line.get("code");
                int value = ((Number) line.get("value")).intValue();
                var records = api.get("staff", "/api/v1/reports/annual/records?" + query + "&size=200&figure="
                        + code).andExpect(status().isOk());
                assertThat(((Number) api.read(records, "$.total")).intValue()).as(code).isEqualTo(value);
                List<?> items = api.read(records, "$.items");
                assertThat(items).as(code).hasSize(Math.min(value, 200));
                nonZero += value > 0 ? 1 : 0;
            }
            assertThat(nonZero).as("figures with something counted").isGreaterThan(17);
            assertThat(values(lines, "OUTPUT_KIND:RESEARCH_REPORT")).isPositive();
            assertThat(values(lines, "SUPERVISION_GROUPS")).isPositive();
        }
    }

    private static int values(List<Map<String, Object>> lines, String code) {
        return lines.stream().filter(l -> l.get("code").equals(code)).mapToInt(l -> ((Number) l.get("value")).intValue()).sum();
    }

    @Test
    void theRecordsAreTheOnesCountedWithNumberTitleDateStatusAndLink() throws Exception {
        new SystemSteps(api, jdbc, "").proposal(true);
        settled(jdbc);
        var r = api.get("staff", "/api/v1/reports/annual/records?year=" + year + "&figure=" + Figure.PROPOSALS_REPLIED.name())
                .andExpect(status().isOk());
        List<Map<String, Object>> items = api.read(r, "$.items");
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat((String) i.get("link")).startsWith("/proposals/");
            assertThat(i.get("date")).isNotNull();
            assertThat(i.get("status")).isNotNull();
        });
        assertThat(items).extracting(i -> i.get("title")).contains("系统统计测试提案");
        String page = mvc.perform(get("/reports/annual/records").param("year", Integer.toString(year))
                        .param("figure", Figure.PROPOSALS_REPLIED.name()).session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("系统统计测试提案", Figure.PROPOSALS_REPLIED.definition());
        var second = api.get("staff", "/api/v1/reports/annual/records?year=" + year + "&figure=PROPOSALS_RECEIVED&size=1&page=2")
                .andExpect(status().isOk());
        assertThat((List<?>) api.read(second, "$.items")).hasSize(1);
    }
}

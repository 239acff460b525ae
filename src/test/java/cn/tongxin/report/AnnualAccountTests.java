package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.committee;
import static cn.tongxin.report.AnnualFixture.settled;
import static cn.tongxin.report.AnnualFixture.values;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/** The annual account over the demo city and its two counties, records made through the API as each committee's users. */
@IntegrationTest
class AnnualAccountTests {

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
    void theCitysSystemTotalIsTheSumOfItsRowsAndEachCountysRowIsThatCountysOwnAccount() throws Exception {
        for (String prefix : List.of("", "dc_", "xs_")) {
            var steps = new SystemSteps(api, jdbc, prefix);
            steps.proposal(true);
            steps.suggestion(true);
            steps.adoptedReport();
            steps.heldActivity();
        }
        new SystemSteps(api, jdbc, "dc_").proposal(false);
        settled(jdbc);

        var city = api.get("staff", "/api/v1/reports/annual?year=" + year + "&scope=system").andExpect(status().isOk());
        List<Map<String, Object>> rows = api.read(city, "$.committees");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("示例市政协", "示例市东城区政协", "示例市西山县政协");
        Map<String, Integer> system = values(api, city, "$.figures");
        for (Figure f : Figure.values()) {
            int sum = rows.stream().mapToInt(r -> row(r).get(f.name())).sum();
            assertThat(system.get(f.name())).as(f.label()).isEqualTo(sum);
        }
        assertThat(system.get(Figure.PROPOSALS_RECEIVED.name())).isGreaterThanOrEqualTo(4);
        for (int i = 1; i < 3; i++) {
            String user = i == 1 ? "dc_staff" : "xs_staff";
            Map<String, Integer> own = values(api, api.get(user, "/api/v1/reports/annual?year=" + year).andExpect(status().isOk()), "$.figures");
            Map<String, Integer> row = row(rows.get(i));
            for (Figure f : Figure.values()) {
                assertThat(row.get(f.name())).as(user + " " + f.label()).isEqualTo(own.get(f.name()));
            }
            // the city opens the county's own figures (aggregates only) with the same numbers
            long county = ((Number) rows.get(i).get("committeeId")).longValue();
            var fromAbove = api.get("staff", "/api/v1/reports/annual?year=" + year + "&committeeId=" + county).andExpect(status().isOk());
            assertThat(values(api, fromAbove, "$.figures")).isEqualTo(own);
            assertThat((Boolean) api.read(fromAbove, "$.drillDown")).isFalse();
        }
        // the city's own scope is its own row
        Map<String, Integer> own = values(api, api.get("staff", "/api/v1/reports/annual?year=" + year), "$.figures");
        for (Figure f : Figure.values()) {
            assertThat(own.get(f.name())).isEqualTo(row(rows.getFirst()).get(f.name()));
        }
    }

    @Test
    void everyFigureCarriesItsDefinitionLastYearAndTheChange() throws Exception {
        new SystemSteps(api, jdbc, "xs_").proposal(false);
        settled(jdbc);
        var r = api.get("xs_staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> lines = api.read(r, "$.figures");
        assertThat(lines).allSatisfy(l -> assertThat((String) l.get("definition")).isNotBlank());
        var received = AnnualFixture.line(api, r, Figure.PROPOSALS_RECEIVED.name());
        int value = ((Number) received.get("value")).intValue();
        int previous = ((Number) received.get("previous")).intValue();
        assertThat(((Number) received.get("change")).intValue()).isEqualTo(value - previous);
        assertThat((String) api.read(r, "$.previousSource")).contains("上年");
        List<Map<String, Object>> rates = api.read(r, "$.rates");
        assertThat(rates).extracting(m -> m.get("label")).contains("办复率", "出席率");
        List<Map<String, Object>> types = api.read(r, "$.activityTypes");
        assertThat(types).extracting(m -> m.get("label")).contains("专题协商", "界别协商", "对口协商", "提案办理协商");
        List<Map<String, Object>> categories = api.read(r, "$.categories");
        assertThat(categories).isNotEmpty().allSatisfy(c -> assertThat((String) c.get("share")).endsWith("%"));
    }

    @Test
    void aCountyCannotAskForTheCityOrAPeerAndMembersAndUnitsCannotAskAtAll() throws Exception {
        long city = committee(jdbc, "示例市政协");
        long west = committee(jdbc, "示例市西山县政协");
        api.get("dc_staff", "/api/v1/reports/annual?year=" + year + "&committeeId=" + city).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/reports/annual?year=" + year + "&committeeId=" + west).andExpect(status().isForbidden());
        api.get("dc_leader", "/api/v1/reports/annual?year=" + year + "&committeeId=" + west + "&scope=system").andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/reports/annual/document?year=" + year + "&committeeId=" + city).andExpect(status().isForbidden());
        for (String user : List.of("member", "unit", "dc_member", "correspondent")) {
            api.get(user, "/api/v1/reports/annual?year=" + year).andExpect(status().isForbidden());
            api.get(user, "/api/v1/reports/annual/records?figure=PROPOSALS_RECEIVED&year=" + year).andExpect(status().isForbidden());
        }
        // the city sees a county's figures, never its records (without a grant)
        api.get("staff", "/api/v1/reports/annual/records?figure=PROPOSALS_RECEIVED&year=" + year + "&committeeId=" + west)
                .andExpect(status().isForbidden());
        api.get("staff", "/api/v1/reports/annual/records?figure=PROPOSALS_RECEIVED&year=" + year + "&scope=system")
                .andExpect(status().isForbidden());
        api.get("leader", "/api/v1/reports/annual?year=" + year + "&scope=system").andExpect(status().isOk());
        mvc.perform(get("/reports/annual").session(login(mvc, "member"))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAClearRefusalNeverAServerError() throws Exception {
        api.get("staff", "/api/v1/reports/annual?year=1900").andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual?year=abc").andExpect(status().isBadRequest());
        api.get("staff", "/api/v1/reports/annual?scope=everything").andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual?from=2025-05-01&to=2025-01-01").andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual/records?figure=NOTHING&year=" + year).andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual/records?year=" + year).andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual/records?figure=ACTIVITY_TYPE:NOPE&year=" + year).andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/reports/annual?committeeId=999999").andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsTheFiguresDefinitionsChartsAndTheirTables() throws Exception {
        String page = mvc.perform(get("/reports/annual").param("year", Integer.toString(year)).param("scope", "system")
                        .session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("工作报告数字", "示例市东城区政协", "办复率", Figure.PROPOSALS_REPLIED.definition(), "data-chart=",
                "chart-table", "专题协商", "锁定本年度数字");
        String county = mvc.perform(get("/reports/annual").session(login(mvc, "xs_leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(county).contains("示例市西山县政协").doesNotContain("锁定本年度数字");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> row(Map<String, Object> row) {
        return (Map<String, Integer>) row.get("values");
    }
}

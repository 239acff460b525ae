package cn.tongxin.rollup;

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

import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.rollup.internal.FigureSummaries;
import cn.tongxin.rollup.internal.LiveFigures;
import cn.tongxin.shared.DateRange;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 全市政协系统: the demo city with its two counties, records made through the API as each committee's users. */
@IntegrationTest
class SystemStatisticsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureSummaries summaries;
    @Autowired
    LiveFigures live;
    @Autowired
    Organization organization;
    Api api;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void theCityIsItsOwnFiguresPlusItsCounties() throws Exception {
        Map<String, Integer> east0 = ownRow("dc_staff");
        Map<String, Integer> west0 = ownRow("xs_staff");
        var east = new SystemSteps(api, jdbc, "dc_");
        east.proposal(true);
        east.proposal(false);
        east.pendingProposal();
        east.suggestion(true);
        east.adoptedReport();
        east.heldActivity();
        var west = new SystemSteps(api, jdbc, "xs_");
        west.proposal(true);
        west.suggestion(false);
        west.adoptedReport();
        west.heldActivity();
        new SystemSteps(api, jdbc, "").suggestion(true);
        settled(jdbc);

        var city = api.get("staff", "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> rows = api.read(city, "$.committees");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("示例市政协", "示例市东城区政协", "示例市西山县政协");
        assertThat(rows.getFirst()).containsEntry("own", true);
        Map<String, Integer> system = api.read(city, "$.system.values");
        for (Figure f : Figure.values()) {
            int sum = rows.stream().mapToInt(r -> values(r).get(f.name())).sum();
            assertThat(system.get(f.name())).as(f.label()).isEqualTo(sum);
        }
        Map<String, Integer> eastRow = values(rows.get(1));
        assertThat(eastRow).isEqualTo(ownRow("dc_staff"));
        assertThat(values(rows.get(2))).isEqualTo(ownRow("xs_staff"));
        assertThat(delta(east0, eastRow, Figure.PROPOSALS_RECEIVED)).isEqualTo(3);
        assertThat(delta(east0, eastRow, Figure.PROPOSALS_FILED)).isEqualTo(2);
        assertThat(delta(east0, eastRow, Figure.PROPOSALS_REPLIED)).isEqualTo(1);
        assertThat(delta(east0, eastRow, Figure.SUGGESTIONS_REPLIED)).isEqualTo(1);
        assertThat(delta(east0, eastRow, Figure.OPINIONS_ISSUED)).isEqualTo(1);
        assertThat(delta(east0, eastRow, Figure.OPINIONS_ADOPTED_CITY_CPPCC)).isEqualTo(1);
        assertThat(delta(east0, eastRow, Figure.ACTIVITIES_HELD)).isEqualTo(1);
        assertThat(delta(east0, eastRow, Figure.ACTIVITIES_INVITED)).isEqualTo(2);
        assertThat(delta(east0, eastRow, Figure.ACTIVITIES_PRESENT)).isEqualTo(1);
        Map<String, Integer> westRow = values(rows.get(2));
        assertThat(delta(west0, westRow, Figure.SUGGESTIONS_ACCEPTED)).isEqualTo(1);
        assertThat(delta(west0, westRow, Figure.SUGGESTIONS_REPLIED)).isZero();
        assertThat(delta(west0, westRow, Figure.ACTIVITIES_PERSON_TIMES)).isEqualTo(1);
    }

    @Test
    void theSummaryEqualsTheLiveFiguresAfterASeriesOfRealSteps() throws Exception {
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        List<Long> ids = organization.subtree(city).stream().map(CommitteeView::id).toList();
        var before = summaries.year(ids, year);
        var steps = new SystemSteps(api, jdbc, "");
        steps.proposal(true);
        steps.proposal(false);
        steps.adoptedReport();
        new SystemSteps(api, jdbc, "dc_").suggestion(true);
        new SystemSteps(api, jdbc, "dc_").heldActivity();
        new SystemSteps(api, jdbc, "xs_").adoptedReport();
        new SystemSteps(api, jdbc, "xs_").proposal(true);
        settled(jdbc);
        var after = summaries.year(ids, year);
        var counted = live.of(ids, new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        for (Long c : ids) {
            assertThat(after.get(c)).as("committee " + c).isEqualTo(counted.get(c).values());
            assertThat(after.get(c)).as("committee " + c).isNotEqualTo(before.get(c));
        }
    }

    @Test
    void eachCountysRowEqualsItsOwnStatisticsPages() throws Exception {
        new SystemSteps(api, jdbc, "dc_").proposal(true);
        settled(jdbc);
        Map<String, Integer> row = ownRow("dc_staff");
        var proposals = api.get("dc_staff", "/api/v1/proposals/statistics?year=" + year).andExpect(status().isOk());
        assertThat(row.get("PROPOSALS_RECEIVED")).isEqualTo(figure(api.read(proposals, "$.counts"), "收到"));
        assertThat(row.get("PROPOSALS_FILED")).isEqualTo(figure(api.read(proposals, "$.counts"), "立案"));
        assertThat(row.get("PROPOSALS_KEY")).isEqualTo(figure(api.read(proposals, "$.counts"), "重点提案"));
        assertThat(row.get("PROPOSALS_REPLIED")).isEqualTo((Integer) api.read(proposals, "$.handling.replied"));
        var suggestions = api.get("dc_staff", "/api/v1/suggestions/statistics?year=" + year).andExpect(status().isOk());
        assertThat(row.get("SUGGESTIONS_RECEIVED")).isEqualTo((Integer) api.read(suggestions, "$.received"));
        assertThat(row.get("SUGGESTIONS_ACCEPTED")).isEqualTo((Integer) api.read(suggestions, "$.accepted"));
        assertThat(row.get("SUGGESTIONS_REPLIED")).isEqualTo((Integer) api.read(suggestions, "$.replied"));
        var opinions = api.get("dc_staff", "/api/v1/opinions/statistics?year=" + year).andExpect(status().isOk());
        assertThat(row.get("OPINIONS_RECEIVED")).isEqualTo(figure(api.read(opinions, "$.figures"), "收到"));
        assertThat(row.get("OPINIONS_ISSUED")).isEqualTo(figure(api.read(opinions, "$.figures"), "编发信息"));
        assertThat(row.get("OPINIONS_ADOPTED_CITY_CPPCC")).isEqualTo((Integer) api.read(opinions, "$.adoptedByLevel.市政协"));
        var activities = api.get("dc_staff", "/api/v1/activities/statistics?year=" + year).andExpect(status().isOk());
        assertThat(row.get("ACTIVITIES_HELD")).isEqualTo((Integer) api.read(activities, "$.activities"));
        assertThat(row.get("ACTIVITIES_PERSON_TIMES")).isEqualTo((Integer) api.read(activities, "$.personTimes"));
        assertThat(row.get("ACTIVITIES_INVITED")).isEqualTo((Integer) api.read(activities, "$.invited"));
        assertThat(row.get("ACTIVITIES_PRESENT")).isEqualTo((Integer) api.read(activities, "$.present"));
    }

    @Test
    void aCountySeesOnlyItselfWhateverTheRequestSays() throws Exception {
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        for (String user : List.of("dc_staff", "dc_leader", "dc_admin")) {
            var r = api.get(user, "/api/v1/statistics/system?year=" + year + "&committeeId=" + city).andExpect(status().isOk());
            List<Map<String, Object>> rows = api.read(r, "$.committees");
            assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("name", "示例市东城区政协"));
            assertThat((Map<String, Integer>) api.read(r, "$.system.values")).isEqualTo(values(rows.getFirst()));
        }
    }

    @Test
    void onlyTheCommitteesStaffAdministratorsAndLeadersSeeIt() throws Exception {
        api.get("member", "/api/v1/statistics/system?year=" + year).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/statistics/system?year=" + year).andExpect(status().isForbidden());
        api.get("dc_member", "/api/v1/statistics/system?year=" + year).andExpect(status().isForbidden());
        api.get("correspondent", "/api/v1/statistics/system?year=" + year).andExpect(status().isForbidden());
        var leader = api.get("leader", "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        assertThat((List<?>) api.read(leader, "$.committees")).hasSize(3);
        api.get("admin", "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        api.get("staff", "/api/v1/statistics/system?year=1900").andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePageShowsTheSystemTotalEachCommitteeAndTheDefinitions() throws Exception {
        String page = mvc.perform(get("/system-statistics").param("year", Integer.toString(year)).session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("全系统合计", "示例市东城区政协", "示例市西山县政协", "办复率", "出席率", Figure.PROPOSALS_REPLIED.definition());
        mvc.perform(get("/system-statistics").session(login(mvc, "member"))).andExpect(status().isForbidden());
        String county = mvc.perform(get("/system-statistics").session(login(mvc, "xs_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(county).contains("示例市西山县政协").doesNotContain("示例市东城区政协");
    }

    @Test
    void aDateRangeIsCountedLiveAndAWholeYearAgreesWithTheSummary() throws Exception {
        new SystemSteps(api, jdbc, "xs_").suggestion(true);
        settled(jdbc);
        var summary = api.get("staff", "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        var live = api.get("staff", "/api/v1/statistics/system?from=%d-01-01&to=%d-12-31".formatted(year, year)).andExpect(status().isOk());
        assertThat((String) api.read(summary, "$.source")).isEqualTo("summary");
        assertThat((String) api.read(live, "$.source")).isEqualTo("live");
        assertThat((Object) api.read(live, "$.committees")).isEqualTo(api.read(summary, "$.committees"));
    }

    private Map<String, Integer> ownRow(String user) throws Exception {
        var r = api.get(user, "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        return api.read(r, "$.committees[0].values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> values(Map<String, Object> row) {
        return (Map<String, Integer>) row.get("values");
    }

    private static int delta(Map<String, Integer> before, Map<String, Integer> after, Figure figure) {
        return after.get(figure.name()) - before.get(figure.name());
    }

    private static int figure(List<Map<String, Object>> figures, String label) {
        return ((Number) figures.stream().filter(f -> f.get("label").equals(label)).findFirst().orElseThrow().get("value")).intValue();
    }

    /** Waits until the rollup listeners have handled every published event. */
    static void settled(JdbcClient jdbc) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%rollup%'")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the rollup listeners did not finish");
    }
}

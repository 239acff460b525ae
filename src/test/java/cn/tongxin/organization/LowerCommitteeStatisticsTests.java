package cn.tongxin.organization;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/**
 * The modules' statistics for a lower committee (CommitteeAccess#figures), page and API alike: the city's staff and
 * leaders see a county's figures (the same numbers the county sees); the links to its records and the rows naming its
 * people only while it grants access; a peer county or the upper committee: 403 with a Chinese message.
 */
@IntegrationTest
class LowerCommitteeStatisticsTests {

    static final List<String> STATISTICS = List.of("/api/v1/proposals/statistics", "/api/v1/opinions/statistics",
            "/api/v1/activities/statistics", "/api/v1/suggestions/statistics");
    static final List<String> PAGES = List.of("/proposals/statistics", "/opinion-statistics", "/activity-statistics",
            "/suggestion-statistics");

    final MockMvc mvc;
    final JdbcClient jdbc;
    final Api api;
    final long city;
    final long east;
    final long west;
    final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    LowerCommitteeStatisticsTests(@Autowired MockMvc mvc, @Autowired JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.api = new Api(mvc);
        var tree = DemoCommittees.of(jdbc);
        this.city = tree.city();
        this.east = tree.east();
        this.west = tree.west();
    }

    @AfterEach
    void revoke() throws Exception {
        DemoCommittees.of(jdbc).revokeGrants(mvc);
    }

    private String of(String path, long committee) {
        return path + "?year=" + year + "&committeeId=" + committee;
    }

    private static long received(Api api, org.springframework.test.web.servlet.ResultActions r) throws Exception {
        List<Map<String, Object>> counts = api.read(r, "$.counts");
        return counts.stream().filter(c -> c.get("label").equals("收到")).map(c -> ((Number) c.get("value")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void aPeerCountyOrTheUpperCommitteeIsRefusedWithAChineseMessage() throws Exception {
        for (String path : STATISTICS) {
            api.get("xs_staff", of(path, east)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("只能查看本级政协及其下级政协的统计数字"));
            api.get("dc_leader", of(path, city)).andExpect(status().isForbidden());
            api.get("dc_staff", of(path, west)).andExpect(status().isForbidden());
            api.get("member", of(path, east)).andExpect(status().isForbidden());
            // the own committee given explicitly is the own committee
            api.get("dc_staff", of(path, east)).andExpect(status().isOk()).andExpect(jsonPath("$.committee.across").value(false));
        }
        for (String page : PAGES) {
            mvc.perform(get(page).param("committeeId", Long.toString(east)).session(login(mvc, "xs_staff")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void cityStaffAndLeadersSeeACountysFiguresAsTheCountySeesThemButNotItsRecords() throws Exception {
        new SystemSteps(api, jdbc, "dc_").pendingProposal();
        var own = api.get("dc_staff", "/api/v1/proposals/statistics?year=" + year).andExpect(status().isOk());
        for (String user : List.of("staff", "leader")) {
            var fromAbove = api.get(user, of("/api/v1/proposals/statistics", east)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.committee.committeeId").value(east))
                    .andExpect(jsonPath("$.committee.committeeName").value("示例市东城区政协"))
                    .andExpect(jsonPath("$.committee.across").value(true))
                    .andExpect(jsonPath("$.committee.records").value(false));
            assertThat(received(api, fromAbove)).isEqualTo(received(api, own)).isPositive();
            List<Map<String, Object>> counts = api.read(fromAbove, "$.counts");
            assertThat(counts).allSatisfy(c -> assertThat(c.get("link")).isNull());
        }
        var suggestions = api.get("staff", of("/api/v1/suggestions/statistics", east)).andExpect(status().isOk());
        var ownSuggestions = api.get("dc_staff", "/api/v1/suggestions/statistics?year=" + year).andExpect(status().isOk());
        assertThat((Integer) api.read(suggestions, "$.received")).isEqualTo(api.read(ownSuggestions, "$.received"));
        var opinions = api.get("staff", of("/api/v1/opinions/statistics", east)).andExpect(status().isOk());
        assertThat((List<?>) api.read(opinions, "$.authors")).isEmpty();
        assertThat((List<?>) api.read(opinions, "$.figures")).isNotEmpty();
        var activities = api.get("staff", of("/api/v1/activities/statistics", east)).andExpect(status().isOk());
        assertThat((List<?>) api.read(activities, "$.members")).isEmpty();
        assertThat((Integer) api.read(activities, "$.activities")).isEqualTo(
                api.read(api.get("dc_staff", "/api/v1/activities/statistics?year=" + year), "$.activities"));

        String page = mvc.perform(get("/proposals/statistics").param("year", Integer.toString(year)).param("committeeId", Long.toString(east))
                .session(login(mvc, "staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("正在查看下级政协“示例市东城区政协”的统计数字", "该政协尚未授权本会查阅其记录，这里只显示数字")
                .doesNotContain("committeeId=" + east + "&amp;group=").doesNotContain("/proposals?year=" + year + "&amp;group=");
        for (String other : PAGES.subList(1, PAGES.size())) {
            mvc.perform(get(other).param("committeeId", Long.toString(east)).session(login(mvc, "leader"))).andExpect(status().isOk());
        }
    }

    @Test
    void theDrillDownOpensOnlyWhileTheCountyGrantsIt() throws Exception {
        new SystemSteps(api, jdbc, "dc_").pendingProposal();
        api.get("staff", "/api/v1/proposals?committeeId=" + east).andExpect(status().isForbidden());

        api.post("dc_staff", "/api/v1/committee-grants", "{\"upperCommitteeId\":" + city + "}").andExpect(status().isCreated());

        var granted = api.get("staff", of("/api/v1/proposals/statistics", east)).andExpect(status().isOk())
                .andExpect(jsonPath("$.committee.records").value(true));
        List<Map<String, Object>> counts = api.read(granted, "$.counts");
        Map<String, Object> received = counts.stream().filter(c -> c.get("label").equals("收到")).findFirst().orElseThrow();
        String link = (String) received.get("link");
        assertThat(link).startsWith("/proposals?year=" + year).contains("&group=RECEIVED").endsWith("&committeeId=" + east);
        var list = api.get("staff", "/api/v1" + link + "&size=100").andExpect(status().isOk());
        assertThat(((Number) api.read(list, "$.total")).longValue()).isEqualTo(((Number) received.get("value")).longValue());
        List<Map<String, Object>> items = api.read(list, "$.items");
        assertThat(items).anySatisfy(i -> assertThat(i.get("title")).isEqualTo("待审查提案"));
        assertThat((List<?>) api.read(api.get("leader", of("/api/v1/activities/statistics", east)), "$.appraisals")).isNotNull();

        String page = mvc.perform(get("/proposals/statistics").param("year", Integer.toString(year)).param("committeeId", Long.toString(east))
                .session(login(mvc, "leader"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该政协已授权本会查阅其记录（只读）", "&amp;group=RECEIVED&amp;committeeId=" + east);
        // a grant opens that committee only
        api.get("staff", of("/api/v1/proposals/statistics", west)).andExpect(status().isOk()).andExpect(jsonPath("$.committee.records").value(false));

        mvc.perform(delete("/api/v1/committee-grants/" + city).header("Authorization", "Bearer " + apiToken(mvc, "dc_staff")))
                .andExpect(status().is2xxSuccessful());
        api.get("staff", of("/api/v1/proposals/statistics", east)).andExpect(jsonPath("$.committee.records").value(false));
    }
}

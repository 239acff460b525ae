package cn.tongxin.rollup;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 大屏 and the statistics pages' charts: the screen shows this year's system figures as the system statistics count
 * them, page and API alike; every chart carries the numbers of its own table; a range over several years adds a trend.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    Api api;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void theScreenShowsThisYearsSystemFiguresPageAndApiAlike() throws Exception {
        var system = api.get("staff", "/api/v1/statistics/system?year=" + year).andExpect(status().isOk());
        var screen = api.get("staff", "/api/v1/statistics/dashboard").andExpect(status().isOk());
        assertThat((Integer) api.read(screen, "$.year")).isEqualTo(year);
        assertThat((Boolean) api.read(screen, "$.system")).isTrue();
        Integer received = api.read(system, "$.system.values.PROPOSALS_RECEIVED");
        List<String> value = api.read(screen, "$.headlines[?(@.label == '提案收到')].value");
        assertThat(value).containsExactly(received.toString());
        List<String> titles = api.read(screen, "$.charts[*].title");
        assertThat(titles).contains("历年收到的提案、微建议、社情民意和活动场次", "各政协" + year + "年");
        List<String> years = api.read(screen, "$.charts[0].categories");
        assertThat(years).hasSize(5).last().isEqualTo(year + "年");

        String page = mvc.perform(get("/dashboard").session(login(mvc, "leader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-trigger=\"every 60s\"", "data-chart-theme=\"dark\"", "/js/charts.js", "提案收到");
        String body = mvc.perform(get("/dashboard/body").session(login(mvc, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("<main").contains("id=\"dashboard\"").doesNotContain("<html");
    }

    @Test
    void onlyTheCommitteesOfficeAndLeadersSeeTheScreen() throws Exception {
        mvc.perform(get("/dashboard").session(login(mvc, "member"))).andExpect(status().isForbidden());
        api.get("member", "/api/v1/statistics/dashboard").andExpect(status().isForbidden());
        String county = mvc.perform(get("/dashboard").session(login(mvc, "xs_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(county).contains("示例市西山县政协").doesNotContain("示例市东城区政协");
    }

    @Test
    void everyChartCarriesTheNumbersOfItsTable() throws Exception {
        for (String path : List.of("/proposals/statistics", "/opinion-statistics", "/suggestion-statistics", "/activity-statistics",
                "/system-statistics", "/dashboard")) {
            String page = mvc.perform(get(path).session(login(mvc, "staff"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<JsonNode> charts = charts(page);
            assertThat(charts).as(path).isNotEmpty();
            for (JsonNode chart : charts) {
                String title = chart.get("title").asString();
                assertThat(page).as(path).contains("<figcaption class=\"chart-title\">" + HtmlUtils.htmlEscape(title) + "</figcaption>");
                for (JsonNode category : chart.get("categories")) {
                    assertThat(page).as(path + " " + title).contains("<th scope=\"row\">" + HtmlUtils.htmlEscape(category.asString()) + "</th>");
                }
            }
        }
    }

    @Test
    void aRangeOverSeveralYearsAddsTheTrend() throws Exception {
        String range = "?from=" + (year - 2) + "-01-01&to=" + year + "-12-31";
        Map<String, String> trends = Map.of("/proposals/statistics", "历年提案", "/opinion-statistics", "历年社情民意",
                "/suggestion-statistics", "历年微建议", "/activity-statistics", "历年出席率", "/system-statistics", "历年办复率与出席率");
        for (var e : trends.entrySet()) {
            String page = mvc.perform(get(e.getKey() + range).session(login(mvc, "staff"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            JsonNode trend = charts(page).stream().filter(c -> c.get("title").asString().equals(e.getValue())).findFirst().orElseThrow();
            assertThat(trend.get("kind").asString()).isEqualTo("line");
            assertThat(trend.get("categories").size()).as(e.getKey()).isEqualTo(3);
            String single = mvc.perform(get(e.getKey()).session(login(mvc, "staff"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(charts(single).stream().map(c -> c.get("title").asString())).as(e.getKey()).doesNotContain(e.getValue());
        }
    }

    @Test
    void theChartLibraryIsLinkedWithItsVersionKeptByTheBrowserAndSentGzipped() throws Exception {
        var session = login(mvc, "staff");
        String page = mvc.perform(get("/proposals/statistics").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-echarts=\"/vendor/echarts/echarts.min.js?v=6.1.0\"");
        var plain = mvc.perform(get("/vendor/echarts/echarts.min.js").session(session)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader("Cache-Control")).contains("max-age=604800");
        assertThat(plain.getContentAsByteArray().length).isGreaterThan(1_000_000);
        var zipped = mvc.perform(get("/vendor/echarts/echarts.min.js").header("Accept-Encoding", "gzip, deflate").session(session))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getContentAsByteArray().length).isLessThan(500_000);
    }

    private static final Pattern DATA_CHART = Pattern.compile("data-chart=\"([^\"]*)\"");

    private static List<JsonNode> charts(String page) {
        Matcher m = DATA_CHART.matcher(page);
        List<JsonNode> charts = new java.util.ArrayList<>();
        while (m.find()) {
            charts.add(JsonMapper.shared().readTree(HtmlUtils.htmlUnescape(m.group(1))));
        }
        return charts;
    }
}

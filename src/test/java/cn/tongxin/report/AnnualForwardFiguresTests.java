package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.settled;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * The 报送 lines of the annual account: items 报送 per level equal the opinion statistics' {@code forwardedByLevel};
 * reports and outputs sent to the upper committee equal the opinion and activity statistics' 报送上级 figures; each line
 * has its definition and drills down to the records it counts.
 */
@IntegrationTest
class AnnualForwardFiguresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    final LocalDate today = LocalDate.now(SystemSteps.ZONE);
    final int year = today.getYear();

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private long report(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    private long issuedItem(String title) throws Exception {
        long id = report("member", title);
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"" + title + "\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"专题\",\"recipients\":\"市委、市政府\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        return itemId;
    }

    private List<Map<String, Object>> records(String user, String figure) throws Exception {
        return api.read(api.get(user, "/api/v1/reports/annual/records?size=200&year=" + year + "&figure=" + figure)
                .andExpect(status().isOk()), "$.items");
    }

    private Map<String, Object> line(List<Map<String, Object>> lines, String code) {
        return lines.stream().filter(l -> l.get("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void itemsForwardedPerLevelAreTheOpinionStatisticsFiguresAndOpenTheItems() throws Exception {
        long item = issuedItem("年度报送省政协的编发稿");
        api.post("staff", "/api/v1/opinion-items/" + item + "/forwards", "{\"level\":\"PROVINCIAL_CPPCC\",\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
        settled(jdbc);
        Map<String, Integer> statistics = api.read(api.get("staff", "/api/v1/opinions/statistics?year=" + year), "$.forwardedByLevel");
        var r = api.get("staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> lines = api.read(r, "$.outputs");
        for (AdoptionLevel level : AdoptionLevel.values()) {
            var line = line(lines, "FORWARDED:" + level.name());
            assertThat(((Number) line.get("value")).intValue()).as(level.label()).isEqualTo(statistics.get(level.label()));
            assertThat(line.get("label")).isEqualTo("报送" + level.label());
            assertThat((String) line.get("definition")).contains("按报送日期");
        }
        assertThat(((Number) line(lines, "FORWARDED:PROVINCIAL_CPPCC").get("value")).intValue()).isPositive();
        assertThat(records("staff", "FORWARDED:PROVINCIAL_CPPCC")).anySatisfy(i -> {
            assertThat(i.get("title")).isEqualTo("年度报送省政协的编发稿");
            assertThat(i.get("link")).isEqualTo("/opinion-items/" + item);
            assertThat(i.get("status")).isEqualTo("报送省政协");
        });
        String page = mvc.perform(get("/reports/annual").param("year", Integer.toString(year)).session(login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("报送省政协", "FORWARDED:PROVINCIAL_CPPCC", "信息报送上级政协", "成果报送上级政协");
    }

    @Test
    void reportsAndOutputsSentUpwardAreTheStatisticsFiguresAndOpenTheCountysRecords() throws Exception {
        long report = report("dc_member", "年度报送上级的信息");
        api.post("dc_staff", "/api/v1/opinions/" + report + "/upward", null).andExpect(status().isConflict());
        api.post("dc_staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        api.post("dc_staff", "/api/v1/opinions/" + report + "/upward", null).andExpect(status().isOk());
        long output = countyOutput("年度报送上级的协商成果");
        api.post("dc_staff", "/api/v1/activity-outputs/" + output + "/upward", null).andExpect(status().isOk());
        settled(jdbc);

        List<Map<String, Object>> opinionFigures = api.read(api.get("dc_staff", "/api/v1/opinions/statistics?year=" + year), "$.figures");
        long reportsUp = opinionFigures.stream().filter(f -> "报送上级政协".equals(f.get("label")))
                .mapToLong(f -> ((Number) f.get("value")).longValue()).findFirst().orElseThrow();
        Number outputsUp = api.read(api.get("dc_staff", "/api/v1/activities/statistics?year=" + year), "$.outputsUpward['报送上级政协']");

        var r = api.get("dc_staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        List<Map<String, Object>> lines = api.read(r, "$.outputs");
        assertThat(((Number) line(lines, "UPWARD:REPORTS:SUBMITTED").get("value")).longValue()).isEqualTo(reportsUp).isPositive();
        assertThat(((Number) line(lines, "UPWARD:OUTPUTS:SUBMITTED").get("value")).longValue()).isEqualTo(outputsUp.longValue()).isPositive();
        assertThat((String) line(lines, "UPWARD:OUTPUTS:SUBMITTED").get("definition")).contains("按报送日期");

        assertThat(records("dc_staff", "UPWARD:REPORTS:SUBMITTED")).anySatisfy(i -> {
            assertThat(i.get("title")).isEqualTo("年度报送上级的信息");
            assertThat(i.get("link")).isEqualTo("/opinions/" + report);
            assertThat(i.get("status")).isEqualTo("报送示例市政协");
        });
        assertThat(records("dc_staff", "UPWARD:OUTPUTS:SUBMITTED")).anySatisfy(i -> {
            assertThat(i.get("title")).isEqualTo("年度报送上级的协商成果");
            assertThat((String) i.get("link")).endsWith("/outputs/" + output);
        });
        // the city's system total counts its counties' 报送上级 as well
        var system = api.get("staff", "/api/v1/reports/annual?year=" + year + "&scope=system").andExpect(status().isOk());
        List<Map<String, Object>> systemLines = api.read(system, "$.outputs");
        assertThat(((Number) line(systemLines, "UPWARD:REPORTS:SUBMITTED").get("value")).longValue()).isGreaterThanOrEqualTo(reportsUp);
        api.get("dc_staff", "/api/v1/reports/annual/records?year=" + year + "&figure=UPWARD:NOTHING:SUBMITTED")
                .andExpect(status().isUnprocessableContent());
    }

    private long countyOutput(String title) throws Exception {
        long dcMember = jdbc.sql("select member_id from user_account where username = 'dc_member'").query(Long.class).single();
        LocalDateTime start = LocalDateTime.now(SystemSteps.ZONE).plusDays(2);
        var a = api.post("dc_staff", "/api/v1/activities", """
                {"title":"%s","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(title + "协商会", start, start.plusHours(2), dcMember))
                .andExpect(status().isCreated());
        long activity = ((Number) api.read(a, "$.id")).longValue();
        var output = api.post("dc_staff", "/api/v1/activities/" + activity + "/outputs", """
                {"kind":"CONSULTATION_SUMMARY","title":"%s","text":"协商成果正文","authorIds":[%d]}""".formatted(title, dcMember))
                .andExpect(status().isCreated());
        return ((Number) api.read(output, "$.id")).longValue();
    }
}

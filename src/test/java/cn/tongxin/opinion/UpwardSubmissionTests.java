package cn.tongxin.opinion;

import static cn.tongxin.support.Logins.apiToken;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * 报送上级: a county's report arrives in the city's intake from the county, linked both ways; the city's adoption and
 * instruction come back down to the county's report (by event) and count in the county's statistics.
 */
@IntegrationTest
class UpwardSubmissionTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long city;
    long east;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        east = jdbc.sql("select id from committee where name = '示例市东城区政协'").query(Long.class).single();
    }

    long report(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    long acceptedCountyReport(String title) throws Exception {
        long id = report("dc_member", title);
        api.post("dc_staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        return id;
    }

    long figure(String user, String label) throws Exception {
        net.minidev.json.JSONArray values = api.read(api.get(user, "/api/v1/opinions/statistics?year=" + TODAY.getYear()),
                "$.figures[?(@.label == '" + label + "')].value");
        return ((Number) values.getFirst()).longValue();
    }

    void settled() throws Exception {
        for (int i = 0; i < 200; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%UpwardOutcomes%'")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("上级回报事件未处理完");
    }

    @Test
    void aCountyReportArrivesInTheCityIntakeLinkedBothWaysAndTheAdoptionComesBackDown() throws Exception {
        long submittedBefore = figure("dc_staff", "报送上级政协");
        long adoptedBefore = figure("dc_staff", "上级政协采用");
        long county = acceptedCountyReport("东城区报送市政协的信息");

        var sent = api.post("dc_staff", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isOk());
        long upper = ((Number) api.read(sent, "$.upperReportId")).longValue();

        api.get("staff", "/api/v1/opinions/" + upper).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.title").value("东城区报送市政协的信息"))
                .andExpect(jsonPath("$.report.source").value("LOWER_COMMITTEE"))
                .andExpect(jsonPath("$.report.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.upward.lowerSide").value(false))
                .andExpect(jsonPath("$.upward.committeeName").value("示例市东城区政协"))
                .andExpect(jsonPath("$.upward.reportId").value(county));
        api.get("dc_staff", "/api/v1/opinions/" + county).andExpect(status().isOk())
                .andExpect(jsonPath("$.upward.lowerSide").value(true))
                .andExpect(jsonPath("$.upward.upperCommitteeName").value("示例市政协"))
                .andExpect(jsonPath("$.upward.upperReportId").value(upper))
                .andExpect(jsonPath("$.upwardOffered").value(false));
        // the county never reads the city's copy
        api.get("dc_staff", "/api/v1/opinions/" + upper).andExpect(status().isNotFound());
        String cityPage = mvc.perform(get("/opinions/" + upper).session(login(mvc, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(cityPage).contains("由 <strong>示例市东城区政协</strong>").contains("下级政协未授权本会查阅其原件");

        api.post("staff", "/api/v1/opinions/" + upper + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + upper + "],\"title\":\"东城区来稿（编辑）\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"下级来稿\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"" + TODAY + "\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/instructions", """
                {"leader":"李市长","level":"CITY","instructedOn":"%s","text":"请研究"}""".formatted(TODAY)).andExpect(status().isOk());
        settled();

        api.get("dc_staff", "/api/v1/opinions/" + county)
                .andExpect(jsonPath("$.upward.adoption").value("市政协"))
                .andExpect(jsonPath("$.upward.adoptedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.upward.instructionLeader").value("李市长"))
                .andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.hasItems("报送上级政协", "上级政协采用")));
        assertThat(figure("dc_staff", "报送上级政协")).isEqualTo(submittedBefore + 1);
        assertThat(figure("dc_staff", "上级政协采用")).isEqualTo(adoptedBefore + 1);
        String countyPage = mvc.perform(get("/opinions/" + county).session(login(mvc, "dc_staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(countyPage).contains("已报送 <strong>示例市政协</strong>").contains("市政协采用");
    }

    @Test
    void theCityOpensTheCountysOriginalFromItsCopyOnlyWithAGrant() throws Exception {
        long county = acceptedCountyReport("授权后可看原件的信息");
        long upper = ((Number) api.read(api.post("dc_staff", "/api/v1/opinions/" + county + "/upward", null), "$.upperReportId")).longValue();
        api.post("dc_staff", "/api/v1/committee-grants", "{\"upperCommitteeId\":" + city + "}").andExpect(status().isCreated());
        try {
            String cityPage = mvc.perform(get("/opinions/" + upper).session(login(mvc, "staff"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(cityPage).contains("/opinions/" + county + "?committeeId=" + east);
        } finally {
            mvc.perform(delete("/api/v1/committee-grants/" + city).header("Authorization", "Bearer " + apiToken(mvc, "dc_staff")));
        }
    }

    @Test
    void onlyATakenUpReportGoesUpOnceByTheLowerOfficeAndNotFromTheTop() throws Exception {
        long pending = report("dc_member", "尚未采编的信息");
        api.post("dc_staff", "/api/v1/opinions/" + pending + "/upward", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("信息采编后才能报送上级政协"));
        long county = acceptedCountyReport("只报送一次的信息");
        api.post("dc_member", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isForbidden());
        api.post("xs_staff", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isNotFound());
        api.post("staff", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isOk());
        api.post("dc_staff", "/api/v1/opinions/" + county + "/upward", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该信息已报送上级政协"));
        long cityReport = report("member", "市政协自己的信息");
        api.post("staff", "/api/v1/opinions/" + cityReport + "/accept", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinions/" + cityReport + "/upward", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("本会没有上级政协，无法报送上级"));
        api.post("dc_staff", "/api/v1/opinions/abc/upward", null).andExpect(status().is4xxClientError());
    }

    @Test
    void thePageOffersAndTakesTheStep() throws Exception {
        long county = acceptedCountyReport("页面报送上级的信息");
        var session = login(mvc, "dc_staff");
        assertThat(mvc.perform(get("/opinions/" + county).session(session)).andReturn().getResponse().getContentAsString())
                .contains("data-action=\"UPWARD\"");
        mvc.perform(post("/opinions/" + county + "/upward").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from opinion_upward where report_id = ?").param(county).query(Long.class).single())
                .isEqualTo(1);
    }

    long countyOutput(String title) throws Exception {
        long dcMember = jdbc.sql("select member_id from user_account where username = 'dc_member'").query(Long.class).single();
        java.time.LocalDateTime start = java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        var a = api.post("dc_staff", "/api/v1/activities", """
                {"title":"%s","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(title + "协商会", start, start.plusHours(2), dcMember)).andExpect(status().isCreated());
        long activity = ((Number) api.read(a, "$.id")).longValue();
        var output = api.post("dc_staff", "/api/v1/activities/" + activity + "/outputs", """
                {"kind":"CONSULTATION_SUMMARY","title":"%s","text":"协商成果正文","authorIds":[%d]}""".formatted(title, dcMember))
                .andExpect(status().isCreated());
        return ((Number) api.read(output, "$.id")).longValue();
    }

    long activityFigure(String user, String label) throws Exception {
        Number n = api.read(api.get(user, "/api/v1/activities/statistics?year=" + TODAY.getYear()), "$.outputsUpward['" + label + "']");
        return n.longValue();
    }

    @Test
    void aCountysConsultationOutcomeGoesToTheCityIntakeAndItsAdoptionComesBack() throws Exception {
        long before = activityFigure("dc_staff", "报送上级政协");
        long output = countyOutput("关于社区养老的协商成果");
        api.get("dc_staff", "/api/v1/activity-outputs/" + output + "/upward").andExpect(status().isNotFound());
        api.post("xs_staff", "/api/v1/activity-outputs/" + output + "/upward", null).andExpect(status().isNotFound());
        var sent = api.post("dc_staff", "/api/v1/activity-outputs/" + output + "/upward", null).andExpect(status().isOk());
        long upper = ((Number) api.read(sent, "$.upperReportId")).longValue();
        api.post("dc_staff", "/api/v1/activity-outputs/" + output + "/upward", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该成果已报送上级政协"));

        api.get("staff", "/api/v1/opinions/" + upper).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.title").value("关于社区养老的协商成果"))
                .andExpect(jsonPath("$.report.source").value("LOWER_COMMITTEE"))
                .andExpect(jsonPath("$.upward.outputKind").value("协商成果"))
                .andExpect(jsonPath("$.upward.committeeName").value("示例市东城区政协"));
        assertThat(mvc.perform(get("/opinions/" + upper).session(login(mvc, "staff"))).andReturn().getResponse().getContentAsString())
                .contains("（协商成果）");

        api.post("staff", "/api/v1/opinions/" + upper + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + upper + "],\"title\":\"协商成果（编辑）\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"下级成果\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/adoptions", "{\"level\":\"CITY_PARTY_GOVERNMENT\",\"on\":\"" + TODAY + "\"}")
                .andExpect(status().isOk());
        settled();

        api.get("dc_staff", "/api/v1/activity-outputs/" + output + "/upward").andExpect(status().isOk())
                .andExpect(jsonPath("$.upperCommitteeName").value("示例市政协"))
                .andExpect(jsonPath("$.adoption").value("市委市政府"));
        assertThat(activityFigure("dc_staff", "报送上级政协")).isEqualTo(before + 1);
        long activity = jdbc.sql("select activity_id from activity_output where id = ?").param(output).query(Long.class).single();
        assertThat(mvc.perform(get("/activities/" + activity + "/outputs/" + output).session(login(mvc, "dc_staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("已报送 <strong>示例市政协</strong>").contains("市委市政府采用");
    }
}

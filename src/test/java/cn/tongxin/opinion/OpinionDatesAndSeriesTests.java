package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

/**
 * Reports keep the day they were received; bulletins come in several series, each numbered per year of its issue date;
 * 报送 of edited items is counted by level and date.
 */
@IntegrationTest
class OpinionDatesAndSeriesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OpinionHeadlines headlines;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    ResultActions report(String user, String title, Long memberId, LocalDate receivedOn) throws Exception {
        return api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映与建议","category":"SOCIETY"%s%s}""".formatted(UUID.randomUUID(), title,
                memberId == null ? "" : ",\"memberId\":" + memberId, receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\""));
    }

    long id(ResultActions created) throws Exception {
        return ((Number) api.read(created.andExpect(status().isCreated()), "$.report.id")).longValue();
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long received(int year) {
        long c = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
        return headlines.of(List.of(c), new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).get(c).received();
    }

    /** An edited item of a new report, ready for a bulletin. */
    long item(String title) throws Exception {
        long report = id(report("correspondent", title, null, null));
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + report + "],\"title\":\"" + title + "\",\"text\":\"编辑稿\"}");
        return ((Number) api.read(item, "$.itemId")).longValue();
    }

    long bulletin(String series, long itemId) throws Exception {
        var b = api.post("staff", "/api/v1/bulletins", (series == null ? "{" : "{\"series\":\"" + series + "\",")
                + "\"title\":\"专题\",\"recipients\":\"市委、市政府\"}").andExpect(status().isCreated());
        long id = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + id + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        return id;
    }

    int issue(long bulletin, LocalDate on) throws Exception {
        return api.read(api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{\"issuedOn\":\"" + on + "\"}")
                .andExpect(status().isOk()), "$.number");
    }

    int last(String series, int year) {
        return jdbc.sql("select coalesce(max(number), 0) from bulletin where series = ? and year = ? and committee_id = "
                        + "(select committee_id from user_account where username = 'staff')")
                .params(series, year).query(Integer.class).single();
    }

    @Test
    void staffEnterALetterOfLastMonthWithItsDateReceived() throws Exception {
        LocalDate lastMonth = LocalDate.now(ZONE).minusMonths(1);
        long before = received(lastMonth.getYear());
        long id = id(report("staff", "上月来信反映的情况", memberId("member"), lastMonth));
        var row = jdbc.sql("""
                select received_on, (submitted_at at time zone 'Asia/Shanghai')::date as counted_on,
                       (entered_at at time zone 'Asia/Shanghai')::date as entered_on from opinion_report where id = ?""")
                .param(id).query().singleRow();
        assertThat(row.get("received_on")).hasToString(lastMonth.toString());
        assertThat(row.get("counted_on")).hasToString(lastMonth.toString());
        assertThat(row.get("entered_on")).hasToString(LocalDate.now(ZONE).toString());
        assertThat(received(lastMonth.getYear())).isEqualTo(before + 1);
        api.get("staff", "/api/v1/opinions/" + id).andExpect(jsonPath("$.report.receivedOn").value(lastMonth.toString()));
        assertThat(jdbc.sql("select detail from audit_log where action = '代为录入社情民意信息' and target_type = ? and target_id = ?")
                .params(SubjectType.OPINION_REPORT.name(), String.valueOf(id)).query(String.class).single())
                .isEqualTo("收到日期 " + lastMonth + "，录入于 " + LocalDate.now(ZONE));
    }

    @Test
    void aFutureDateIsRefusedAndOnlyStaffChooseTheDate() throws Exception {
        long count = jdbc.sql("select count(*) from opinion_report").query(Long.class).single();
        var refused = report("staff", "明天的来信", memberId("member"), LocalDate.now(ZONE).plusDays(1))
                .andExpect(status().isUnprocessableContent());
        assertThat(refused.andReturn().getResponse().getContentAsString()).contains("收到日期不能晚于今天");
        report("staff", "上届的来信", null, LocalDate.of(2022, 12, 1)).andExpect(status().isUnprocessableContent());
        report("correspondent", "信息员补填日期", null, LocalDate.now(ZONE).minusDays(5)).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from opinion_report").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void eachSeriesIsNumberedPerYearOfItsIssueDate() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate lastDecember = LocalDate.of(today.getYear() - 1, 12, 30);
        int counselLastYear = last("COUNSEL", lastDecember.getYear());
        int counselThisYear = last("COUNSEL", today.getYear());
        int opinionThisYear = last("OPINION", today.getYear());

        // created today, issued with last December's date: numbered in last year's 《委员建言》
        long late = bulletin("COUNSEL", item("去年底编发的建言"));
        assertThat(issue(late, lastDecember)).isEqualTo(counselLastYear + 1);
        long counsel = bulletin("COUNSEL", item("今年的建言"));
        assertThat(issue(counsel, today)).isEqualTo(counselThisYear + 1);
        long opinion = bulletin(null, item("今年的社情民意"));
        assertThat(issue(opinion, today)).isEqualTo(opinionThisYear + 1);

        List<Map<String, Object>> listed = api.read(api.get("staff", "/api/v1/bulletins?series=COUNSEL&year=" + lastDecember.getYear()),
                "$[*]");
        assertThat(listed).anySatisfy(b -> {
            assertThat(((Number) b.get("id")).longValue()).isEqualTo(late);
            assertThat(b.get("year")).isEqualTo(lastDecember.getYear());
            assertThat(b.get("seriesName")).isEqualTo("委员建言");
        });
        assertThat(listed).allSatisfy(b -> assertThat(b.get("series")).isEqualTo("COUNSEL"));
        api.get("staff", "/api/v1/bulletins/" + late).andExpect(jsonPath("$.bulletin.seriesName").value("委员建言"))
                .andExpect(jsonPath("$.bulletin.year").value(lastDecember.getYear()))
                .andExpect(jsonPath("$.bulletin.number").value(counselLastYear + 1));
        api.post("staff", "/api/v1/bulletins", "{\"series\":\"NOPE\",\"title\":\"专题\",\"recipients\":\"市委\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择期刊系列"));
    }

    @Test
    void statisticsCountBulletinsPerSeriesAndForwardsPerLevel() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        var before = api.get("staff", "/api/v1/opinions/statistics?year=" + today.getYear()).andExpect(status().isOk());
        Map<String, Integer> forwardedBefore = api.read(before, "$.forwardedByLevel");
        Map<String, Integer> seriesBefore = api.read(before, "$.bulletinsBySeries");

        long first = item("报送省政协的信息");
        long second = item("报送市委市政府的信息");
        issue(bulletin("COUNSEL", first), today);
        issue(bulletin("COUNSEL", second), today);
        api.post("staff", "/api/v1/opinion-items/" + first + "/forwards", "{\"level\":\"PROVINCIAL_CPPCC\",\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + second + "/forwards", "{\"level\":\"PROVINCIAL_CPPCC\",\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + second + "/forwards", "{\"level\":\"CITY_PARTY_GOVERNMENT\",\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
        // forwarded last year: counted in last year, not this one
        api.post("staff", "/api/v1/opinion-items/" + first + "/forwards",
                "{\"level\":\"NATIONAL_CPPCC\",\"on\":\"" + today.minusYears(1) + "\"}").andExpect(status().isOk());

        var after = api.get("staff", "/api/v1/opinions/statistics?year=" + today.getYear()).andExpect(status().isOk());
        Map<String, Integer> forwarded = api.read(after, "$.forwardedByLevel");
        assertThat(forwarded.get("省政协") - forwardedBefore.get("省政协")).isEqualTo(2);
        assertThat(forwarded.get("市委市政府") - forwardedBefore.get("市委市政府")).isEqualTo(1);
        assertThat(forwarded.get("全国政协")).isEqualTo(forwardedBefore.get("全国政协"));
        Map<String, Integer> series = api.read(after, "$.bulletinsBySeries");
        assertThat(series.get("委员建言") - seriesBefore.getOrDefault("委员建言", 0)).isEqualTo(2);
        Map<String, Integer> lastYear = api.read(api.get("staff", "/api/v1/opinions/statistics?year=" + (today.getYear() - 1)),
                "$.forwardedByLevel");
        assertThat(lastYear.get("全国政协")).isPositive();
    }
}

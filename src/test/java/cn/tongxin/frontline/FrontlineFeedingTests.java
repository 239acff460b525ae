package cn.tongxin.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/** 一线协商 feeding the members' records (a problem solved by a point's member) and the annual account (points, activities, 人次, problems). */
@IntegrationTest
class FrontlineFeedingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long memberOf(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private long solvedFacts(String user, long problem) {
        return jdbc.sql("select count(*) from performance_entry where member_id = ? and kind = 'FRONTLINE_SOLVED' and source_type = ? and source_id = ?")
                .params(memberOf(user), SubjectType.FRONTLINE_PROBLEM.name(), problem).query(Long.class).single();
    }

    private long problem(long point, String user, String title, LocalDate raisedOn) throws Exception {
        return ((Number) api.read(api.post(user, "/api/v1/frontline/points/" + point + "/problems", """
                {"title":"%s","raisedOn":"%s"}""".formatted(title, raisedOn)).andExpect(status().isCreated()), "$.id")).longValue();
    }

    @Test
    void aProblemSolvedByAPointsMemberIsInTheirRecordOnTheDaySolvedUntilReopened() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate solvedOn = today.getDayOfYear() > 3 ? today.minusDays(2) : today;
        var created = api.post("dc_staff", "/api/v1/frontline/points", """
                {"name":"东城街道%s协商点","level":"COMMUNITY","establishedOn":"2024-03-01","memberIds":[%d,%d]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), memberOf("dc_member"), memberOf("dc_member2")))
                .andExpect(status().isCreated());
        long point = ((Number) api.read(created, "$.id")).longValue();
        int year = solvedOn.getYear();
        long solvedBefore = annual("dc_staff", year, "FRONTLINE:PROBLEMS_SOLVED");
        long cityBefore = annual("staff", year, "FRONTLINE:PROBLEMS_SOLVED");

        long mine = problem(point, "dc_member", "背街小巷路灯不亮", solvedOn);
        api.post("dc_member", "/api/v1/frontline/problems/" + mine + "/solve", """
                {"solution":"联系街道修复","solvedOn":"%s","memberId":%d}""".formatted(solvedOn, memberOf("dc_member2")))
                .andExpect(status().isForbidden());
        api.post("dc_member", "/api/v1/frontline/problems/" + mine + "/solve", """
                {"solution":"联系街道修复，已全部点亮","solvedOn":"%s"}""".formatted(solvedOn)).andExpect(status().isOk());

        long named = problem(point, "dc_staff", "菜市场周边垃圾清运不及时", solvedOn);
        api.post("dc_staff", "/api/v1/frontline/problems/" + named + "/solve", """
                {"solution":"调整清运时间","solvedOn":"%s","memberId":%d}""".formatted(solvedOn, memberOf("xs_member")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("memberId"));
        api.post("dc_staff", "/api/v1/frontline/problems/" + named + "/solve", """
                {"solution":"调整清运时间","solvedOn":"%s","memberId":%d}""".formatted(solvedOn, memberOf("dc_member2"))).andExpect(status().isOk());
        long nobody = problem(point, "dc_staff", "健身器材老化", solvedOn);
        api.post("dc_staff", "/api/v1/frontline/problems/" + nobody + "/solve", """
                {"solution":"更换器材","solvedOn":"%s"}""".formatted(solvedOn)).andExpect(status().isOk());

        Listeners.settled(jdbc, "performance");
        assertThat(solvedFacts("dc_member", mine)).isEqualTo(1);
        assertThat(solvedFacts("dc_member2", named)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from performance_entry where kind = 'FRONTLINE_SOLVED' and source_id = ?").param(nobody)
                .query(Long.class).single()).as("the office's own record credits nobody").isZero();
        assertThat(jdbc.sql("select happened_on from performance_entry where kind = 'FRONTLINE_SOLVED' and source_id = ?").param(mine)
                .query(LocalDate.class).single()).isEqualTo(solvedOn);

        assertThat(annual("dc_staff", year, "FRONTLINE:PROBLEMS_SOLVED")).isEqualTo(solvedBefore + 3);
        assertThat(annual("staff", year, "FRONTLINE:PROBLEMS_SOLVED")).as("the city (another committee) does not count the county's problems").isEqualTo(cityBefore);

        api.post("dc_staff", "/api/v1/frontline/problems/" + mine + "/reopen", null).andExpect(status().isOk());
        Listeners.settled(jdbc, "performance");
        assertThat(solvedFacts("dc_member", mine)).isZero();
        assertThat(annual("dc_staff", year, "FRONTLINE:PROBLEMS_SOLVED")).isEqualTo(solvedBefore + 2);
    }

    @Test
    void everyFrontlineFigureDrillsDownToAsManyRecords() throws Exception {
        int year = LocalDate.now(clock).getYear();
        for (String user : List.of("staff", "dc_staff")) {
            for (String key : List.of("FRONTLINE:POINTS", "FRONTLINE:ACTIVITIES", "FRONTLINE:PERSON_TIMES", "FRONTLINE:PROBLEMS_SOLVED")) {
                long value = annual(user, year, key);
                var records = api.get(user, "/api/v1/reports/annual/records?year=" + year + "&size=200&figure=" + key).andExpect(status().isOk());
                assertThat(((Number) api.read(records, "$.total")).longValue()).as(user + " " + key).isEqualTo(value);
                assertThat((List<?>) api.read(records, "$.items")).as(user + " " + key).hasSize((int) Math.min(value, 200));
            }
        }
        // the city's demo points: activities with 人次 typed (42 + 36 at least), the same totals as the register's own
        var totals = api.get("staff", "/api/v1/frontline/totals?year=" + year).andExpect(status().isOk());
        assertThat(annual("staff", year, "FRONTLINE:PERSON_TIMES")).isEqualTo(((Number) api.read(totals, "$.participants")).longValue());
        assertThat(annual("staff", year, "FRONTLINE:ACTIVITIES")).isEqualTo(((Number) api.read(totals, "$.activities")).longValue());
        assertThat(annual("staff", year, "FRONTLINE:POINTS")).isEqualTo(((Number) api.read(totals, "$.points")).longValue());
        assertThat(annual("staff", year, "FRONTLINE:PROBLEMS_SOLVED")).isEqualTo(((Number) api.read(totals, "$.problemsSolved")).longValue());
    }

    private long annual(String user, int year, String key) throws Exception {
        List<Number> v = api.read(api.get(user, "/api/v1/reports/annual?year=" + year).andExpect(status().isOk()),
                "$.people[?(@.code == '" + key + "')].value");
        assertThat(v).as(key).hasSize(1);
        return v.getFirst().longValue();
    }
}

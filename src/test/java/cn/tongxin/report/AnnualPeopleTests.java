package cn.tongxin.report;

import static cn.tongxin.report.AnnualFixture.committee;
import static cn.tongxin.report.AnnualFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * The people-side lines of the annual account: persons on several rolls counted once in the system scope, studios by
 * level, 特聘信息员, reports by source (无党派人士 among them) and 发言人次 by party/group and sector.
 */
@IntegrationTest
class AnnualPeopleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tongxin.privacy.PersonalData personal;
    Api api;
    final int year = LocalDate.now(SystemSteps.ZONE).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aPersonOnTheCityAndACountyRollCountsOnceInTheSystemButTwiceInTheSumOfRolls() throws Exception {
        long city = committee(jdbc, "示例市政协");
        var person = jdbc.sql("""
                select m.name, m.mobile from member m where m.committee_id = ? and m.status = 'ACTIVE'
                   and not exists (select 1 from member x where x.mobile_index = m.mobile_index and x.committee_id <> m.committee_id)
                 order by m.id limit 1""").param(city).query().singleRow();
        Map<String, Integer> before = system();
        assertThat(before.get("MEMBER_PERSONS")).isLessThanOrEqualTo(before.get("MEMBERS"));
        api.post("dc_staff", "/api/v1/members", "{\"name\":\"%s\",\"gender\":\"MALE\",\"mobile\":\"%s\"}"
                .formatted(person.get("name"), personal.reveal((String) person.get("mobile")))).andExpect(status().isCreated());
        Map<String, Integer> after = system();
        assertThat(after.get("MEMBERS")).isEqualTo(before.get("MEMBERS") + 1);
        assertThat(after.get("MEMBER_PERSONS")).isEqualTo(before.get("MEMBER_PERSONS"));
        var own = api.get("staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk());
        assertThat(values(api, own, "$.figures")).doesNotContainKey("MEMBER_PERSONS");
    }

    @Test
    void thePeopleLinesCountStudiosByLevelCorrespondentsSourcesAndSpeeches() throws Exception {
        Map<String, Integer> before = people();
        var studio = jdbc.sql("""
                select u.id, u.name, u.version from org_unit u join user_account a on a.committee_id = u.committee_id and a.username = 'admin'
                 where u.kind = 'STUDIO' and u.active and u.studio_level is null order by u.id limit 1""").query().singleRow();
        mvc.perform(put("/api/v1/org-units/studios/" + studio.get("id")).header("Authorization", "Bearer " + api.token("admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":%s,\"data\":{\"name\":\"%s\",\"level\":\"CITY_MODEL\",\"active\":true}}"
                        .formatted(studio.get("version"), studio.get("name")))).andExpect(status().isOk());
        long correspondent = jdbc.sql("select id from user_account where username = 'correspondent'").query(Long.class).single();
        jdbc.sql("delete from correspondent_appointment where user_account_id = ?").param(correspondent).update();
        long appointedBefore = people().get("SPECIAL_CORRESPONDENTS");
        mvc.perform(put("/api/v1/opinion-correspondents/" + correspondent + "/appointment")
                .header("Authorization", "Bearer " + api.token("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsOn\":\"" + year + "-01-01\"}")).andExpect(status().isOk());
        long nonParty = jdbc.sql("""
                select u.id from org_unit u join user_account a on a.committee_id = u.committee_id and a.username = 'staff'
                 where u.kind = 'NON_PARTY' order by u.id limit 1""").query(Long.class).single();
        api.post("staff", "/api/v1/opinions", """
                {"requestKey":"%s","title":"无党派人士建言","body":"情况与建议","category":"SOCIETY","sourceUnitId":%d}"""
                .formatted(UUID.randomUUID(), nonParty)).andExpect(status().isCreated());
        var steps = new SystemSteps(api, jdbc, "");
        steps.heldActivity();
        long activity = jdbc.sql("select max(id) from activity where committee_id = ?").param(steps.committee()).query(Long.class).single();
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        api.post("staff", "/api/v1/activities/" + activity + "/outputs",
                "{\"kind\":\"SPEECH_WRITTEN\",\"title\":\"书面发言\",\"text\":\"发言稿\",\"authorIds\":[" + member + "]}")
                .andExpect(status().isCreated());

        cn.tongxin.support.Listeners.settled(jdbc, "rollup"); // the breakdown summaries follow by listener
        Map<String, Integer> after = people();
        assertThat(after.get("STUDIO_LEVEL:CITY_MODEL")).isEqualTo(before.get("STUDIO_LEVEL:CITY_MODEL") + 1);
        assertThat(after.get("STUDIO_LEVEL:NONE")).isEqualTo(before.get("STUDIO_LEVEL:NONE") - 1);
        assertThat((long) after.get("SPECIAL_CORRESPONDENTS")).isEqualTo(appointedBefore + 1);
        assertThat(after.get("OPINION_SOURCE:NON_PARTY")).isEqualTo(before.get("OPINION_SOURCE:NON_PARTY") + 1);
        assertThat(sum(after, "SPEECHES_PARTY:")).isEqualTo(sum(before, "SPEECHES_PARTY:") + 1);
        assertThat(sum(after, "SPEECHES_SECTOR:")).isEqualTo(sum(before, "SPEECHES_SECTOR:") + 1);
        for (String code : after.keySet()) {
            var records = api.get("staff", "/api/v1/reports/annual/records?year=" + year + "&size=200&figure=" + code)
                    .andExpect(status().isOk());
            assertThat(((Number) api.read(records, "$.total")).intValue()).as(code).isEqualTo(after.get(code));
        }
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/annual")
                        .param("year", Integer.toString(year)).session(cn.tongxin.support.Logins.login(mvc, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"people\"", "市级示范性", "特聘信息员", "无党派人士", "会议发言（按界别）");
    }

    private Map<String, Integer> system() throws Exception {
        return values(api, api.get("staff", "/api/v1/reports/annual?year=" + year + "&scope=system").andExpect(status().isOk()), "$.figures");
    }

    private Map<String, Integer> people() throws Exception {
        return values(api, api.get("staff", "/api/v1/reports/annual?year=" + year).andExpect(status().isOk()), "$.people");
    }

    private static int sum(Map<String, Integer> values, String prefix) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
    }
}

package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.rollup.SystemSteps;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 会议发言人次: each speaker of each speech counts once, under the speaker's party/group and sector. */
@IntegrationTest
class SpeechCountsTests {

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
    void eachSpeakerOfASpeechCountsOnceUnderTheirPartyAndSector() throws Exception {
        var steps = new SystemSteps(api, jdbc, "");
        steps.heldActivity();
        long activity = jdbc.sql("select max(id) from activity where committee_id = ?").param(steps.committee()).query(Long.class).single();
        long member = memberId("member");
        long member2 = memberId("member2");
        Map<String, Object> before = statistics();
        api.post("staff", "/api/v1/activities/" + activity + "/outputs",
                "{\"kind\":\"SPEECH_ORAL\",\"title\":\"大会发言\",\"text\":\"发言稿\",\"authorIds\":[" + member + "," + member2 + "]}")
                .andExpect(status().isCreated());
        api.post("staff", "/api/v1/activities/" + activity + "/outputs",
                "{\"kind\":\"RESEARCH_REPORT\",\"title\":\"不是发言\",\"text\":\"报告\",\"authorIds\":[" + member + "]}")
                .andExpect(status().isCreated());
        Map<String, Object> after = statistics();

        Map<String, Long> expectedParty = new java.util.HashMap<>();
        Map<String, Long> expectedSector = new java.util.HashMap<>();
        for (long m : new long[]{member, member2}) {
            expectedParty.merge(name(m, "affiliation_id"), 1L, Long::sum);
            expectedSector.merge(name(m, "sector_id"), 1L, Long::sum);
        }
        expectedParty.forEach((name, n) -> assertThat(count(after, "speechesByParty", name) - count(before, "speechesByParty", name))
                .as(name).isEqualTo(n));
        expectedSector.forEach((name, n) -> assertThat(count(after, "speechesBySector", name) - count(before, "speechesBySector", name))
                .as(name).isEqualTo(n));
        assertThat(total(after, "speechesByParty") - total(before, "speechesByParty")).isEqualTo(2);
        assertThat(total(after, "speechesBySector") - total(before, "speechesBySector")).isEqualTo(2);
    }

    private Map<String, Object> statistics() throws Exception {
        return api.read(api.get("staff", "/api/v1/activities/statistics?year=" + year).andExpect(status().isOk()), "$");
    }

    @SuppressWarnings("unchecked")
    private static long count(Map<String, Object> report, String field, String name) {
        return ((Number) ((Map<String, Object>) report.get(field)).getOrDefault(name, 0)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long total(Map<String, Object> report, String field) {
        return ((Map<String, Object>) report.get(field)).values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    private long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private String name(long member, String column) {
        return jdbc.sql("select coalesce(u.name, '" + SpeechHeadlines.NONE + "') from member m left join org_unit u on u.id = m." + column
                + " where m.id = ?").param(member).query(String.class).single();
    }
}

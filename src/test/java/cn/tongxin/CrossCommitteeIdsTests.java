package cn.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * Ids inside request bodies of create and update commands, module by module: an id of another committee (here the city
 * staff sending the county 东城区's) is refused — 422 naming what it is, or 404 — and nothing is written.
 */
@IntegrationTest
class CrossCommitteeIdsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long memberOf(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    private long unitOf(String user) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    private long eastUnit(String kind) {
        return jdbc.sql("""
                select u.id from org_unit u join committee c on c.id = u.committee_id where c.name = '示例市东城区政协' and u.kind = ?
                 order by u.id limit 1""").param(kind).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void refused(ResultActions result) throws Exception {
        int status = result.andReturn().getResponse().getStatus();
        assertThat(status).as(result.andReturn().getResponse().getContentAsString()).isIn(404, 422);
    }

    private long created(ResultActions r, String path) throws Exception {
        return ((Number) api.read(r.andExpect(status().isCreated()), path)).longValue();
    }

    @Test
    void activityOutputsAndThePlanTakeOnlyTheirCommitteesMembersAndSpecialCommittees() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(5);
        long activity = created(api.post("staff", "/api/v1/activities", """
                {"title":"成果作者","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室"}""".formatted(start, start.plusHours(2))), "$.id");
        long outputs = count("activity_output");
        refused(api.post("staff", "/api/v1/activities/" + activity + "/outputs",
                "{\"kind\":\"RESEARCH_REPORT\",\"title\":\"调研报告\",\"authorIds\":[" + memberOf("dc_member") + "]}"));
        assertThat(count("activity_output")).isEqualTo(outputs);
        long items = count("consultation_plan_item");
        refused(api.post("staff", "/api/v1/consultation-plan",
                "{\"topic\":\"协商议题\",\"type\":\"THEMATIC_CONSULTATION\",\"month\":5,\"leadSpecialCommitteeId\":" + eastUnit("SPECIAL_COMMITTEE") + "}"));
        assertThat(count("consultation_plan_item")).isEqualTo(items);
    }

    @Test
    void proposalsTakeOnlyTheirCommitteesMembersUnitsAndProposals() throws Exception {
        long before = count("proposal");
        refused(api.post("staff", "/api/v1/proposals", """
                {"requestKey":"%s","title":"代录","body":"正文，建议如下","category":"ECONOMY","leadMemberId":%d}"""
                .formatted(UUID.randomUUID(), memberOf("dc_member"))));
        assertThat(count("proposal")).isEqualTo(before);
        long own = created(api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"联名邀请","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID())),
                "$.proposal.id");
        refused(api.post("member", "/api/v1/proposals/" + own + "/invitations", "{\"memberIds\":[" + memberOf("dc_member") + "]}"));
        assertThat(jdbc.sql("select count(*) from proposal_cosigner where proposal_id = ?").param(own).query(Long.class).single()).isZero();
        long east = created(api.post("dc_member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"区里的提案","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID())),
                "$.proposal.id");
        api.post("dc_member", "/api/v1/proposals/" + east + "/submit", null).andExpect(status().isOk());
        refused(api.post("staff", "/api/v1/proposals/" + own + "/merge", "{\"targetId\":" + east + ",\"note\":\"并案\"}"));
    }

    @Test
    void suggestionsAndOpinionReportsTakeOnlyTheirCommitteesMembersAndUnits() throws Exception {
        long suggestions = count("micro_suggestion");
        refused(api.post("staff", "/api/v1/suggestions", """
                {"requestKey":"%s","title":"代录微建议","body":"内容","memberId":%d}""".formatted(UUID.randomUUID(), memberOf("dc_member"))));
        assertThat(count("micro_suggestion")).isEqualTo(suggestions);
        long suggestion = created(api.post("member", "/api/v1/suggestions", """
                {"requestKey":"%s","title":"受理单位","body":"内容"}""".formatted(UUID.randomUUID())), "$.suggestion.id");
        refused(api.post("staff", "/api/v1/suggestions/" + suggestion + "/accept", "{\"unitId\":" + unitOf("dc_unit") + "}"));
        long reports = count("opinion_report");
        refused(api.post("staff", "/api/v1/opinions", """
                {"requestKey":"%s","title":"代报","body":"内容","category":"SOCIETY","memberId":%d}""".formatted(UUID.randomUUID(), memberOf("dc_member"))));
        refused(api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"联名","body":"内容","category":"SOCIETY","coAuthorIds":[%d]}""".formatted(UUID.randomUUID(), memberOf("dc_member"))));
        refused(api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"党派","body":"内容","category":"SOCIETY","sourceUnitId":%d}""".formatted(UUID.randomUUID(), eastUnit("PARTY"))));
        assertThat(count("opinion_report")).isEqualTo(reports);
        long eastReport = jdbc.sql("""
                select r.id from opinion_report r join committee c on c.id = r.committee_id where c.name = '示例市东城区政协' order by r.id limit 1""")
                .query(Long.class).optional().orElse(987654321L);
        refused(api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + eastReport + "],\"title\":\"编辑稿\",\"text\":\"正文\"}"));
    }

    @Test
    void membersAccountsAndPerformanceTakeOnlyTheirCommitteesRecords() throws Exception {
        long members = count("member");
        api.post("staff", "/api/v1/members", """
                {"name":"跨会界别","gender":"MALE","mobile":"13912340001","sectorId":%d}""".formatted(eastUnit("SECTOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[?(@.field == 'sectorId')]").exists());
        api.post("staff", "/api/v1/members", """
                {"name":"跨会工作室","gender":"MALE","mobile":"13912340002","studioId":%d}""".formatted(eastUnit("STUDIO")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[?(@.field == 'studioId')]").exists());
        assertThat(count("member")).isEqualTo(members);
        long accounts = count("user_account");
        refused(api.post("admin", "/api/v1/accounts", """
                {"username":"cross_member","displayName":"跨会","initialPassword":"Cross@2026x","roles":["MEMBER"],"memberId":%d}"""
                .formatted(memberOf("dc_member"))));
        refused(api.post("admin", "/api/v1/accounts", """
                {"username":"cross_unit","displayName":"跨会","initialPassword":"Cross@2026x","roles":["UNIT"],"unitId":%d}"""
                .formatted(unitOf("dc_unit"))));
        assertThat(count("user_account")).isEqualTo(accounts);
        long entries = count("performance_entry");
        refused(api.post("staff", "/api/v1/performance/entries", """
                {"requestKey":"%s","memberId":%d,"happenedOn":"%s","kind":"TRAINING","title":"培训"}"""
                .formatted(UUID.randomUUID(), memberOf("dc_member"), LocalDate.now().minusDays(1))));
        assertThat(count("performance_entry")).isEqualTo(entries);
        refused(api.post("staff", "/api/v1/resident-members", "{\"memberId\":" + memberOf("dc_member") + ",\"committeeId\":"
                + jdbc.sql("select id from committee where name = '示例市西山县政协'").query(Long.class).single() + "}"));
    }
}

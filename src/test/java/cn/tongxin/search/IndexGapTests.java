package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * Changes that once published no event the index heard: each now reaches the index (the right people find the new
 * text or status at once), and what the events kept is what a rebuild writes.
 */
@IntegrationTest
class IndexGapTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long memberId(String user) {
        return id("select member_id from user_account where username = ?", user);
    }

    long unitId(String user) {
        return id("select unit_id from user_account where username = ?", user);
    }

    List<Integer> found(String user, String q) throws Exception {
        Listeners.settled(jdbc, "search");
        return api.read(api.get(user, "/api/v1/search?q=" + q).andExpect(status().isOk()),
                "$.items[*].id");
    }

    String statusOf(String user, String q, long id) throws Exception {
        Listeners.settled(jdbc, "search");
        List<String> s = api.read(api.get(user, "/api/v1/search?q=" + q)
                .andExpect(status().isOk()), "$.items[?(@.id == " + id + ")].status");
        return s.isEmpty() ? null : s.getFirst();
    }

    long proposal(String title) throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"情况与建议。","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(created, "$.proposal.id")).longValue();
    }

    /** Filed and assigned to "unit", which acknowledged; returns {proposal, case, assignment}. */
    long[] assigned(String title) throws Exception {
        long id = proposal(title);
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unitId("unit") + "]}")
                .andExpect(status().isOk());
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = id("select id from handling_assignment where case_id = ?", caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        return new long[] {id, caseId, assignment};
    }

    @Test
    void anInvitedCoSignerFindsTheDraftAtOnce() throws Exception {
        long id = proposal("关于保护古井泉眼的建议");
        assertThat(found("member2", "古井泉眼")).doesNotContain((int) id);
        api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + memberId("member2") + "]}")
                .andExpect(status().isOk());
        assertThat(found("member2", "古井泉眼")).contains((int) id);
    }

    @Test
    void closingSignUpShowsInTheActivitysStatus() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(3);
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"萤石矿山复绿专题协商","type":"THEMATIC_CONSULTATION","organiserKind":"OFFICE","organiserName":"研究室",
                 "startsAt":"%s","endsAt":"%s","place":"会议室","memberIds":[%d]}""".formatted(start, start.plusHours(2), memberId("member")))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.id")).longValue();
        assertThat(statusOf("staff", "萤石矿山", id)).isEqualTo("报名中");
        api.post("staff", "/api/v1/activities/" + id + "/signup-open", "{\"open\":false}").andExpect(status().isOk());
        assertThat(statusOf("staff", "萤石矿山", id)).isEqualTo("报名截止");
        api.post("staff", "/api/v1/activities/" + id + "/signup-open", "{\"open\":true}").andExpect(status().isOk());
        assertThat(statusOf("member", "萤石矿山", id)).isEqualTo("报名中");
    }

    @Test
    void aReEditedItemsNewTextIsFoundWithItsReport() throws Exception {
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"关于老旧小区加装电梯的情况反映","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long report = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + report + "],\"title\":\"加装电梯\",\"text\":\"编辑稿初稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        assertThat(found("staff", "楼道扶手")).doesNotContain((int) report);
        int version = jdbc.sql("select version from opinion_item where id = ?").param(itemId).query(Integer.class).single();
        api.post("staff", "/api/v1/opinion-items/" + itemId + "/revise",
                "{\"title\":\"加装电梯\",\"body\":\"建议同步改造楼道扶手与照明。\",\"version\":" + version + "}").andExpect(status().isOk());
        assertThat(found("staff", "楼道扶手")).contains((int) report);
        assertThat(found("member", "楼道扶手")).as("the author finds it too").contains((int) report);
    }

    @Test
    void aReturnedReplyLeavesTheIndex() throws Exception {
        long[] p = assigned("关于整治河道垃圾的建议");
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reply", """
                {"text":"已布设拦污浮排十二处。","category":"A","signer":"王局长","contactPerson":"李科长","contactPhone":"0551-62345678"}""")
                .andExpect(status().isOk());
        assertThat(found("staff", "拦污浮排")).contains((int) p[0]);
        long reply = id("select id from handling_reply where case_id = ?", p[1]);
        api.post("staff", "/api/v1/handling/replies/" + reply + "/return", "{\"reason\":\"答复未针对建议\"}").andExpect(status().isOk());
        assertThat(found("staff", "拦污浮排")).doesNotContain((int) p[0]);
    }

    @Test
    void anApprovedReassignmentMovesTheProposalToTheNewUnit() throws Exception {
        long[] p = assigned("关于修缮乡村石拱桥的建议");
        assertThat(found("unit", "石拱桥")).contains((int) p[0]);
        assertThat(found("unit2", "石拱桥")).doesNotContain((int) p[0]);
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reassignment", "{\"reason\":\"不属于本单位职责\"}").andExpect(status().isOk());
        long request = id("select id from handling_request where assignment_id = ?", p[2]);
        api.post("staff", "/api/v1/handling/requests/" + request + "/decision",
                "{\"kind\":\"REASSIGNMENT\",\"approve\":true,\"replacementUnitId\":" + unitId("unit2") + "}").andExpect(status().isOk());
        assertThat(found("unit2", "石拱桥")).contains((int) p[0]);
        assertThat(found("unit", "石拱桥")).doesNotContain((int) p[0]);
    }
}

package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.handling.HandlingReminders;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Permission boundaries, deadlines, reassignment and extension rules, gap-free numbering, reminders. */
@IntegrationTest
class ProposalBoundaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandlingReminders reminders;
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

    long submitted(String user, String title) throws Exception {
        var created = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    /** Filed and assigned to the demo "unit" alone. */
    long[] assigned(String title) throws Exception {
        long id = submitted("member", title);
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unitId("unit") + "]}")
                .andExpect(status().isOk());
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        return new long[]{id, caseId, id("select id from handling_assignment where case_id = ?", caseId)};
    }

    @Test
    void anEmptyUnitInTheAssignmentIsRefusedWithAMessage() throws Exception {
        long id = submitted("member", "空单位交办");
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[null]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("所选承办单位不存在或已停用"));
        assertThat(jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single()).isEqualTo("FILED");
    }

    @Test
    void aUnitCannotOpenAProposalNotAssignedToIt() throws Exception {
        long[] p = assigned("只交给发改委的提案");
        api.get("unit", "/api/v1/proposals/" + p[0]).andExpect(status().isOk());
        api.get("unit2", "/api/v1/proposals/" + p[0]).andExpect(status().isNotFound());
        api.post("unit2", "/api/v1/handling/assignments/" + p[2] + "/acknowledge", null).andExpect(status().isNotFound());
        var list = api.get("unit2", "/api/v1/proposals?size=200");
        List<Integer> ids = api.read(list, "$.items[*].id");
        assertThat(ids).doesNotContain((int) p[0]);
        // nor before it is assigned
        long notYet = submitted("member", "尚未交办的提案");
        api.get("unit", "/api/v1/proposals/" + notYet).andExpect(status().isNotFound());
    }

    @Test
    void aMemberOfAnotherCommitteeSeesNothingOfIt() throws Exception {
        long[] p = assigned("本市提案");
        api.get("dc_member", "/api/v1/proposals/" + p[0]).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/proposals/" + p[0]).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/proposals/" + p[0] + "/close", null).andExpect(status().isNotFound());
        api.post("dc_member", "/api/v1/handling/cases/" + p[1] + "/ratings", "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void aCosignerWhoDeclinedCannotRate() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"谢绝联名测试","body":"正文","category":"ECONOMY"}""".formatted(UUID.randomUUID()));
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + memberId("member2") + "]}");
        api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":false}").andExpect(status().isOk());
        api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":true}").andExpect(status().isConflict());
        // a joint proposal needs a confirmed co-signer; as an individual one it goes on
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isConflict());
        int version = jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/proposals/" + id)
                .header("Authorization", "Bearer " + api.token("member")).contentType("application/json")
                .content("{\"version\":" + version + ",\"data\":{\"kind\":\"INDIVIDUAL\",\"title\":\"谢绝联名测试\",\"body\":\"正文\",\"category\":\"ECONOMY\"}}"))
                .andExpect(status().isOk());
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unitId("unit") + "]}");
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = id("select id from handling_assignment where case_id = ?", caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", ProposalFlowTests.reply("A")).andExpect(status().isOk());
        api.post("member2", "/api/v1/handling/cases/" + caseId + "/ratings", "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("只有提案人（含确认联名的委员）可以评价"));
        // staff may enter the lead's paper rating, recorded as such
        api.post("staff", "/api/v1/handling/cases/" + caseId + "/paper-ratings",
                "{\"memberId\":" + memberId("member") + ",\"rating\":{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select on_paper from handling_rating where case_id = ?").param(caseId).query(Boolean.class).single()).isTrue();
        api.post("staff", "/api/v1/proposals/" + id + "/close", null).andExpect(status().isOk());
    }

    @Test
    void reassignmentIsAskedWithinTheWindowAndDecidedByStaff() throws Exception {
        long[] p = assigned("申请调整测试");
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reassignment", "{\"reason\":\"\"}")
                .andExpect(status().isUnprocessableContent());
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reassignment", "{\"reason\":\"不属于本单位职责\"}").andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reassignment", "{\"reason\":\"再次申请\"}").andExpect(status().isConflict());
        long request = id("select id from handling_request where assignment_id = ?", p[2]);
        // a unit cannot decide, nor pass the item on itself
        api.post("unit", "/api/v1/handling/requests/" + request + "/decision", "{\"kind\":\"REASSIGNMENT\",\"approve\":true,\"replacementUnitId\":" + unitId("unit2") + "}")
                .andExpect(status().isForbidden());
        // the new unit must be one of this committee's: a county's unit id in the body is refused and changes nothing
        api.post("staff", "/api/v1/handling/requests/" + request + "/decision", "{\"kind\":\"REASSIGNMENT\",\"approve\":true,\"replacementUnitId\":" + unitId("dc_unit") + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("所选承办单位不存在或已停用"));
        assertThat(jdbc.sql("select status from handling_request where id = ?").param(request).query(String.class).single()).isEqualTo("PENDING");
        api.post("staff", "/api/v1/handling/requests/" + request + "/decision", "{\"kind\":\"REASSIGNMENT\",\"approve\":true,\"replacementUnitId\":" + unitId("unit2") + "}")
                .andExpect(status().isOk());
        api.get("unit", "/api/v1/proposals/" + p[0]).andExpect(status().isNotFound());
        api.get("unit2", "/api/v1/proposals/" + p[0]).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/acknowledge", null).andExpect(status().isConflict());

        long[] late = assigned("超过调整期限");
        jdbc.sql("update handling_case set objection_until = current_date - 1 where id = ?").param(late[1]).update();
        api.post("unit", "/api/v1/handling/assignments/" + late[2] + "/reassignment", "{\"reason\":\"太晚\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("已超过申请调整期限")));
    }

    @Test
    void extensionsAreCappedAndDecidedByStaff() throws Exception {
        long[] p = assigned("延期测试");
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/acknowledge", null);
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/extension",
                "{\"newDue\":\"" + LocalDate.now().plusMonths(7) + "\",\"reason\":\"需调研\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("延期后的期限不能晚于办理总期限上限")));
        LocalDate newDue = LocalDate.now().plusMonths(5);
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/extension", "{\"newDue\":\"" + newDue + "\",\"reason\":\"需调研\"}")
                .andExpect(status().isOk());
        long request = id("select id from handling_request where assignment_id = ? and kind = 'EXTENSION'", p[2]);
        api.post("staff", "/api/v1/handling/requests/" + request + "/decision", "{\"kind\":\"EXTENSION\",\"approve\":true}").andExpect(status().isOk());
        api.post("staff", "/api/v1/handling/requests/" + request + "/decision", "{\"kind\":\"EXTENSION\",\"approve\":true}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select due_date from handling_assignment where id = ?").param(p[2]).query(LocalDate.class).single()).isEqualTo(newDue);
        // after the deadline has passed, no more extensions
        jdbc.sql("update handling_assignment set due_date = current_date - 1 where id = ?").param(p[2]).update();
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/extension", "{\"newDue\":\"" + newDue.plusDays(1) + "\",\"reason\":\"再延\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void staffReturnAReplyThatDoesNotAnswer() throws Exception {
        long[] p = assigned("退回答复测试");
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/acknowledge", null);
        var r = api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reply", ProposalFlowTests.reply("D"));
        long reply = ((Number) api.read(r, "$.replyId")).longValue();
        api.post("staff", "/api/v1/handling/replies/" + reply + "/return", "{\"reason\":\"未逐条答复\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select status from handling_case where id = ?").param(p[1]).query(String.class).single()).isEqualTo("HANDLING");
        api.post("member", "/api/v1/handling/cases/" + p[1] + "/ratings", "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}")
                .andExpect(status().isConflict());
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reply", ProposalFlowTests.reply("B")).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from handling_case where id = ?").param(p[1]).query(String.class).single()).isEqualTo("REPLIED");
    }

    @Test
    void ratingsAfterTheWindowAreRefusedAndTheProposalCanThenBeClosed() throws Exception {
        long[] p = assigned("评价期限测试");
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/acknowledge", null);
        api.post("unit", "/api/v1/handling/assignments/" + p[2] + "/reply", ProposalFlowTests.reply("C"));
        jdbc.sql("update handling_case set rating_due = current_date - 1 where id = ?").param(p[1]).update();
        api.post("member", "/api/v1/handling/cases/" + p[1] + "/ratings", "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("评价期限已过")));
        api.post("staff", "/api/v1/proposals/" + p[0] + "/close", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + p[0] + "/reopen", "{\"note\":\"委员补充意见\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select status from proposal where id = ?").param(p[0]).query(String.class).single()).isEqualTo("HANDLING");
    }

    @Test
    void concurrentFilingGivesGapFreeUniqueNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(submitted(i % 2 == 0 ? "member" : "member2", "并发立案 " + i));
        }
        String token = api.token("staff");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = ids.stream().<Callable<Integer>>map(id -> () -> mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/proposals/" + id + "/file")
                            .header("Authorization", "Bearer " + token).contentType("application/json").content("{}"))
                    .andReturn().getResponse().getStatus()).toList();
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        var numbers = jdbc.sql("select number from proposal where id in (:ids) order by number").param("ids", ids).query(Integer.class).list();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(16);
        var all = jdbc.sql("""
                select number from proposal where committee_id = (select committee_id from proposal where id = :id)
                   and session_id = (select session_id from proposal where id = :id)
                   and session_proposal = (select session_proposal from proposal where id = :id) and number is not null order by number""")
                .param("id", ids.getFirst()).query(Integer.class).list();
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void theDailyJobRemindsOncePerObligationAndDay() throws Exception {
        long[] p = assigned("提醒测试");
        jdbc.sql("update handling_assignment set due_date = current_date + 2 where id = ?").param(p[2]).update();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        reminders.run(today);
        int again = reminders.run(today);
        assertThat(again).isZero();
        long unitReminders = id("""
                select count(*) from notification where recipient_kind = 'UNIT' and recipient_id = ? and obligation_key like ?""",
                unitId("unit"), "handling:%:" + p[2] + "%");
        assertThat(unitReminders).isEqualTo(2); // acknowledge, and the reply due in two days
        assertThat(reminders.run(today.plusDays(1))).isPositive();
        var inbox = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifications")
                .session(cn.tongxin.support.Logins.login(mvc, "unit"))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("提醒测试");
    }
}

package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** A joint proposal through the whole regulated flow by the API, each step by the right role, and what is refused. */
@IntegrationTest
class ProposalFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long unitId(String username) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long draft(String user, String title) throws Exception {
        var result = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(result, "$.proposal.id")).longValue();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aJointProposalGoesThroughTheWholeFlow() throws Exception {
        long id = draft("member", "关于加强社区养老服务的建议");
        api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + memberId("member2") + "]}")
                .andExpect(status().isOk());
        api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        var filed = api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        assertThat((String) api.read(filed, "$.number")).matches(".*第\\d{4}号");

        var assigned = api.post("staff", "/api/v1/proposals/" + id + "/assign", """
                {"mode":"LEAD_WITH_CO","responsibleUnits":[%d],"coUnits":[%d]}""".formatted(unitId("unit"), unitId("unit2")))
                .andExpect(status().isOk());
        long caseId = ((Number) api.read(assigned, "$.caseId")).longValue();
        assertThat(statusOf(id)).isEqualTo("HANDLING");
        long lead = assignment(caseId, "LEAD");
        long co = assignment(caseId, "CO");

        // the lead cannot reply before acknowledging
        api.post("unit", "/api/v1/handling/assignments/" + lead + "/reply", reply("B"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请先签收"));
        api.post("unit2", "/api/v1/handling/assignments/" + co + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit2", "/api/v1/handling/assignments/" + co + "/opinion", "{\"text\":\"建议统筹教育资源\"}").andExpect(status().isOk());
        // a co-handling unit never replies in the lead's place
        api.post("unit2", "/api/v1/handling/assignments/" + co + "/reply", reply("A")).andExpect(status().isConflict());
        api.post("unit", "/api/v1/handling/assignments/" + lead + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + lead + "/contacts",
                "{\"method\":\"PHONE\",\"contactedOn\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"note\":\"电话沟通\"}")
                .andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + lead + "/reply", reply("B")).andExpect(status().isOk());
        assertThat(caseStatus(caseId)).isEqualTo("REPLIED");

        // units never rate; a co-signer who is not a rater cannot either
        api.post("unit", "/api/v1/handling/cases/" + caseId + "/ratings", rating("SATISFIED", "SATISFIED"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("承办单位账户不能评价办理结果"));
        // closing before everyone rated and within the window is refused
        api.post("staff", "/api/v1/proposals/" + id + "/close", null).andExpect(status().isConflict());

        api.post("member", "/api/v1/handling/cases/" + caseId + "/ratings", rating("BASICALLY_SATISFIED", "DISSATISFIED"))
                .andExpect(status().isOk());
        api.post("member", "/api/v1/handling/cases/" + caseId + "/ratings", rating("SATISFIED", "SATISFIED"))
                .andExpect(status().isConflict());
        api.post("staff", "/api/v1/handling/cases/" + caseId + "/rehandling", "{\"reason\":\"提案人不满意\"}").andExpect(status().isOk());
        assertThat(caseStatus(caseId)).isEqualTo("HANDLING");

        api.post("unit", "/api/v1/handling/assignments/" + lead + "/reply", reply("A")).andExpect(status().isOk());
        api.post("member", "/api/v1/handling/cases/" + caseId + "/ratings", rating("SATISFIED", "SATISFIED")).andExpect(status().isOk());
        api.post("member2", "/api/v1/handling/cases/" + caseId + "/ratings", rating("SATISFIED", "BASICALLY_SATISFIED")).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/close", null).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("CLOSED");

        var page = api.get("member2", "/api/v1/proposals/" + id).andExpect(status().isOk());
        assertThat((Integer) api.read(page, "$.handling.round")).isEqualTo(2);
        assertThat((java.util.List<?>) api.read(page, "$.handling.replies")).hasSize(2);
        assertThat((java.util.List<?>) api.read(page, "$.handling.ratings")).hasSize(3);
        java.util.List<String> steps = api.read(page, "$.timeline[*].action");
        assertThat(steps).containsSubsequence("起草", "邀请联名", "确认联名", "提交", "立案", "交办", "签收", "提交会办意见",
                "签收", "沟通", "答复", "办复", "评价", "重新办理", "答复", "办复", "评价", "评价", "办结");
    }

    @Test
    void stepsNotAllowedInTheCurrentStateAreRefusedAndChangeNothing() throws Exception {
        long id = draft("member", "状态校验测试提案");
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该提案当前状态为“草稿”，不能立案"));
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isConflict());
        api.post("member", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unitId("unit") + "]}")
                .andExpect(status().isConflict());
        api.post("staff", "/api/v1/proposals/" + id + "/reject", "{\"reason\":\"NOPE\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择不予立案的理由"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        api.post("staff", "/api/v1/proposals/" + id + "/reject", "{\"reason\":\"VAGUE\",\"conversion\":\"OPINION_REPORT\"}")
                .andExpect(status().isOk());
        var page = api.get("member", "/api/v1/proposals/" + id);
        assertThat((String) api.read(page, "$.proposal.notFiledReasonLabel")).isEqualTo("内容空泛、没有具体建议");
        assertThat((String) api.read(page, "$.proposal.conversion")).isEqualTo("OPINION_REPORT");
        api.post("member", "/api/v1/proposals/" + id + "/withdraw", null).andExpect(status().isConflict());
    }

    @Test
    void aReturnedProposalIsRevisedAndComesBackToReview() throws Exception {
        long id = draft("member", "退回修改测试提案");
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/return", "{\"note\":\"请补充具体建议\"}").andExpect(status().isOk());
        int version = jdbc.sql("select version from proposal where id = ?").param(id).query(Integer.class).single();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(version).isPositive();
    }

    @Test
    void theSameFormSentTwiceCreatesOneProposal() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"重复提交测试\",\"body\":\"正文\",\"category\":\"ECONOMY\"}";
        var first = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/proposals")
                .header("Authorization", "Bearer " + api.token("member")).header("Idempotency-Key", key)
                .contentType("application/json").content(body)).andExpect(status().isCreated());
        var second = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/proposals")
                .header("Authorization", "Bearer " + api.token("member")).header("Idempotency-Key", key)
                .contentType("application/json").content(body)).andExpect(status().isCreated());
        assertThat((Object) api.read(first, "$.proposal.id")).isEqualTo(api.read(second, "$.proposal.id"));
        assertThat(jdbc.sql("select count(*) from proposal where title = '重复提交测试'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProposalOverTheLengthLimitIsRefused() throws Exception {
        api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"超长提案","body":"%s","category":"ECONOMY"}""".formatted(UUID.randomUUID(), "字".repeat(3001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("正文共3001字，超过3000字的上限"));
    }

    long assignment(long caseId, String role) {
        return jdbc.sql("select id from handling_assignment where case_id = ? and role = ? and status <> 'WITHDRAWN'")
                .params(caseId, role).query(Long.class).single();
    }

    String caseStatus(long caseId) {
        return jdbc.sql("select status from handling_case where id = ?").param(caseId).query(String.class).single();
    }

    static String reply(String category) {
        return """
                {"text":"一、关于……已落实。二、关于……正在推进。","category":"%s","signer":"王局长","contactPerson":"李科长","contactPhone":"0551-62345678"}"""
                .formatted(category);
    }

    static String rating(String attitude, String result) {
        return "{\"attitude\":\"" + attitude + "\",\"result\":\"" + result + "\",\"comment\":\"意见\"}";
    }
}

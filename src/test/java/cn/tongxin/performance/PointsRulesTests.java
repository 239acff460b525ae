package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule sets as data: a draft copied from a default, edited, published; publishing recomputes the year and keeps the
 * previous results; published sets cannot change; only the committee's staff edit, leaders read, other committees see
 * nothing.
 */
@IntegrationTest
class PointsRulesTests {

    static final int YEAR = 2033;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recorder recorder;
    @Autowired
    Scores scores;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RunAs runAs;
    @Autowired
    JsonMapper json;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long committeeOf(String user) {
        return jdbc.sql("select committee_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    @Test
    void publishingADraftRecomputesTheYearAndKeepsThePreviousResult() throws Exception {
        long member = memberId("member2");
        long committee = committeeOf("staff");
        var ref = SubjectRef.of(SubjectType.PROPOSAL, 9_900_001L);
        tx.executeWithoutResult(t -> scores.refresh(committee, recorder.put(List.of(
                new Fact(committee, member, LocalDate.of(YEAR, 3, 1), FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL, 0, ref, "测试提案", null),
                new Fact(committee, member, LocalDate.of(YEAR, 3, 9), FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL, 0, ref, "测试提案", null)))));
        // the year's first use publishes the base-and-deduct default: 10 + 15 = 25
        api.get("staff", "/api/v1/performance/rules/in-force?year=" + YEAR).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules.name").value("基础分加扣分制（满分100分）"));
        assertThat(total(committee, member)).isEqualByComparingTo("25");

        var created = api.post("staff", "/api/v1/performance/rules", "{\"year\":%d,\"defaultCode\":\"ACCUMULATE\"}".formatted(YEAR))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.id")).longValue();
        var draft = api.get("staff", "/api/v1/performance/rules/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        int version = api.read(draft, "$.version");
        RuleSet edited = DefaultRuleSets.accumulate();
        var items = new java.util.ArrayList<>(edited.items());
        items.set(0, new RuleSet.Item("PROPOSAL_FILED", "提案立案", "PROPOSALS", FactKind.PROPOSAL_FILED, java.util.Set.of(),
                java.util.Map.of(MemberRole.INDIVIDUAL, new java.math.BigDecimal("20")), RuleSet.Share.NONE, null));
        edited = new RuleSet("累计积分制（本委修订）", edited.base(), edited.floor(), edited.ceiling(), edited.categories(), items,
                edited.minimums(), edited.grades(), edited.flaggedGrades());
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"version\":%d,\"rules\":%s}".formatted(version, json.writeValueAsString(edited)))
                .andExpect(status().isOk());
        // a second editor with the old version is told, and nothing changes
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"version\":%d,\"rules\":%s}".formatted(version,
                json.writeValueAsString(DefaultRuleSets.accumulate()))).andExpect(status().isConflict());

        var published = api.post("staff", "/api/v1/performance/rules/" + id + "/publish", "{\"version\":%d}".formatted(version + 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members").isNumber());
        assertThat((Integer) api.read(published, "$.members")).isGreaterThanOrEqualTo(1);
        assertThat(total(committee, member)).isEqualByComparingTo("20");

        var changes = api.get("leader", "/api/v1/performance/rules/changes?year=" + YEAR).andExpect(status().isOk());
        assertThat((List<Object>) api.read(changes, "$[?(@.memberId == %d)].before".formatted(member))).containsExactly(25.0);
        assertThat((List<Object>) api.read(changes, "$[?(@.memberId == %d)].after".formatted(member))).containsExactly(20.0);

        // a published set is history: it cannot be edited again
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"version\":%d,\"rules\":%s}".formatted(version + 2,
                json.writeValueAsString(edited))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该规则已发布，不能再修改；请复制后另行发布"));
    }

    @Test
    void aBrokenRuleSetIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        var created = api.post("staff", "/api/v1/performance/rules", "{\"year\":%d,\"defaultCode\":\"BASE_AND_DEDUCT\"}".formatted(YEAR + 1));
        long id = ((Number) api.read(created, "$.id")).longValue();
        var r = DefaultRuleSets.baseAndDeduct();
        var noLowest = new RuleSet(r.name(), r.base(), r.floor(), r.ceiling(), r.categories(), r.items(), r.minimums(),
                List.of(new RuleSet.Grade("优秀", new java.math.BigDecimal("90")), new RuleSet.Grade("称职", new java.math.BigDecimal("60"))),
                java.util.Set.of());
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"version\":0,\"rules\":%s}".formatted(json.writeValueAsString(noLowest)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("须有且只有一个不设分数线的最低等次"));
        var wrongCategory = new RuleSet(r.name(), r.base(), r.floor(), r.ceiling(), r.categories(),
                List.of(new RuleSet.Item("X", "某项", "NOPE", FactKind.ATTENDED, null, null, null, null)), r.minimums(), r.grades(), null);
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"version\":0,\"rules\":%s}".formatted(json.writeValueAsString(wrongCategory)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("计分项「某项」的类别不存在：NOPE"));
        putJson("staff", "/api/v1/performance/rules/" + id, "{\"rules\":{}}").andExpect(status().isUnprocessableContent());
        api.get("staff", "/api/v1/performance/rules/" + id).andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.rules.name").value(r.name()));
        api.post("staff", "/api/v1/performance/rules", "{\"year\":1800}").andExpect(status().isBadRequest());
        api.post("staff", "/api/v1/performance/rules", "{\"year\":%d,\"defaultCode\":\"NOPE\"}".formatted(YEAR))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyTheCommitteesOfficeEditsAndOtherCommitteesSeeNothing() throws Exception {
        var created = api.post("staff", "/api/v1/performance/rules", "{\"year\":%d,\"defaultCode\":\"ACCUMULATE\"}".formatted(YEAR + 2))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.id")).longValue();
        api.get("leader", "/api/v1/performance/rules/" + id).andExpect(status().isOk());
        api.get("member", "/api/v1/performance/rules/" + id).andExpect(status().isForbidden());
        api.post("leader", "/api/v1/performance/rules/" + id + "/publish", "{\"version\":0}").andExpect(status().isForbidden());
        api.post("member", "/api/v1/performance/rules", "{\"year\":%d}".formatted(YEAR)).andExpect(status().isForbidden());
        api.get("dc_staff", "/api/v1/performance/rules/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/performance/rules/" + id + "/publish", "{\"version\":0}").andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/performance/rules", "{\"year\":%d,\"fromId\":%d}".formatted(YEAR, id)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from performance_rule_set where id = ?").param(id).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void theEditingPageKeepsWhatWasTypedWhenRefused() throws Exception {
        var created = api.post("staff", "/api/v1/performance/rules", "{\"year\":%d,\"defaultCode\":\"ACCUMULATE\"}".formatted(YEAR + 3));
        long id = ((Number) api.read(created, "$.id")).longValue();
        var session = cn.tongxin.support.Logins.login(mvc, "staff");
        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/performance/rules/" + id)
                        .session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0").param("name", "我们自己的规则").param("base", "十分")
                        .param("categories[0].code", "PROPOSALS").param("categories[0].label", "提案")
                        .param("items[0].code", "PROPOSAL_FILED").param("items[0].label", "提案立案").param("items[0].category", "PROPOSALS")
                        .param("items[0].kind", "PROPOSAL_FILED").param("items[0].individual", "15")
                        .param("grades[0].name", "优秀").param("grades[0].min", "80").param("grades[1].name", "一般"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("基础分应为数字：十分").contains("value=\"我们自己的规则\"").contains("value=\"十分\"");
        api.get("staff", "/api/v1/performance/rules/" + id).andExpect(jsonPath("$.version").value(0));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/performance/rules/" + id)
                        .session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0").param("name", "我们自己的规则").param("base", "10")
                        .param("categories[0].code", "PROPOSALS").param("categories[0].label", "提案")
                        .param("items[0].code", "PROPOSAL_FILED").param("items[0].label", "提案立案").param("items[0].category", "PROPOSALS")
                        .param("items[0].kind", "PROPOSAL_FILED").param("items[0].individual", "15")
                        .param("grades[0].name", "优秀").param("grades[0].min", "80").param("grades[1].name", "一般"))
                .andExpect(status().is3xxRedirection());
        api.get("staff", "/api/v1/performance/rules/" + id).andExpect(jsonPath("$.rules.name").value("我们自己的规则"))
                .andExpect(jsonPath("$.rules.base").value(10)).andExpect(jsonPath("$.rules.items.length()").value(1));
    }

    private java.math.BigDecimal total(long committee, long member) {
        return runAs.user("staff", () -> {
            var set = scores.effective(committee, YEAR);
            return jdbc.sql("select total from performance_score where rule_set_id = ? and member_id = ?").params(set.id(), member)
                    .query(java.math.BigDecimal.class).single();
        });
    }

    private org.springframework.test.web.servlet.ResultActions putJson(String user, String path, String body) throws Exception {
        return mvc.perform(put(path).header("Authorization", "Bearer " + api.token(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

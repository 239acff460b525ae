package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** Batch 立案, 交办 and 催办 by the office: each proposal on its own, refusals with reasons, one committee, no double. */
@IntegrationTest
class ProposalBatchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long draft(String user, String title) throws Exception {
        var result = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(result, "$.proposal.id")).longValue();
    }

    long submitted(String user, String title) throws Exception {
        long id = draft(user, title);
        api.post(user, "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    long filed(String title) throws Exception {
        long id = submitted("member", title);
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        return id;
    }

    long unitId(String username) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single();
    }

    long urges(long proposalId) {
        return jdbc.sql("""
                select count(*) from handling_urge u join handling_assignment a on a.id = u.assignment_id
                  join handling_case c on c.id = a.case_id where c.subject_type = 'PROPOSAL' and c.subject_id = ?""")
                .param(proposalId).query(Long.class).single();
    }

    static String ids(long... ids) {
        return String.join(",", java.util.Arrays.stream(ids).mapToObj(Long::toString).toList());
    }

    @Test
    void batchFilingFilesEachProposalAndRefusesTheOthersWithTheirReason() throws Exception {
        long a = submitted("member", "批量立案一");
        long b = submitted("member", "批量立案二");
        long draft = draft("member", "批量立案草稿");

        var result = api.post("staff", "/api/v1/proposals/batch/review",
                "{\"ids\":[" + ids(a, draft, b) + "],\"note\":\"符合立案条件\"}").andExpect(status().isOk());

        assertThat(statusOf(a)).isEqualTo("FILED");
        assertThat(statusOf(b)).isEqualTo("FILED");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        List<Boolean> done = api.read(result, "$.items[*].done");
        assertThat(done).containsExactly(true, false, true);
        assertThat((String) api.read(result, "$.items[0].message")).startsWith("已立案，编号 ").matches(".*第\\d{4}号");
        assertThat((String) api.read(result, "$.items[0].numberText")).matches(".*第\\d{4}号");
        assertThat((String) api.read(result, "$.items[1].message")).isEqualTo("该提案当前状态为“草稿”，不能立案");
        assertThat((String) api.read(result, "$.action")).isEqualTo("FILE");
    }

    @Test
    void previewListsWhatWillChangeAndChangesNothing() throws Exception {
        long a = submitted("member", "预览立案");
        long draft = draft("member", "预览草稿");
        var preview = api.get("staff", "/api/v1/proposals/batch/preview?action=FILE&ids=" + ids(a, draft)).andExpect(status().isOk());
        List<Boolean> would = api.read(preview, "$.items[*].done");
        assertThat(would).containsExactly(true, false);
        assertThat((String) api.read(preview, "$.items[1].message")).isEqualTo("该提案当前状态为“草稿”，不能立案");
        assertThat(statusOf(a)).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherCommitteesProposalIsRefusedAndNeverActedOn() throws Exception {
        long ours = submitted("member", "市里的提案");
        long theirs = submitted("dc_member", "区里的提案");

        var result = api.post("staff", "/api/v1/proposals/batch/review", "{\"ids\":[" + ids(theirs, ours) + "]}")
                .andExpect(status().isOk());

        assertThat(statusOf(theirs)).isEqualTo("SUBMITTED");
        assertThat(statusOf(ours)).isEqualTo("FILED");
        assertThat((Boolean) api.read(result, "$.items[0].done")).isFalse();
        assertThat((String) api.read(result, "$.items[0].message")).isEqualTo("未找到提案，或您无权查看");
        assertThat((Object) api.read(result, "$.items[0].title")).as("no title of another committee's proposal").isNull();

        // the county's office sees the city's proposal the same way, in its preview too
        var preview = api.get("dc_staff", "/api/v1/proposals/batch/preview?action=ASSIGN&ids=" + ours).andExpect(status().isOk());
        assertThat((Object) api.read(preview, "$.items[0].title")).isNull();
        // and a batch's result is its committee's only
        long batch = ((Number) api.read(result, "$.id")).longValue();
        api.get("dc_staff", "/api/v1/proposals/batch/" + batch).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheOfficeTakesBatchSteps() throws Exception {
        long a = submitted("member", "无权批量");
        for (String user : List.of("member", "unit", "leader")) {
            api.post(user, "/api/v1/proposals/batch/review", "{\"ids\":[" + a + "]}").andExpect(status().isForbidden());
            api.post(user, "/api/v1/proposals/batch/urge", "{\"ids\":[" + a + "]}").andExpect(status().isForbidden());
            api.get(user, "/api/v1/proposals/batch/preview?action=FILE&ids=" + a).andExpect(status().isForbidden());
        }
        assertThat(statusOf(a)).isEqualTo("SUBMITTED");
    }

    @Test
    void badInputIsAClearChineseRefusal() throws Exception {
        api.post("staff", "/api/v1/proposals/batch/review", "{\"ids\":[]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请至少选择一件提案"));
        long a = filed("交办方式未选");
        api.post("staff", "/api/v1/proposals/batch/assign", "{\"ids\":[" + a + "],\"responsibleUnits\":[" + unitId("unit") + "]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("请选择交办方式"));
        // another committee's unit is refused once for the whole batch
        api.post("staff", "/api/v1/proposals/batch/assign", "{\"ids\":[" + a + "],\"mode\":\"SOLE\",\"responsibleUnits\":["
                + unitId("dc_unit") + "]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("所选承办单位不存在或已停用"));
        assertThat(statusOf(a)).isEqualTo("FILED");
    }

    @Test
    void batchAssignmentHandsEachFiledProposalToTheSameUnitsInTheSameMode() throws Exception {
        long a = filed("批量交办一");
        long b = filed("批量交办二");
        long notFiled = submitted("member", "批量交办未立案");

        var result = api.post("staff", "/api/v1/proposals/batch/assign", """
                {"ids":[%s],"mode":"LEAD_WITH_CO","responsibleUnits":[%d],"coUnits":[%d]}"""
                .formatted(ids(a, b, notFiled), unitId("unit"), unitId("unit2"))).andExpect(status().isOk());

        assertThat(statusOf(a)).isEqualTo("HANDLING");
        assertThat(statusOf(b)).isEqualTo("HANDLING");
        assertThat(statusOf(notFiled)).isEqualTo("SUBMITTED");
        assertThat((String) api.read(result, "$.items[2].message")).isEqualTo("该提案当前状态为“待审查”，不能交办");
        assertThat((String) api.read(result, "$.decision")).contains("主办+会办").contains("主办单位：").contains("会办单位：");
        for (long id : List.of(a, b)) {
            List<String> roles = jdbc.sql("""
                    select a.role from handling_assignment a join handling_case c on c.id = a.case_id
                     where c.subject_type = 'PROPOSAL' and c.subject_id = ? order by a.role""").param(id).query(String.class).list();
            assertThat(roles).containsExactly("CO", "LEAD");
        }
    }

    @Test
    void batchUrgingRemindsOverdueUnitsOnceEvenWhenSubmittedTwice() throws Exception {
        long late = filed("批量催办超期");
        long onTime = filed("批量催办未超期");
        api.post("staff", "/api/v1/proposals/batch/assign", """
                {"ids":[%s],"mode":"SOLE","responsibleUnits":[%d]}""".formatted(ids(late, onTime), unitId("unit")))
                .andExpect(status().isOk());
        jdbc.sql("""
                update handling_assignment set due_date = current_date - 3 where case_id =
                  (select id from handling_case where subject_type = 'PROPOSAL' and subject_id = ?)""").param(late).update();

        String key = UUID.randomUUID().toString();
        String body = "{\"ids\":[" + ids(late, onTime) + "],\"note\":\"请于本周内答复\",\"requestKey\":\"" + key + "\"}";
        var first = api.post("staff", "/api/v1/proposals/batch/urge", body).andExpect(status().isOk());
        var again = api.post("staff", "/api/v1/proposals/batch/urge", body).andExpect(status().isOk());

        assertThat((Object) api.read(again, "$.id")).isEqualTo(api.read(first, "$.id"));
        assertThat(urges(late)).isEqualTo(1);
        assertThat(urges(onTime)).isZero();
        assertThat((String) api.read(first, "$.items[0].message")).startsWith("已催办：");
        assertThat((String) api.read(first, "$.items[1].message")).isEqualTo("该提案没有超期未答复的承办单位");
        // the same key for a different batch is refused
        api.post("staff", "/api/v1/proposals/batch/urge", "{\"ids\":[" + late + "],\"requestKey\":\"" + key + "\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theListPageLeadsToAConfirmationAndTheResultPage() throws Exception {
        long a = submitted("member", "页面批量立案");
        long draft = draft("member", "页面批量草稿");
        var staff = Logins.login(mvc, "staff");
        mvc.perform(get("/proposals").session(staff)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("form=\"batch-form\"")));
        mvc.perform(get("/proposals").session(Logins.login(mvc, "member"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("batch-form"))));

        mvc.perform(get("/proposals/batch").param("action", "FILE").param("ids", "" + a, "" + draft).session(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("将处理 1 件，不能处理 1 件")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该提案当前状态为“草稿”，不能立案")));
        assertThat(statusOf(a)).isEqualTo("SUBMITTED");

        String key = UUID.randomUUID().toString();
        var done = mvc.perform(post("/proposals/batch/review").param("ids", "" + a).param("requestKey", key)
                .session(staff).with(csrf())).andExpect(redirectedUrlPattern("/proposals/batch/*")).andReturn();
        // the same form sent twice lands on the same result
        mvc.perform(post("/proposals/batch/review").param("ids", "" + a).param("requestKey", key).session(staff).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(done.getResponse().getRedirectedUrl()));
        assertThat(statusOf(a)).isEqualTo("FILED");
        mvc.perform(get(done.getResponse().getRedirectedUrl()).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已处理 1 件，未处理 0 件")));
        // a member never reaches the office's batch pages
        mvc.perform(get("/proposals/batch").param("action", "FILE").param("ids", "" + a).session(Logins.login(mvc, "member")))
                .andExpect(status().isForbidden());
    }
}

package cn.tongxin.questionnaire;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** The office builds, publishes, closes and reopens questionnaires; who may do what, across roles and committees. */
@IntegrationTest
class QuestionnaireLifecycleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyTheOfficeBuildsAQuestionnaireAndAnotherCommitteeDoesNotSeeIt() throws Exception {
        String json = "{\"title\":\"不该创建\",\"audience\":\"MEMBERS\"}";
        for (String user : List.of("member", "leader", "unit", "correspondent")) {
            api.post(user, "/api/v1/questionnaires", json).andExpect(status().isForbidden());
        }
        long id = Questionnaires.draft(api, "staff", "权限测试问卷", "MEMBERS", null);
        api.get("dc_staff", "/api/v1/questionnaires/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/questionnaires/" + id + "/publish", null).andExpect(status().isNotFound());
        Questionnaires.put(mvc, api, "xs_admin", "/api/v1/questionnaires/" + id + "/questions", Questionnaires.CONDITIONAL)
                .andExpect(status().isNotFound());
        // a draft is the office's: a member does not see it; a leader reads it and takes no step
        api.get("member", "/api/v1/questionnaires/" + id).andExpect(status().isNotFound());
        assertThat(body(api.get("leader", "/api/v1/questionnaires/" + id).andExpect(status().isOk()))).contains("权限测试问卷");
        Questionnaires.put(mvc, api, "leader", "/api/v1/questionnaires/" + id + "/questions", Questionnaires.CONDITIONAL)
                .andExpect(status().isForbidden());
        api.post("leader", "/api/v1/questionnaires/" + id + "/publish", null).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/questionnaires").andExpect(status().isForbidden());
        api.get("correspondent", "/api/v1/questionnaires/" + id + "/results").andExpect(status().isForbidden());
        mvc.perform(get("/questionnaires/new").session(login(mvc, "member"))).andExpect(status().isForbidden());
        assertThat(body(api.get("dc_staff", "/api/v1/questionnaires"))).doesNotContain("权限测试问卷");
        assertThat(body(api.get("member", "/api/v1/questionnaires"))).doesNotContain("权限测试问卷");
    }

    @Test
    void aPublishedQuestionnairesQuestionsCanNoLongerChange() throws Exception {
        long empty = Questionnaires.draft(api, "staff", "空问卷", "MEMBERS", null);
        assertThat(body(api.post("staff", "/api/v1/questionnaires/" + empty + "/publish", null)
                .andExpect(status().isUnprocessableContent()))).contains("问卷还没有题目");

        long id = Questionnaires.open(mvc, api, "发布后题目固定", "MEMBERS", null, Questionnaires.CONDITIONAL);
        String base = "/api/v1/questionnaires/" + id;
        assertThat(body(Questionnaires.put(mvc, api, "staff", base + "/questions", Questionnaires.CONDITIONAL)
                .andExpect(status().isConflict()))).contains("题目不能再修改");
        api.post("staff", base + "/questions", "{\"kind\":\"TEXT\",\"title\":\"新题\"}").andExpect(status().isConflict());
        Questionnaires.delete(mvc, api, "staff", base + "/questions/q1").andExpect(status().isConflict());
        Questionnaires.put(mvc, api, "staff", base, "{\"title\":\"改名\",\"audience\":\"PUBLIC\"}").andExpect(status().isConflict());
        api.post("staff", base + "/publish", null).andExpect(status().isConflict());

        api.post("staff", base + "/close", null).andExpect(status().isNoContent());
        String refused = body(api.post("member", base + "/answers", "{\"answers\":{}}").andExpect(status().isConflict()));
        assertThat(refused).contains("该问卷当前状态为“已结束”，不能填写");
        api.post("staff", base + "/reopen", null).andExpect(status().isNoContent());
        api.post("staff", base + "/results/publish", null).andExpect(status().isNoContent());
        assertThat(body(api.post("staff", base + "/results/publish", null).andExpect(status().isConflict()))).contains("结果已经公布");
        api.post("staff", base + "/results/withdraw", null).andExpect(status().isNoContent());

        assertThat(body(api.get("staff", base))).contains("\"status\":\"OPEN\"", "\"CLOSE\"", "\"PUBLISH_RESULTS\"");
        List<String> steps = jdbc.sql("""
                select action from timeline_entry where subject_type = 'QUESTIONNAIRE' and subject_id = ? order by id""")
                .param(id).query(String.class).list();
        assertThat(steps).containsExactly("创建问卷", "修改题目", "发布", "结束收集", "重新开放", "公布结果", "撤回公布的结果");
    }

    @Test
    void brokenQuestionsAreRefusedWithEveryProblemInChinese() throws Exception {
        long id = Questionnaires.draft(api, "staff", "题目有误", "PUBLIC", "DEVICE");
        String json = """
                {"questions": [
                  {"kind": "SINGLE", "title": "选一个", "options": ["甲", "甲"]},
                  {"kind": "TEXT", "title": "看条件", "showIf": {"question": "q3", "anyOf": ["是"]}},
                  {"kind": "SINGLE", "title": "后面的", "options": ["是", "否"]}
                ]}""";
        String refused = body(Questionnaires.put(mvc, api, "staff", "/api/v1/questionnaires/" + id + "/questions", json)
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("第1题：选项“甲”重复", "第2题：显示条件只能引用前面的题目");
        assertThat(body(api.get("staff", "/api/v1/questionnaires/" + id))).contains("\"questions\":[]");
    }

    @Test
    void thePagesTakeTheSameStepsAsTheApi() throws Exception {
        var staff = login(mvc, "staff");
        String location = mvc.perform(post("/questionnaires").param("title", "页面建的问卷").param("audience", "MEMBERS")
                .session(staff).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/questionnaires/".length()));
        // a refused question comes back with its typed text and the reason under the field
        String refused = mvc.perform(post("/questionnaires/" + id + "/questions").param("kind", "SINGLE").param("title", "您的界别")
                .param("options", "经济界").param("required", "true").session(staff).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("第1题：至少需要2个选项", "value=\"您的界别\"");
        mvc.perform(post("/questionnaires/" + id + "/questions").param("kind", "SINGLE").param("title", "您的界别")
                .param("options", "经济界\n教育界\n医药卫生界").param("required", "true").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/questionnaires/" + id + "/questions").param("kind", "SCALE").param("title", "满意度").param("min", "1")
                .param("max", "10").param("showIf", "q1").param("showIfValues", "教育界").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/questionnaires/" + id + "/publish").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
        String view = body(api.get("staff", "/api/v1/questionnaires/" + id));
        assertThat(view).contains("\"status\":\"OPEN\"", "医药卫生界", "\"showIf\":{\"question\":\"q1\",\"anyOf\":[\"教育界\"]}");
        String page = mvc.perform(get("/questionnaires/" + id).session(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("仅当第1题的答案为“教育界”时显示", "结束收集").doesNotContain("<h2>添加题目</h2>");
    }

    @Test
    void aQuestionnaireMayPrecedeAConsultationOfItsOwnCommittee() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        long consultation = jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(city).query(Long.class).single();
        long research = jdbc.sql("select id from activity where committee_id = ? and type = 'RESEARCH' order by id limit 1")
                .param(city).query(Long.class).single();
        long id = Questionnaires.draft(api, "staff", "会前征集", "PUBLIC", null);
        String path = "/api/v1/questionnaires/" + id + "/activity";
        assertThat(body(Questionnaires.put(mvc, api, "staff", path, "{\"activityId\":" + research + "}")
                .andExpect(status().isUnprocessableContent()))).contains("只能关联本会的协商活动");
        Questionnaires.put(mvc, api, "dc_staff", path, "{\"activityId\":" + consultation + "}").andExpect(status().isNotFound());
        Questionnaires.put(mvc, api, "staff", path, "{\"activityId\":" + consultation + "}").andExpect(status().isNoContent());
        assertThat(body(api.get("staff", "/api/v1/questionnaires/" + id))).contains("\"activityId\":" + consultation);
        assertThat(mvc.perform(get("/questionnaires/" + id).session(login(mvc, "staff"))).andReturn().getResponse().getContentAsString())
                .contains("关于优化营商环境的专题协商");
    }
}

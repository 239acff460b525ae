package cn.tongxin.questionnaire;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/** Answering once: members per account, citizens per phone or device; conditions and required questions checked. */
@IntegrationTest
class QuestionnaireAnswerTests {

    static final String FULL = """
            {"answers": {"q1": {"choices": ["参加过"]}, "q2": {"text": "了解了政策"}, "q3": {"choices": ["会前材料"]},
                         "q4": {"value": 4}, "q5": {"rows": {"组织": 5, "材料": 4}}}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    private long responses(long questionnaire) {
        return jdbc.sql("select count(*) from questionnaire_response where questionnaire_id = ?").param(questionnaire).query(Long.class).single();
    }

    private long items(long questionnaire) {
        return jdbc.sql("select count(*) from questionnaire_response_item where questionnaire_id = ?").param(questionnaire).query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String anyAddress() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String text(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMemberAnswersOnceAndASecondSubmitIsRefusedAndStoresNothing() throws Exception {
        long id = Questionnaires.open(mvc, api, "只答一次", "MEMBERS", null, Questionnaires.CONDITIONAL);
        api.post("member", "/api/v1/questionnaires/" + id + "/answers", FULL).andExpect(status().isCreated());
        long stored = items(id);
        String refused = text(api.post("member", "/api/v1/questionnaires/" + id + "/answers", FULL).andExpect(status().isConflict()));
        assertThat(refused).contains("您已经填写过本问卷，每人只能填写一次");
        assertThat(responses(id)).isEqualTo(1);
        assertThat(items(id)).isEqualTo(stored);

        // the page: the same use case, the same refusal shown on the page
        var member2 = login(mvc, "member2");
        MockHttpServletRequestBuilder page = post("/questionnaires/" + id + "/answers").param("q1", "没参加过")
                .param("q3", "时间安排").param("q4", "3").param("q5.r0", "4").param("q5.r1", "2").session(member2).with(csrf());
        mvc.perform(page).andExpect(status().is3xxRedirection());
        String again = text(mvc.perform(post("/questionnaires/" + id + "/answers").param("q1", "没参加过").param("q3", "时间安排")
                .param("q4", "3").param("q5.r0", "4").param("q5.r1", "2").session(member2).with(csrf())).andExpect(status().isConflict()));
        assertThat(again).contains("您已经填写过本问卷，每人只能填写一次");
        assertThat(responses(id)).isEqualTo(2);
        assertThat(text(mvc.perform(get("/questionnaires/" + id + "/answer").session(member2)))).contains("您已填写本问卷");
    }

    @Test
    void aRequiredQuestionShownAndMissingIsNamedAndTheTypedAnswersComeBack() throws Exception {
        long id = Questionnaires.open(mvc, api, "必答题", "MEMBERS", null, Questionnaires.CONDITIONAL);
        String page = text(mvc.perform(post("/questionnaires/" + id + "/answers").param("q1", "参加过").param("q3", "会前材料")
                .param("q3", "__other").param("q3.other", "会议通知太晚").param("q4", "5").param("q5.r0", "3")
                .session(login(mvc, "member")).with(csrf())).andExpect(status().isUnprocessableContent()));
        assertThat(page).contains("第2题“最大的收获”为必答题，请作答", "第5题“分项打分”为必答题，请为每一行打分");
        // what was ticked and typed is still there
        assertThat(page).containsPattern("value=\"参加过\"\\s+checked")
                .containsPattern("value=\"会前材料\"\\s+checked")
                .contains("value=\"会议通知太晚\"")
                .containsPattern("name=\"q4\" value=\"5\"\\s+checked")
                .containsPattern("name=\"q5.r0\" value=\"3\"\\s+checked");
        assertThat(responses(id)).isZero();
        String api422 = text(api.post("member", "/api/v1/questionnaires/" + id + "/answers", """
                {"answers": {"q1": {"choices": ["参加过"]}, "q3": {"choices": ["会前材料"]}, "q4": {"value": 4},
                             "q5": {"rows": {"组织": 5, "材料": 4}}}}""").andExpect(status().isUnprocessableContent()));
        assertThat(api422).contains("第2题“最大的收获”为必答题，请作答", "\"field\":\"q2\"");
        assertThat(responses(id)).isZero();
    }

    @Test
    void anAnswerToAQuestionTheConditionHidesIsNotStored() throws Exception {
        long id = Questionnaires.open(mvc, api, "条件题", "MEMBERS", null, Questionnaires.CONDITIONAL);
        api.post("member", "/api/v1/questionnaires/" + id + "/answers", """
                {"answers": {"q1": {"choices": ["没参加过"]}, "q2": {"text": "不该保存"}, "q3": {"choices": ["发言机会"]},
                             "q4": {"value": 2}, "q5": {"rows": {"组织": 2, "材料": 3}}}}""").andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from questionnaire_response_item where questionnaire_id = ? and question = 'q2'")
                .param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select array_to_string(asked, ',') from questionnaire_response where questionnaire_id = ?")
                .param(id).query(String.class).single()).isEqualTo("q1,q3,q4,q5");
    }

    @Test
    void onlyMembersOfTheCommitteeAnswerAMembersQuestionnaire() throws Exception {
        long id = Questionnaires.open(mvc, api, "委员问卷", "MEMBERS", null, Questionnaires.CONDITIONAL);
        String path = "/api/v1/questionnaires/" + id + "/answers";
        for (String user : java.util.List.of("staff", "leader", "unit", "correspondent")) {
            api.post(user, path, FULL).andExpect(status().isForbidden());
        }
        api.post("dc_member", path, FULL).andExpect(status().isNotFound());
        long open = Questionnaires.open(mvc, api, "公众问卷不经API", "PUBLIC", "PHONE", Questionnaires.CONDITIONAL);
        api.post("member", "/api/v1/questionnaires/" + open + "/answers", FULL).andExpect(status().isNotFound());
        assertThat(responses(id)).isZero();
        // and a members' questionnaire is not on the portal
        mvc.perform(get("/public/shili/questionnaires/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/dongcheng/questionnaires/" + open)).andExpect(status().isNotFound());
    }

    private ResultActions citizen(long id, String address, String phone, String captcha, Cookie device, String... params) throws Exception {
        var challenge = captchas.issue();
        var request = post("/public/shili/questionnaires/" + id + "/answers").param("captchaId", challenge.id())
                .param("captcha", captcha == null ? challenge.answer() : captcha).with(csrf()).with(from(address));
        if (phone != null) {
            request.param("phone", phone);
        }
        if (device != null) {
            request.cookie(device);
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    static final String SIMPLE = """
            {"questions": [
              {"key": "q1", "kind": "SINGLE", "title": "您住在哪个区", "required": true, "options": ["东城区", "西山县"]},
              {"key": "q2", "kind": "TEXT", "title": "您的建议", "required": false}
            ]}""";

    @Test
    void aCitizenAnswersAPublicQuestionnaireOncePerPhoneAndNothingIsStoredWhenRefused() throws Exception {
        long id = Questionnaires.open(mvc, api, "每个手机号一份", "PUBLIC", "PHONE", SIMPLE);
        String page = text(mvc.perform(get("/public/shili/questionnaires/" + id)).andExpect(status().isOk()));
        assertThat(page).contains("每个手机号一份", "您住在哪个区", "验证码", "手机号");

        citizen(id, anyAddress(), "13912345678", "####", null, "q1", "东城区").andExpect(status().isUnprocessableContent());
        String badPhone = text(citizen(id, anyAddress(), "139123", null, null, "q1", "东城区", "q2", "多建公园")
                .andExpect(status().isUnprocessableContent()));
        assertThat(badPhone).contains("请填写11位手机号码", "多建公园");
        String missing = text(citizen(id, anyAddress(), "13912345678", null, null, "q2", "多建几个口袋公园")
                .andExpect(status().isUnprocessableContent()));
        assertThat(missing).contains("第1题“您住在哪个区”为必答题", "多建几个口袋公园", "value=\"13912345678\"");
        String script = text(citizen(id, anyAddress(), "13912345678", null, null, "q1", "东城区", "q2", "<script>alert(1)</script>")
                .andExpect(status().isUnprocessableContent()));
        assertThat(script).contains("第2题的回答不能包含网页代码").doesNotContain("<script>alert(1)</script>");
        assertThat(responses(id)).isZero();

        String done = citizen(id, anyAddress(), "13912345678", null, null, "q1", "东城区", "q2", "多建几个口袋公园")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(done).isEqualTo("/public/shili/questionnaires/" + id + "/thanks");
        String twice = text(citizen(id, anyAddress(), "13912345678", null, null, "q1", "西山县")
                .andExpect(status().isConflict()));
        assertThat(twice).contains("您已经填写过本问卷，每人只能填写一次");
        assertThat(responses(id)).isEqualTo(1);
        // the phone is kept only as its blind index
        assertThat(jdbc.sql("select phone_index from questionnaire_response where questionnaire_id = ?").param(id)
                .query(String.class).single()).hasSize(64).doesNotContain("13912345678");
    }

    @Test
    void aCitizenAnswersADeviceQuestionnaireOncePerBrowser() throws Exception {
        long id = Questionnaires.open(mvc, api, "每台设备一份", "PUBLIC", "DEVICE", SIMPLE);
        Cookie device = mvc.perform(get("/public/shili/questionnaires/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getCookie("tx_device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        citizen(id, anyAddress(), null, null, device, "q1", "西山县").andExpect(status().is3xxRedirection());
        citizen(id, anyAddress(), null, null, device, "q1", "东城区").andExpect(status().isConflict());
        assertThat(text(mvc.perform(get("/public/shili/questionnaires/" + id).cookie(device)))).contains("您已经填写过本问卷");
        citizen(id, anyAddress(), null, null, new Cookie("tx_device", "another-browser-token-0001"), "q1", "东城区")
                .andExpect(status().is3xxRedirection());
        assertThat(responses(id)).isEqualTo(2);
    }

    @Test
    void anAnswerWithASensitiveWordCountsOnlyOnceAModeratorApprovesIt() throws Exception {
        api.post("staff", "/api/v1/sensitive-words", "{\"words\":\"问卷敏感词甲\"}").andExpect(status().isOk());
        long id = Questionnaires.open(mvc, api, "敏感词先审", "PUBLIC", "PHONE", SIMPLE);
        String held = citizen(id, anyAddress(), "13912340001", null, null, "q1", "东城区", "q2", "这里有问卷敏感词甲")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(held).endsWith("/thanks?held");
        assertThat(((Number) api.read(api.get("staff", "/api/v1/questionnaires/" + id + "/results"), "$.responses")).longValue()).isZero();
        long response = jdbc.sql("select id from questionnaire_response where questionnaire_id = ?").param(id).query(Long.class).single();
        long item = jdbc.sql("select id from moderation_item where subject_type = 'QUESTIONNAIRE_RESPONSE' and subject_id = ?")
                .param(response).query(Long.class).single();
        api.post("staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
        Listeners.settled(jdbc, "questionnaire");
        assertThat(((Number) api.read(api.get("staff", "/api/v1/questionnaires/" + id + "/results"), "$.responses")).longValue()).isEqualTo(1);
    }
}

package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Answering questionnaires on a phone (390 px): a member with a conditional question, a citizen on the portal. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireBrowserTests {

    static final String QUESTIONS = """
            {"questions": [
              {"key": "q1", "kind": "SINGLE", "title": "是否参加过协商活动", "required": true, "options": ["参加过", "没参加过"]},
              {"key": "q2", "kind": "TEXT", "title": "最大的收获", "required": true, "showIf": {"question": "q1", "anyOf": ["参加过"]}},
              {"key": "q3", "kind": "MULTIPLE", "title": "希望改进的方面", "required": true, "options": ["时间安排", "会前材料", "发言机会"], "other": true},
              {"key": "q4", "kind": "SCALE", "title": "总体满意度", "required": true, "min": 1, "max": 10, "minLabel": "很不满意", "maxLabel": "很满意"},
              {"key": "q5", "kind": "MATRIX", "title": "分项打分", "required": true, "min": 1, "max": 5, "rows": ["会议组织", "会前材料准备"]}
            ]}""";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Captchas captchas;
    BrowserSupport browser;
    Api api;

    @BeforeAll
    void start() {
        browser = new BrowserSupport(port);
        api = new Api(mvc);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private long open(String title, String audience) throws Exception {
        var created = api.post("staff", "/api/v1/questionnaires", "{\"title\":\"" + title + "\",\"audience\":\"" + audience + "\"}");
        long id = ((Number) api.read(created, "$.id")).longValue();
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/questionnaires/" + id + "/questions")
                .header("Authorization", "Bearer " + api.token("staff")).contentType(MediaType.APPLICATION_JSON).content(QUESTIONS));
        api.post("staff", "/api/v1/questionnaires/" + id + "/publish", null);
        return id;
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private static void answerTheRest(Page page) {
        page.getByLabel("会前材料", exact()).first().check();
        page.getByLabel("其他", exact()).check();
        page.getByLabel("第3题：其他（请注明）").fill("希望提前一周发材料");
        page.locator("input[name=q4][value='8']").check();
        page.locator("input[name='q5.r0'][value='5']").check();
        page.locator("input[name='q5.r1'][value='4']").check();
    }

    @Test
    void aMemberAnswersOnAPhoneAndTheConditionalQuestionAppearsWithItsAnswer() throws Exception {
        long id = open("委员协商活动满意度（浏览器）", "MEMBERS");
        Page member = browser.as("member", true);
        member.navigate(browser.url("/questionnaires"));
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("委员协商活动满意度（浏览器）")).click();
        assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("委员协商活动满意度（浏览器）"))).isVisible();
        assertThat(member.locator("#question-q2")).isHidden();
        member.getByLabel("参加过", exact()).check();
        assertThat(member.locator("#question-q2")).isVisible();
        member.getByLabel("没参加过", exact()).check();
        assertThat(member.locator("#question-q2")).isHidden();
        member.getByLabel("参加过", exact()).check();
        answerTheRest(member);
        noSideways(member);
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();

        // refused: the shown required question is named, and everything ticked or typed is still there
        assertThat(member.locator("#question-q2 .field-error")).containsText("第2题“最大的收获”为必答题");
        assertThat(member.getByLabel("参加过", exact())).isChecked();
        assertThat(member.getByLabel("第3题：其他（请注明）")).hasValue("希望提前一周发材料");
        assertThat(member.locator("input[name=q4][value='8']")).isChecked();
        noSideways(member);
        member.getByLabel("第2题：最大的收获").fill("了解了政府部门的想法");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(member.getByText("提交成功，感谢您的参与")).isVisible();
        assertThat(member.getByText("您已填写本问卷")).isVisible();
        noSideways(member);
    }

    @Test
    void aCitizenAnswersAPublicQuestionnaireOnAPhone() throws Exception {
        long id = open("社区养老服务问卷（浏览器）", "PUBLIC");
        Page citizen = browser.anonymous(true);
        citizen.navigate(browser.url("/public/shili"));
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("问卷调查")).click();
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("社区养老服务问卷（浏览器）")).click();
        assertThat(citizen).hasTitle("社区养老服务问卷（浏览器） · 示例市政协公开门户");
        assertThat(citizen.locator("#question-q2")).isHidden();
        citizen.getByLabel("参加过", exact()).check();
        citizen.getByLabel("第2题：最大的收获").fill("邻里互助很有用");
        answerTheRest(citizen);
        citizen.getByLabel("手机号").fill("13812349876");
        var challenge = captchas.issue();
        citizen.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", challenge.id());
        citizen.getByLabel("验证码").fill(challenge.answer());
        noSideways(citizen);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("提交成功"))).isVisible();
        assertThat(citizen.locator("body")).containsText("感谢您参与");
        noSideways(citizen);
        org.assertj.core.api.Assertions.assertThat(id).isPositive();
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(wide).as("no sideways scrolling at 390 px on " + page.url()).isEqualTo(true);
    }
}

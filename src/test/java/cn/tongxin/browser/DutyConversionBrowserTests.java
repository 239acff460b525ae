package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tongxin.participation.Captchas;
import cn.tongxin.participation.TrackingCodes;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * At 390 px: a citizen asks the member on duty → the member, in 大字 mode on a phone, converts the question into their
 * micro-suggestion → the citizen reads it by tracking code.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutyConversionBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    @Autowired
    java.time.Clock clock;
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

    @Test
    void aCitizensQuestionConvertedByTheMemberOnDutyIsReadByTrackingCode() throws Exception {
        long member = jdbc.sql("select member_id from user_account where username = 'dc_member'").query(Long.class).single();
        if (jdbc.sql("select count(*) from duty_shift where member_id = ? and not cancelled and starts_at <= now() and ends_at > now() + interval '1 hour'")
                .param(member).query(Long.class).single() == 0) {
            var now = LocalDateTime.now(clock).withNano(0);
            api.post("dc_staff", "/api/v1/duty/shifts", """
                    {"memberId":%d,"startsAt":"%s","endsAt":"%s","topic":"城市管理咨询"}""".formatted(member, now.minusHours(1), now.plusHours(10)))
                    .andExpect(status().isCreated());
        }
        Page citizen = browser.anonymous(true);
        citizen.navigate(browser.url("/public/dongcheng/duty"));
        citizen.getByLabel("问题").fill("社区菜场周边夜间噪音扰民，能否规范经营时间？");
        var challenge = captchas.issue();
        citizen.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", challenge.id());
        citizen.getByLabel("验证码").fill(challenge.answer());
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交留言")).click();
        String code = citizen.locator(".tracking-code").textContent().strip();
        noSideways(citizen);
        long question = jdbc.sql("select id from duty_question where tracking_hash = ?").param(TrackingCodes.hash(code)).query(Long.class).single();
        jdbc.sql("select id from moderation_item where subject_type = ? and subject_id = ?").params(SubjectType.DUTY_QUESTION.name(), question)
                .query(Long.class).optional().ifPresent(item -> {
                    try {
                        api.post("dc_staff", "/api/v1/moderation/" + item + "/approve", null).andExpect(status().isOk());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        Page onDuty = browser.as("dc_member", true);
        onDuty.navigate(browser.url("/duty?status=OPEN"));
        onDuty.locator("[data-toggle-large-text]").click();
        Locator card = onDuty.locator("article", new Page.LocatorOptions().setHasText("夜间噪音扰民"));
        card.locator("summary").click();
        card.getByLabel("标题（可选，默认取留言开头）").fill("规范社区菜场夜间经营时间");
        noSideways(onDuty);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("转为微建议").setExact(true)).click();
        assertThat(onDuty.getByText("已转为微建议（第")).isVisible();
        noSideways(onDuty);

        citizen.navigate(browser.url("/public/dongcheng/duty/track/" + code));
        assertThat(citizen.locator("dl")).containsText("已转为微建议");
        assertThat(citizen.locator(".reply")).containsText("已转为委员微建议");
        noSideways(citizen);
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(wide).as("no sideways scrolling at 390 px on " + page.url()).isEqualTo(true);
    }
}

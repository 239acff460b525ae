package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.IntegrationTest;

/** A citizen at 390 px opens the portal's 文史资料 call, sends an account with a scan, and staff see it beside members' ones. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoirPortalBrowserTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;
    @Autowired
    Captchas captchas;
    BrowserSupport browser;

    @BeforeAll
    void start() {
        browser = new BrowserSupport(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void aCitizenOnAPhoneSendsAnAccountToTheCallOnThePortalAndFollowsIt() {
        Page citizen = browser.anonymous(true);
        citizen.navigate(browser.url("/public/shili"));
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("文史资料").setExact(true)).click();
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("知青岁月文史资料征集")).click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我要投稿"))).isVisible();
        noSideways(citizen);

        citizen.getByLabel("姓名").fill("赵春生");
        citizen.getByLabel("手机号").fill("13600007788");
        citizen.getByLabel("标题").fill("兵团连队的第一个春节");
        citizen.getByLabel("正文（不超过30000字）").fill("那是一九七〇年的春节，连队杀了一头猪。\n我们围着火墙包饺子，想家想得直掉眼泪。");
        citizen.getByLabel("照片或扫描件（可选，最多5个，PNG、JPEG或PDF）").setInputFiles(new FilePayload("连队合影.png", "image/png", PNG));
        // the captcha a person reads off the picture: the test solves one issued on the server
        var challenge = captchas.issue();
        citizen.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", challenge.id());
        citizen.getByLabel("验证码").fill(challenge.answer());
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交稿件")).click();
        assertThat(citizen.getByText("投稿成功")).isVisible();
        assertThat(citizen.locator("dl")).containsText("已收到，正在审阅");
        assertThat(citizen.locator("body")).not().containsText("13600007788");
        String trackPath = citizen.url().replaceFirst("^https?://[^/]+", "").replace("?new", "");
        noSideways(citizen);

        Page staff = browser.as("staff", true);
        staff.navigate(browser.url("/memoirs"));
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("知青岁月文史资料征集")).click();
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("兵团连队的第一个春节")).click();
        assertThat(staff.locator("main dl")).containsText("群众网上投稿");
        assertThat(staff.locator("main dl")).containsText("13600007788");
        assertThat(staff.locator("main dl")).containsText("连队合影.png");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入选").setExact(true)).click();
        assertThat(staff.getByText("已入选")).isVisible();
        noSideways(staff);

        citizen.navigate(browser.url(trackPath));
        assertThat(citizen.locator("dl")).containsText("入选");
        noSideways(citizen);
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(wide).as("no sideways scrolling at 390 px on " + page.url()).isEqualTo(true);
    }
}

package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import cn.tongxin.support.IntegrationTest;

@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpinionAndSuggestionBrowserTests {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;
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
    void aCorrespondentsReportIsEditedIssuedAdoptedAndInstructed() {
        Page author = browser.as("correspondent", true);
        author.navigate(browser.url("/opinions/new"));
        author.getByLabel("标题").fill("农村快递最后一公里收费乱象");
        author.locator("#category").selectOption(new SelectOption().setLabel("社会建设"));
        author.getByLabel("内容").fill("部分乡镇快递网点对进村包裹加收每件2至5元，群众反映强烈。建议规范收费。");
        author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送")).click();
        assertThat(author.locator("#report-status")).hasText("待处理");
        String path = author.url().replaceAll("^https?://[^/]+", "");

        Page staff = browser.as("staff", false);
        staff.navigate(browser.url(path));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("采编")).click();
        assertThat(staff.locator("#report-status")).hasText("已采编");
        staff.locator("#edit-title").fill("关于规范农村快递末端收费的建议");
        staff.locator("#edit-text").fill("部分乡镇快递网点对进村包裹加收每件2至5元。建议邮政管理部门规范末端收费，推进村级寄递物流综合服务站建设。");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存编辑稿")).click();
        assertThat(staff.locator(".diff ins").first()).isVisible();

        staff.navigate(browser.url("/bulletins"));
        staff.getByLabel("标题").fill("农村寄递服务专题");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建")).click();
        staff.locator("#itemId").selectOption(new SelectOption().setIndex(1));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("选入")).click();
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("编发本期")).click();
        assertThat(staff.locator("#bulletin-label")).containsText("年第");
        staff.locator("article h2 a").first().click();
        staff.locator("#ad-level").selectOption("PROVINCIAL_CPPCC");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记采用")).click();
        assertThat(staff.locator(".flash.notice")).containsText("已登记采用");
        staff.locator("#in-leader").fill("张副省长");
        staff.locator("#in-level").selectOption("PROVINCIAL");
        staff.locator("#in-on").fill(java.time.LocalDate.now().toString());
        staff.locator("#in-text").fill("请省邮政管理局牵头研究规范。");
        staff.locator("#in-dept").fill("省邮政管理局");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记批示")).click();
        assertThat(staff.locator(".flash.notice")).containsText("已登记批示");

        author.navigate(browser.url(path));
        assertThat(author.locator("#report-status")).hasText("已编发");
        assertThat(author.locator("#outcomes .adoption")).containsText("省政协采用");
        assertThat(author.locator("#outcomes .instruction")).containsText("张副省长");
        author.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/opinion-author.png")).setFullPage(true));
    }

    @Test
    void aMicroSuggestionFromAPhoneIsAcceptedAnsweredAndRated() throws Exception {
        Page member = browser.as("member", true);
        member.navigate(browser.url("/suggestions/new"));
        member.getByLabel("标题").fill("小区门口路灯损坏");
        member.getByLabel("建议内容").fill("幸福小区南门路灯已坏两周，夜间出行不便，建议尽快维修。");
        member.getByLabel("地点").fill("幸福小区南门");
        member.locator("#photos").setInputFiles(new FilePayload("路灯.png", "image/png", PNG));
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(member.locator("#suggestion-status")).hasText("待审核");
        assertThat(member.locator("img.photo")).hasCount(1);
        Number overflow = (Number) member.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        String path = member.url().replaceAll("^https?://[^/]+", "");

        Page staff = browser.as("staff", false);
        staff.navigate(browser.url(path));
        staff.locator("#unitId").selectOption(new SelectOption().setLabel("市发展和改革委员会"));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理并交办")).click();
        assertThat(staff.locator("#suggestion-status")).hasText("办理中");

        Page unit = browser.as("unit", false);
        unit.navigate(browser.url(path));
        unit.locator(".unit-panel").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("签收")).click();
        var panel = unit.locator(".unit-panel");
        panel.locator("textarea[name=text]").fill("已安排维修，路灯于次日恢复照明。");
        panel.locator("select[name=category]").selectOption("A");
        panel.locator("input[name=signer]").fill("赵主任");
        panel.locator("input[name=contactPerson]").fill("钱科长");
        panel.locator("input[name=contactPhone]").fill("0551-63456789");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交答复")).click();
        assertThat(unit.locator("#handling-status")).hasText("已办复");

        member.navigate(browser.url(path));
        var form = member.locator("#rating-form");
        form.locator("input[name=attitude][value=SATISFIED]").check();
        form.locator("input[name=result][value=SATISFIED]").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();
        assertThat(member.locator(".flash.notice")).containsText("评价已提交");
        member.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/suggestion-phone.png")).setFullPage(true));
        Files.createDirectories(Path.of("target/screenshots"));
    }
}

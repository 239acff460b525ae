package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.tongxin.support.IntegrationTest;

/**
 * One 联名 proposal through the whole flow in Chromium, each step by the right role's account: submit → co-sign →
 * 立案 → 主办 + 会办 → 会办 opinion → reply → lead rates 不满意 → 重新办理 → new reply → both rate → 办结.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JointProposalBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
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
    void aJointProposalFromSubmissionToClosing() {
        String cosigner = jdbc.sql("select m.name from user_account a join member m on m.id = a.member_id where a.username = 'member2'")
                .query(String.class).single();
        String title = "关于推进老旧小区加装电梯的建议";

        Page lead = browser.as("member", false);
        lead.navigate(browser.url("/proposals/new"));
        lead.getByLabel("案由").fill(title);
        lead.locator("#category").selectOption(new SelectOption().setLabel("社会建设"));
        lead.getByLabel("情况", new Page.GetByLabelOptions().setExact(true)).fill("老旧小区居民多为老年人，上下楼困难。");
        lead.getByLabel("分析", new Page.GetByLabelOptions().setExact(true)).fill("资金分摊、低层住户意见不一是主要障碍。");
        lead.getByLabel("建议", new Page.GetByLabelOptions().setExact(true)).fill("一、财政补助；二、简化审批；三、社区协商。");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(lead.locator("#proposal-status")).hasText("草稿");
        String path = lead.url().replaceAll("^https?://[^/]+", "");

        lead.getByLabel("查找委员").fill(cosigner);
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找委员")).click();
        lead.locator("input[name=memberIds]").first().check();
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("邀请联名")).click();
        assertThat(lead.locator(".flash.notice")).containsText("已发出联名邀请");

        Page second = browser.as("member2", true);
        second.navigate(browser.url(path));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认联名")).click();
        assertThat(second.locator(".flash.notice")).containsText("已确认联名");

        lead.navigate(browser.url(path));
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交提案")).click();
        assertThat(lead.locator("#proposal-status")).hasText("待审查");

        Page staff = browser.as("staff", false);
        staff.navigate(browser.url(path));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立案").setExact(true)).click();
        assertThat(staff.locator("#proposal-status")).hasText("已立案");
        assertThat(staff.locator("#proposal-number")).containsText("号");
        staff.locator("#mode").selectOption("LEAD_WITH_CO");
        staff.locator("#responsibleUnits").selectOption(new SelectOption().setLabel("市发展和改革委员会"));
        staff.locator("#coUnits").selectOption(new SelectOption().setLabel("市教育局"));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        assertThat(staff.locator("#proposal-status")).hasText("办理中");

        Page co = browser.as("unit2", false);
        co.navigate(browser.url("/handling/tasks"));
        co.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        co.locator(".unit-panel").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("签收")).click();
        co.locator(".unit-panel textarea[name=text]").fill("建议将加装电梯纳入城市更新计划统筹推进。");
        co.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交会办意见")).click();
        assertThat(co.locator(".flash.notice")).containsText("会办意见已提交");

        Page unit = browser.as("unit", false);
        unit.navigate(browser.url(path));
        unit.locator(".unit-panel").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("签收")).click();
        reply(unit, "一、已设立专项补助资金；二、审批压缩至15个工作日。", "B");
        assertThat(unit.locator("#handling-status")).hasText("已办复");

        lead.navigate(browser.url(path));
        rate(lead, "BASICALLY_SATISFIED", "DISSATISFIED");

        staff.navigate(browser.url(path));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("要求重新办理")).click();
        assertThat(staff.locator("#handling-status")).hasText("办理中");

        unit.navigate(browser.url(path));
        reply(unit, "经再次研究：补助标准提高至每台15万元，并由社区牵头协商。", "A");

        lead.navigate(browser.url(path));
        rate(lead, "SATISFIED", "SATISFIED");
        second.navigate(browser.url(path));
        rate(second, "SATISFIED", "BASICALLY_SATISFIED");

        staff.navigate(browser.url(path));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
        assertThat(staff.locator("#proposal-status")).hasText("已办结");
        assertThat(staff.locator("article.reply")).hasCount(2);
        assertThat(staff.locator(".timeline")).containsText("重新办理");
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/proposal-closed.png")).setFullPage(true));
        second.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/proposal-phone.png")).setFullPage(true));
    }

    private static void reply(Page unit, String text, String category) {
        var panel = unit.locator(".unit-panel");
        panel.locator("textarea[name=text]").fill(text);
        panel.locator("select[name=category]").selectOption(category);
        panel.locator("input[name=signer]").fill("张局长");
        panel.locator("input[name=contactPerson]").fill("李科长");
        panel.locator("input[name=contactPhone]").fill("0551-62345678");
        panel.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("提交答复")).click();
        assertThat(unit.locator(".flash.notice")).containsText("答复已提交");
    }

    private static void rate(Page member, String attitude, String result) {
        var form = member.locator("#rating-form");
        form.locator("input[name=attitude][value=" + attitude + "]").check();
        form.locator("input[name=result][value=" + result + "]").check();
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("提交评价")).click();
        assertThat(member.locator(".flash.notice")).containsText("评价已提交");
    }
}

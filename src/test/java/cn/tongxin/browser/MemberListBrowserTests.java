package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import cn.tongxin.support.IntegrationTest;

/** Staff log in with real Chromium, filter the member list by 界别 and open a member. */
@Tag("browser")
@IntegrationTest
class MemberListBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("tongxin.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void staffFilterTheMemberListBySectorAndOpenAMember() {
        var row = jdbc.sql("""
                select s.id as sector_id, s.name as sector, count(*) as n from member m
                  join org_unit s on s.id = m.sector_id join committee c on c.id = m.committee_id
                 where c.name = '示例市政协' group by s.id, s.name order by count(*) desc, s.id limit 1""").query().singleRow();
        String sector = (String) row.get("sector");
        long expected = ((Number) row.get("n")).longValue();
        String someone = jdbc.sql("select name from member where sector_id = ? order by id limit 1")
                .param(row.get("sector_id")).query(String.class).single();

        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/members");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.getByLabel("用户名").fill("staff");
        page.getByLabel("密码").fill("Demo@2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("登录")).click();
        page.navigate("http://localhost:" + port + "/members");
        assertThat(page.locator("h1")).hasText("委员名册");

        page.getByLabel("界别").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(sector));
        assertThat(page.locator(".pager strong")).hasText(Long.toString(expected));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*sectorId=" + row.get("sector_id") + ".*"));
        for (String shown : page.locator("td[data-label='界别']").allTextContents()) {
            assertThat(shown).isEqualTo(sector);
        }

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(someone).setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText(someone);
        assertThat(page.locator("dl.facts")).containsText(sector);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/member-detail.png")));

        // staff may not administer accounts: a Chinese 403 page that reveals no internals
        var denied = page.navigate("http://localhost:" + port + "/admin/users");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("无权访问");
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }

    @Test
    void theMemberListIsUsableAtPhoneWidth() {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill("leader");
        page.getByLabel("密码").fill("Demo@2026");
        page.getByLabel("密码").press("Enter");
        page.navigate("http://localhost:" + port + "/members");
        assertThat(page.locator("h1")).hasText("委员名册");
        double fontSize = ((Number) page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
        assertThat(fontSize).isGreaterThanOrEqualTo(16);
        // no horizontal scrolling at phone width
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/member-list-phone.png")).setFullPage(false));
        context.close();
    }
}

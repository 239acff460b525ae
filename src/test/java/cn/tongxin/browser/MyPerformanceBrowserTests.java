package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.Scores;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.IntegrationTest;

/**
 * The demo member opens 我的履职 on a phone (390 px): the total and the entries are readable without sideways
 * scrolling, an entry opens its source record and its points open the rule that gave them.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPerformanceBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recorder recorder;
    @Autowired
    Scores scores;
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
    void theDemoMemberReadsTheirRecordAtPhoneWidth() {
        ensureAnEntryWithARule();
        Page page = browser.as("member", true);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的履职").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("我的履职");
        assertThat(page.locator("#perf-total")).isVisible();
        assertThat(page.locator("#perf-total")).hasText(Pattern.compile("^-?\\d+(\\.\\d+)?$"));
        assertThat(page.locator(".perf-entry").first()).isVisible();
        Number scrollWidth = (Number) page.evaluate("document.scrollingElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(390);
        double fontSize = ((Number) page.evaluate("parseFloat(getComputedStyle(document.querySelector('.perf-entry-what')).fontSize)")).doubleValue();
        assertThat(fontSize).isGreaterThanOrEqualTo(16);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/my-performance-phone.png")).setFullPage(true));

        // the points open the rule that gave them
        Locator points = page.locator("a.perf-points").first();
        String anchor = points.getAttribute("href");
        assertThat(anchor).startsWith("#rule-");
        points.click();
        page.waitForURL(u -> u.endsWith(anchor));
        Locator rule = page.locator(anchor);
        assertThat(rule).isVisible();
        assertThat(rule).isInViewport();

        // the entry opens its source record
        Locator entry = page.locator("a.perf-entry-link").first();
        String href = entry.getAttribute("href");
        entry.click();
        page.waitForURL(u -> u.endsWith(href));
        assertThat(page.locator(".error-code")).hasCount(0);
        assertThat(page.locator("h1")).isVisible();
        assertThat(errors).isEmpty();
        page.context().close();
    }

    /** The demo's proposals reach the record through the listeners; should they not have arrived yet, record one. */
    private void ensureAnEntryWithARule() {
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        int year = LocalDate.now().getYear();
        for (int i = 0; i < 20 && linked(member, year) == 0; i++) {
            sleep();
        }
        if (linked(member, year) > 0) {
            return;
        }
        var proposal = jdbc.sql("""
                select id, committee_id, title from proposal where lead_member_id = ? and status <> 'DRAFT' order by id limit 1""")
                .param(member).query().singleRow();
        long committee = ((Number) proposal.get("committee_id")).longValue();
        long id = ((Number) proposal.get("id")).longValue();
        scores.refresh(committee, recorder.put(List.of(new Fact(committee, member, LocalDate.of(year, 1, 15),
                FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL, 0, SubjectRef.of(SubjectType.PROPOSAL, id),
                (String) proposal.get("title"), "/proposals/" + id))));
    }

    private int linked(long member, int year) {
        return jdbc.sql("""
                select count(*) from performance_entry where member_id = ? and year = ? and link is not null and status = 'COUNTED'
                   and kind in ('PROPOSAL_SUBMITTED', 'PROPOSAL_FILED', 'REPORT_SUBMITTED', 'ATTENDED')""")
                .params(member, year).query(Integer.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

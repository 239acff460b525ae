package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import cn.tongxin.support.IntegrationTest;

/**
 * The annual figures page at desktop and phone width (390 px): the figures, their charts with the tables beside them,
 * no console error, nothing wider than the screen; a figure opens the records it counts.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportBrowserTests {

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

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void staffReadTheAnnualFiguresWithTheirCharts(boolean phone) {
        Page page = browser.as("staff", phone);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        page.navigate(browser.url("/reports/annual?scope=system&year=" + year));
        assertThat(page.locator("h1")).containsText("工作报告数字");
        assertThat(page.locator("#figures")).isVisible();
        assertThat(page.locator("[data-chart]").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("figure.chart table.chart-table").count()).isGreaterThanOrEqualTo(4);
        if (page.locator("script[src*='charts']").count() > 0) {
            page.waitForSelector("[data-chart] canvas");
        }
        if (phone) {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(1);
        }
        page.navigate(browser.url("/reports/annual?year=" + year));
        page.locator("tr[data-code='PROPOSALS_RECEIVED'] a").first().click();
        assertThat(page.locator("h1")).containsText("收到");
        assertThat(page.locator("#records")).isVisible();
        assertThat(errors).isEmpty();
    }
}

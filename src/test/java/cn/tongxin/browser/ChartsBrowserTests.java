package cn.tongxin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import cn.tongxin.support.IntegrationTest;

/**
 * Every statistics page and the 大屏 draw each of their charts on a canvas, with its table, without a console error
 * (the strict CSP included), and without sideways scrolling — on a desktop (1366 px) and on a phone (390 px).
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsBrowserTests {

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

    private List<String> pages() {
        int year = LocalDate.now().getYear();
        String range = "from=" + (year - 2) + "-03-01&to=" + LocalDate.now();
        return List.of("/proposals/statistics", "/proposals/statistics?" + range, "/opinion-statistics",
                "/opinion-statistics?" + range, "/suggestion-statistics", "/suggestion-statistics?" + range,
                "/activity-statistics", "/activity-statistics?" + range, "/system-statistics", "/system-statistics?" + range,
                "/dashboard");
    }

    @Test
    void everyStatisticsPageDrawsItsChartsOnADesktop() {
        drawsEverywhere(1366, 900, "desktop");
    }

    @Test
    void everyStatisticsPageDrawsItsChartsOnAPhone() {
        drawsEverywhere(390, 844, "phone");
    }

    @Test
    void theDashboardRefreshesItselfAndDrawsAgain() {
        Page page = browser.as("leader", false);
        page.setViewportSize(1920, 1080);
        List<String> errors = errors(page);
        page.navigate(browser.url("/dashboard"));
        int charts = allDrawn(page, "/dashboard");
        assertThat(page.locator(".dashboard-figure").count()).isGreaterThanOrEqualTo(8);
        assertThat(page.locator("body.dashboard[data-chart-theme=dark]").count()).isEqualTo(1);
        assertThat(page.locator("#dashboard").getAttribute("hx-trigger")).isEqualTo("every 60s");
        String before = page.locator("#dashboard time").getAttribute("datetime");
        // what the 60 s trigger does, now
        page.evaluate("htmx.ajax('GET', document.querySelector('#dashboard').getAttribute('hx-get'), "
                + "{target: '#dashboard', swap: 'outerHTML'})");
        page.waitForCondition(() -> !before.equals(page.locator("#dashboard time").getAttribute("datetime")));
        assertThat(allDrawn(page, "/dashboard (refreshed)")).isEqualTo(charts);
        assertThat(page.locator("#dashboard").count()).isEqualTo(1);
        assertThat(page.locator("#dashboard").getAttribute("hx-trigger")).isEqualTo("every 60s");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/dashboard-1920.png")));
        assertThat(errors).isEmpty();
        page.context().close();
    }

    private void drawsEverywhere(int width, int height, String name) {
        Page page = browser.as("staff", width < 600);
        page.setViewportSize(width, height);
        List<String> errors = errors(page);
        for (String path : pages()) {
            page.navigate(browser.url(path));
            assertThat(page.locator(".error-code").count()).as(path).isZero();
            int charts = allDrawn(page, path);
            assertThat(charts).as(path + " has charts").isGreaterThan(0);
            // each chart has its table (or its "暂无数据")
            assertThat(page.locator("figure.chart .chart-data").count()).as(path).isEqualTo(charts);
            // the tooltip is drawn on the canvas too: hovering brings no CSP error
            var box = page.locator("[data-chart] canvas").first().boundingBox();
            page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
            Number scrollWidth = (Number) page.evaluate("document.scrollingElement.scrollWidth");
            assertThat(scrollWidth.intValue()).as(path + " scrolls sideways").isLessThanOrEqualTo(width);
            assertThat(errors).as(path).isEmpty();
        }
        page.navigate(browser.url("/proposals/statistics"));
        allDrawn(page, "/proposals/statistics");
        page.locator(".charts").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/proposal-charts-" + name + ".png")));
        page.context().close();
    }

    /** Waits until every chart of the page has its canvas, and returns how many charts there are. */
    private static int allDrawn(Page page, String path) {
        // panels loaded into the page (热词 on the statistics and the annual figures) first
        page.waitForFunction("() => !document.querySelector('[hx-trigger=\"load\"]')");
        int charts = page.locator("[data-chart]").count();
        page.waitForFunction("() => [...document.querySelectorAll('[data-chart]')]"
                + ".every(el => el.querySelector('canvas') && el.querySelector('canvas').width > 0)");
        assertThat(page.locator("[data-chart] canvas").count()).as(path).isGreaterThanOrEqualTo(charts);
        assertThat(page.locator("figure.chart").count()).as(path).isEqualTo(charts);
        return charts;
    }

    private static List<String> errors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type()) && m.text().contains("Content Security Policy")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }
}

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * 热词 on the proposal statistics and the annual figures at 1366 and 390 px: the chart drawn in the page, a category
 * chosen in place, a word opening the search narrowed to its year and category; nothing wider than the phone.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotWordsBrowserTests {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    BrowserSupport browser;

    @BeforeAll
    void start() throws Exception {
        browser = new BrowserSupport(port);
        cn.tongxin.search.HotWordsTestData.proposals(new Api(mvc), 4);
        Listeners.settled(jdbc, "search");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theHotWordsChartIsOnBothPagesAndAWordOpensItsProposals(boolean phone) {
        Page page = browser.as("staff", phone);
        if (!phone) {
            page.setViewportSize(1366, 768);
        }
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);

        page.navigate(browser.url("/reports/annual?year=" + YEAR));
        page.waitForSelector("#hot-words [data-chart] canvas");
        assertThat(page.locator("#hot-words h2")).containsText(YEAR + "年提案热词");
        noOverflow(page, phone);

        page.navigate(browser.url("/proposals/statistics?year=" + YEAR));
        page.waitForSelector("#hot-words [data-chart] canvas");
        page.locator("#hot-category").selectOption("生态文明建设");
        page.locator("#hot-words button[type=submit]").click();
        assertThat(page.locator("#hot-words h2")).containsText("（生态文明建设）");
        page.waitForSelector("#hot-words [data-chart] canvas");
        noOverflow(page, phone);
        page.locator("#hot-words a.hot-word").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("无人机")).first().click();
        page.waitForURL(u -> u.contains("/search?"));
        assertThat(page.url()).contains("year=" + YEAR).contains("kind=PROPOSAL").contains("category=");
        assertThat(page.locator("main")).containsText("无人机");
        assertThat(errors).isEmpty();
    }

    static void noOverflow(Page page, boolean phone) {
        if (phone) {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(1);
        }
    }
}

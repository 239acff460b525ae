package cn.tongxin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.tongxin.support.IntegrationTest;

/**
 * Each role's home page at 1366 px and at 390 px: no sideways scrolling, no script error, and every office queue opens a
 * list of as many records as it counts.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTests {

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
    @CsvSource({"member,false,desk-member", "member,true,desk-member", "staff,false,desk-office", "staff,true,desk-office",
            "unit,false,desk-unit", "unit,true,desk-unit", "leader,false,desk-leader", "leader,true,desk-leader"})
    void eachRoleFindsItsSectionAndTheQueuesOpenListsOfTheirSize(String user, boolean phone, String section) {
        Page page = browser.as(user, phone);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate(browser.url("/"));
        assertThat(page.locator("#" + section).isVisible()).isTrue();
        PhoneWidthBrowserTests.fitsTheWidth(page, user + " 首页");
        Locator queues = page.locator(".desk-queue");
        List<String[]> shown = new ArrayList<>();
        for (int i = 0; i < queues.count(); i++) {
            shown.add(new String[]{queues.nth(i).getAttribute("href"), queues.nth(i).locator(".value").textContent().strip()});
        }
        for (String[] q : shown) {
            page.navigate(browser.url(q[0]));
            Locator total = page.locator(".pager strong");
            String listed = total.count() == 0 ? "0" : total.first().textContent().strip();
            assertThat(listed).as(q[0]).isEqualTo(q[1]);
        }
        assertThat(errors).isEmpty();
        page.context().close();
    }
}

package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A studio member at desktop and phone width (390 px): records a 为民办实事 item on the page and finds it listed, opens
 * the studio's citizens' opinions; staff open the studio figures and the 先审后发 choices. Nothing wider than the phone.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioWorkBrowserTests {

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
    void aStudioMemberRecordsADeedAndStaffSeeTheFigures(boolean phone) {
        Page page = browser.as("member", phone);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        String title = "帮助困难家庭申请临时救助" + (phone ? "（手机）" : "");
        page.navigate(browser.url("/participation/deeds"));
        assertThat(page.locator("h1")).containsText("为民办实事");
        page.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("记录一件为民办实事")).click();
        page.getByLabel("办了什么实事").fill(title);
        page.getByLabel("为谁办（群众、小区、村组等）").fill("和平社区困难家庭");
        page.locator("form[enctype] button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("已记录为民办实事");
        assertThat(page.locator("main table")).containsText(title);
        overflow(page, phone);
        page.navigate(browser.url("/participation/opinions"));
        assertThat(page.locator("h1")).containsText("群众意见建议");
        overflow(page, phone);

        Page staff = browser.as("staff", phone);
        staff.navigate(browser.url("/participation/opinion-statistics"));
        assertThat(staff.locator("main table")).containsText("为民办实事");
        overflow(staff, phone);
        staff.navigate(browser.url("/participation/studio-moderation"));
        assertThat(staff.locator("main table")).containsText("跟随全会设置");
        overflow(staff, phone);
        assertThat(errors).isEmpty();
    }

    static void overflow(Page page, boolean phone) {
        if (phone) {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(1);
        }
    }
}

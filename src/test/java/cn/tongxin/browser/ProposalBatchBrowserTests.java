package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** On a phone, staff tick proposals on the list, confirm 批量立案 and read what was done: nothing scrolls sideways. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalBatchBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    BrowserSupport browser;

    @BeforeAll
    void start() {
        browser = new BrowserSupport(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    long submitted(Api api, String title) throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况","analysis":"分析",
                 "suggestions":"建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title));
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null);
        return id;
    }

    void fitsThePhone(Page page) {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as(page.url() + " scrolls sideways").isLessThanOrEqualTo(0);
    }

    @Test
    void staffFileTickedProposalsAtPhoneWidth() throws Exception {
        String tag = "手机批量" + UUID.randomUUID().toString().substring(0, 6);
        Api api = new Api(mvc);
        long a = submitted(api, tag + "甲");
        long b = submitted(api, tag + "乙");

        Page page = browser.as("staff", true);
        page.navigate(browser.url("/proposals?keyword=" + tag));
        page.getByLabel("选择：" + tag + "甲").check();
        page.getByLabel("选择：" + tag + "乙").check();
        page.getByLabel("批量操作").selectOption("FILE");
        page.getByText("下一步（确认）").click();
        assertThat(page.getByText("将处理 2 件，不能处理 0 件。")).isVisible();
        fitsThePhone(page);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("确认批量立案（2 件）")).click();
        assertThat(page.getByText("已处理 2 件，未处理 0 件。")).isVisible();
        fitsThePhone(page);
        for (long id : new long[] {a, b}) {
            assertThat(jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single()).isEqualTo("FILED");
        }
    }
}

package cn.tongxin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

/**
 * At 390 px nothing scrolls sideways — the rating table, the venue code screen, 账户与角色, 审计日志, the home page —
 * and in 大字 mode the top bar's buttons keep their words on one line.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneWidthBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    BrowserSupport browser;
    Api api;

    @BeforeAll
    void start() {
        browser = new BrowserSupport(port);
        api = new Api(mvc);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static void fitsTheWidth(Page page, String what) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> w = (List<?>) widths;
        assertThat(((Number) w.get(0)).intValue()).as(what + ": page width " + w.get(0) + " > viewport " + w.get(1))
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }

    /** A proposal of the demo member, replied to by the demo unit and rated by the member. */
    long ratedProposal() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"手机上看评价表的提案","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = id("select unit_id from user_account where username = 'unit'");
        var a = api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        long caseId = ((Number) api.read(a, "$.caseId")).longValue();
        long assignment = id("select id from handling_assignment where case_id = ?", caseId);
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/acknowledge", null).andExpect(status().isOk());
        api.post("unit", "/api/v1/handling/assignments/" + assignment + "/reply", """
                {"text":"一、关于……已落实。二、关于……正在推进，预计年底前完成全部整改工作并向委员书面报告。","category":"A","signer":"王局长",
                 "contactPerson":"李科长","contactPhone":"0551-62345678"}""").andExpect(status().isOk());
        api.post("member", "/api/v1/handling/cases/" + caseId + "/ratings",
                "{\"attitude\":\"SATISFIED\",\"result\":\"BASICALLY_SATISFIED\",\"comment\":\"答复及时，但个别问题仍需跟进落实，建议加强与委员的日常沟通联系。\"}")
                .andExpect(status().isOk());
        return id;
    }

    @Test
    void theRatingTableFitsAPhone() throws Exception {
        long id = ratedProposal();
        Page page = browser.as("member", true);
        page.navigate(browser.url("/proposals/" + id));
        assertThat(page.locator("#rating-table").isVisible()).isTrue();
        fitsTheWidth(page, "评价表");
        page.context().close();
    }

    @Test
    void theVenueCodeScreenFitsAPhone() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(10);
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"手机上的签到码","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"会议室","memberIds":[%d]}""".formatted(start, start.plusHours(2), id("select member_id from user_account where username = 'member2'"))).andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.id")).longValue();
        Page page = browser.as("staff", true);
        page.navigate(browser.url("/activities/" + id + "/code"));
        assertThat(page.locator("#checkin-code").isVisible()).isTrue();
        fitsTheWidth(page, "签到码大屏");
        page.context().close();
    }

    @Test
    void accountsAndTheAuditLogFitAPhone() {
        Page page = browser.as("admin", true);
        for (Map.Entry<String, String> p : Map.of("/admin/users", "账户与角色", "/admin/audit", "审计日志").entrySet()) {
            page.navigate(browser.url(p.getKey()));
            assertThat(page.locator("h1").textContent()).contains(p.getValue());
            fitsTheWidth(page, p.getValue());
        }
        page.context().close();
    }

    @Test
    void inLargeTextTheTopBarKeepsItsWordsOnOneLine() {
        for (String user : List.of("member", "staff", "leader", "unit")) {
            Page page = browser.as(user, true);
            page.locator("[data-toggle-large-text]").click();
            assertThat(page.evaluate("() => document.documentElement.classList.contains('large-text')")).isEqualTo(true);
            for (String selector : List.of(".topbar form button", "[data-toggle-large-text]")) {
                Object lines = page.evaluate("""
                        s => { const b = document.querySelector(s); const r = document.createRange(); r.selectNodeContents(b);
                               const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
                               return [tops.size, b.getBoundingClientRect().height, parseFloat(getComputedStyle(b).lineHeight)]; }""",
                        selector);
                List<?> l = (List<?>) lines;
                assertThat(((Number) l.get(0)).intValue()).as(user + " " + selector + " lines").isEqualTo(1);
                assertThat(((Number) l.get(1)).doubleValue()).as(user + " " + selector + " height")
                        .isLessThan(((Number) l.get(2)).doubleValue() * 1.9);
            }
            fitsTheWidth(page, user + " 首页（大字）");
            page.locator("[data-toggle-large-text]").click();
            page.context().close();
        }
    }
}

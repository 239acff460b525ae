package cn.tongxin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * axe-core (vendored under src/test/resources/vendor/axe-core) over the main pages, as each role sees them: no serious or
 * critical violation anywhere, and none of the moderate ones found before (a table header without text).
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    /** Moderate findings once fixed, kept fixed: a header cell without text, a page without its main landmark. */
    private static final List<String> ALSO_FAIL = List.of("empty-table-header", "landmark-one-main");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    BrowserSupport browser;
    Api api;
    String axe;

    @BeforeAll
    void start() throws IOException {
        browser = new BrowserSupport(port);
        api = new Api(mvc);
        try (InputStream in = getClass().getResourceAsStream("/vendor/axe-core/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    long memberId(String user) {
        return jdbc.sql("select member_id from user_account where username = ?").param(user).query(Long.class).single();
    }

    long proposal() throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"无障碍检查的提案","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    long activity() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        var r = api.post("staff", "/api/v1/activities", """
                {"title":"无障碍检查的视察活动","type":"RESEARCH","organiserKind":"OFFICE","organiserName":"研究室","startsAt":"%s","endsAt":"%s",
                 "place":"政协三楼会议室","memberIds":[%d,%d]}""".formatted(start, start.plusHours(2), memberId("member"), memberId("member2")))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(r, "$.id")).longValue();
        api.post("member2", "/api/v1/activities/" + id + "/leave", "{\"reason\":\"出差\"}").andExpect(status().isOk());
        return id;
    }

    long suggestion() throws Exception {
        var r = api.post("member", "/api/v1/suggestions", """
                {"requestKey":"%s","title":"路口红绿灯时长","body":"早高峰左转灯太短","place":"人民路与解放路口"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.suggestion.id")).longValue();
    }

    long report() throws Exception {
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"无障碍检查的社情民意","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    /** Serious and critical violations of the page (and the moderate ones kept fixed), one line each. */
    @SuppressWarnings("unchecked")
    List<String> violations(Page page, String path) {
        page.navigate(browser.url(path));
        page.waitForLoadState();
        Object found = page.evaluate("""
                async (also) => {
                  const r = await axe.run(document, {resultTypes: ['violations']});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id))
                    .map(v => v.impact + ' ' + v.id + '（' + v.help + '）: ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
                }""", ALSO_FAIL);
        List<String> lines = new ArrayList<>();
        ((List<Object>) found).forEach(v -> lines.add(path + " → " + v));
        return lines;
    }

    Page as(String user) {
        Page page = user == null ? browser.anonymous(false) : browser.as(user, false);
        // an init script is not subject to the page's content security policy, as an inline script tag would be
        page.context().addInitScript(axe);
        return page;
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalViolationForAnyRole() throws Exception {
        long proposal = proposal();
        long activity = activity();
        long suggestion = suggestion();
        long report = report();
        Map<String, List<String>> pages = Map.of(
                "", List.of("/login", "/public/shili"),
                "member", List.of("/", "/proposals", "/proposals/new", "/proposals/" + proposal, "/activities/" + activity,
                        "/suggestions/new", "/suggestions/" + suggestion, "/opinions/new", "/opinions/" + report),
                "staff", List.of("/", "/proposals", "/proposals/" + proposal, "/activities/" + activity, "/suggestions/" + suggestion,
                        "/opinions/" + report, "/proposals/statistics", "/activity-statistics"),
                "unit", List.of("/"),
                "leader", List.of("/", "/reports/annual", "/proposals/statistics"),
                "admin", List.of("/"));
        List<String> found = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            Page page = as(entry.getKey().isEmpty() ? null : entry.getKey());
            for (String path : entry.getValue()) {
                found.addAll(violations(page, path));
            }
            page.context().close();
        }
        assertThat(found).isEmpty();
    }
}

package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import com.microsoft.playwright.options.SelectOption;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.support.IntegrationTest;

/**
 * A 专题协商 with 20 invited members: 15 check in at phone width with the venue code, 3 ask for leave (2 approved,
 * 1 refused); attendance and rate are right; a speech and a 建议案 are recorded; the 建议案 goes to a unit, is
 * answered and rated.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    BrowserSupport browser;
    final List<String> users = new ArrayList<>();
    final List<Long> memberIds = new ArrayList<>();

    @BeforeAll
    void start() {
        browser = new BrowserSupport(port);
        long city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long demoMember = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        users.add("member");
        memberIds.add(demoMember);
        List<Long> others = jdbc.sql("""
                select m.id from member m where m.committee_id = ? and m.status = 'ACTIVE'
                   and not exists (select 1 from user_account a where a.member_id = m.id) order by m.id limit 19""")
                .param(city).query(Long.class).list();
        for (int i = 0; i < others.size(); i++) {
            String username = String.format("act%02d", i + 2);
            accounts.openWithoutCaller(city, new NewAccount(username, "协商委员" + (i + 2), "Demo@2026", Set.of(Role.MEMBER), null,
                    others.get(i), null), false);
            users.add(username);
            memberIds.add(others.get(i));
        }
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void aThematicConsultationFromInvitationToTheAnsweredRecommendation() {
        var fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        Page staff = browser.as("staff", false);
        staff.navigate(browser.url("/activities/new"));
        staff.getByLabel("活动名称").fill("关于优化营商环境的专题协商");
        staff.locator("#type").selectOption("THEMATIC_CONSULTATION");
        staff.locator("#organiserKind").selectOption("OFFICE");
        staff.locator("#organiserName").fill("提案委员会办公室");
        staff.locator("#startsAt").fill(now.plusMinutes(20).format(fmt));
        staff.locator("#endsAt").fill(now.plusHours(3).format(fmt));
        staff.locator("#place").fill("市政协三楼会议室");
        staff.locator("#memberIds").selectOption(memberIds.stream().map(String::valueOf).toArray(String[]::new));
        staff.locator("#unitIds").selectOption(new SelectOption().setLabel("市发展和改革委员会"));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布并通知")).click();
        assertThat(staff.locator("#participants tbody tr")).hasCount(20);
        String path = staff.url().replaceAll("^https?://[^/]+", "");

        // three ask for leave before the start
        for (String u : users.subList(15, 18)) {
            Page m = browser.as(u, true);
            m.navigate(browser.url(path));
            m.getByLabel("请假事由").fill("外地出差");
            m.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("请假")).click();
            assertThat(m.locator("#my-response")).hasText("请假待批");
            m.context().close();
        }
        staff.navigate(browser.url(path));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("准假")).first().click();
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("准假")).first().click();
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("不准假")).first().click();

        // fifteen check in at phone width with the code on the venue screen
        staff.navigate(browser.url(path + "/code"));
        String code = staff.locator("#checkin-code").textContent().strip();
        for (String u : users.subList(0, 15)) {
            Page m = browser.as(u, true);
            m.navigate(browser.url(path + "/check-in"));
            m.locator("#code").fill(code);
            m.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到")).click();
            if (m.locator(".flash.error").count() > 0) {
                // the code changed between reading and typing: read the new one
                staff.reload();
                code = staff.locator("#checkin-code").textContent().strip();
                m.locator("#code").fill(code);
                m.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到")).click();
            }
            assertThat(m.locator("#checkin-result")).containsText("出席");
            m.context().close();
        }
        // the activity is over: those neither present nor excused are absent
        jdbc.sql("update activity set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute', checkin_opens_at = now() - interval '3 hours', checkin_closes_at = now() - interval '1 minute' where title = '关于优化营商环境的专题协商'").update();
        staff.navigate(browser.url(path));
        assertThat(staff.locator("#attendance-rate")).hasText("15 ÷ 20 = 75.0%");
        assertThat(staff.locator("#attendance-counts")).hasText("出席 15，请假 2，缺席 3，列席 0");

        // a speech and a 建议案
        record(staff, "SPEECH_ORAL", "关于降低制度性交易成本的发言", users.get(1));
        record(staff, "FORMAL_RECOMMENDATION", "关于进一步优化营商环境的建议案", "member");
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("关于进一步优化营商环境的建议案")).click();
        staff.locator("#responsibleUnits").selectOption(new SelectOption().setLabel("市发展和改革委员会"));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        assertThat(staff.locator("#handling-status")).hasText("办理中");
        String outputPath = staff.url().replaceAll("^https?://[^/]+", "");

        Page unit = browser.as("unit", false);
        unit.navigate(browser.url("/handling/tasks"));
        unit.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("关于进一步优化营商环境的建议案")).click();
        unit.locator(".unit-panel").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("签收")).click();
        var panel = unit.locator(".unit-panel");
        panel.locator("textarea[name=text]").fill("已将建议案纳入年度营商环境改革任务清单，逐条落实。");
        panel.locator("select[name=category]").selectOption("B");
        panel.locator("input[name=signer]").fill("孙主任");
        panel.locator("input[name=contactPerson]").fill("周科长");
        panel.locator("input[name=contactPhone]").fill("0551-64567890");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交答复")).click();
        assertThat(unit.locator("#handling-status")).hasText("已办复");

        Page author = browser.as("member", true);
        author.navigate(browser.url(outputPath));
        var form = author.locator("#rating-form");
        form.locator("input[name=attitude][value=SATISFIED]").check();
        form.locator("input[name=result][value=BASICALLY_SATISFIED]").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();
        assertThat(author.locator(".flash.notice")).containsText("评价已提交");
        staff.navigate(browser.url(path));
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/consultation.png")).setFullPage(true));
    }

    private void record(Page staff, String kind, String title, String authorUser) {
        long author = jdbc.sql("select member_id from user_account where username = ?").param(authorUser).query(Long.class).single();
        staff.locator("#out-kind").selectOption(kind);
        staff.locator("#out-title").fill(title);
        staff.locator("#out-text").fill(title + "（正文）");
        staff.locator("#out-authors").selectOption(String.valueOf(author));
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(staff.locator(".flash.notice")).containsText("已登记");
    }
}

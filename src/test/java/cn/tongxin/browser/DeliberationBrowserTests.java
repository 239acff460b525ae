package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;

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
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.tongxin.account.RunAs;
import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.ModerateComments;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;
import cn.tongxin.participation.Captchas;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/**
 * Citizens at 390 px on a public topic: a held comment is seen only by its author until approved, then arrives on another
 * citizen's page without reload; a hidden comment keeps its reply; undo brings it back; bad input is refused in Chinese.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliberationBrowserTests {

    /** Long enough for two polls of the page (every 5 s). */
    private static final double LIVE = 15_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
    @Autowired
    RunAs runAs;
    @Autowired
    ManageTopics topics;
    @Autowired
    CommentOnTopics comments;
    @Autowired
    ModerateComments moderation;
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
    void aHeldCommentIsInvisibleUntilApprovedThenArrivesLiveAndAHiddenOneKeepsItsReply() {
        long city = DemoCommittees.of(jdbc).city();
        long activity = jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(city).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now();
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CONSULTATION, activity, "关于老旧小区加装电梯的网络议政",
                "背景介绍", "您所在的小区加装电梯有什么困难？", Audience.PUBLIC, now.minusHours(1), now.plusDays(3), true, false, null)));
        String path = "/public/shili/topics/" + topic;

        // citizen A writes; the page says it waits, and shows it to A only, marked 待审核
        Page a = browser.anonymous(true);
        a.navigate(browser.url(path));
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要留言")).click();
        a.getByLabel("昵称（可选，不填显示为“网友”）").fill("住在三楼的张阿姨");
        a.getByLabel("留言内容").fill("我们小区是1990年建的，希望加装电梯的补贴标准公开透明。");
        solveCaptcha(a);
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(a.getByText("留言已提交，审核通过后公开")).isVisible();
        Locator own = a.locator(".comment", new Page.LocatorOptions().setHasText("补贴标准公开透明"));
        assertThat(own).containsText("待审核");
        noSideways(a);

        // citizen B does not see it; after the office approves it, it appears on B's page without reload
        Page b = browser.anonymous(true);
        b.navigate(browser.url(path));
        assertThat(b.locator("#threads")).not().containsText("补贴标准公开透明");
        long comment = jdbc.sql("select id from deliberation_comment where topic_id = ? and author_name = '住在三楼的张阿姨'")
                .param(topic).query(Long.class).single();
        runAs.user("staff", () -> moderation.approve(comment));
        assertThat(b.locator("#threads")).containsText("补贴标准公开透明", new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE));
        assertThat(b.locator("#comment-count")).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(LIVE));

        // a member replies; the office hides the comment: B keeps a placeholder and the reply, live
        runAs.user("member", () -> comments.asMember(topic, comment, "补贴标准已在住建局网站公示，可以去查询。"));
        assertThat(b.locator("#r-" + comment)).containsText("住建局网站公示", new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE));
        runAs.user("staff", () -> moderation.hide(comment, "含有未经核实的信息"));
        assertThat(b.locator("#c-" + comment)).containsText("该留言已被隐藏（含有未经核实的信息）",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE));
        assertThat(b.locator("#r-" + comment)).containsText("住建局网站公示");
        b.reload();
        assertThat(b.locator("#c-" + comment)).containsText("该留言已被隐藏（含有未经核实的信息）");
        assertThat(b.locator("#threads")).containsText("住建局网站公示");
        noSideways(b);

        // undo: shown again, live
        runAs.user("staff", () -> moderation.undo(comment));
        assertThat(b.locator("#c-" + comment)).containsText("补贴标准公开透明", new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE));
    }

    @Test
    void badInputIsRefusedWithAClearChineseMessageAndNothingIsStored() {
        long city = DemoCommittees.of(jdbc).city();
        long activity = jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(city).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now();
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CONSULTATION, activity, "关于社区养老的网络议政",
                null, null, Audience.PUBLIC, now.minusHours(1), now.plusDays(3), true, false, null)));
        Page c = browser.anonymous(true);
        c.navigate(browser.url("/public/shili/topics/" + topic + "/write"));

        c.getByLabel("留言内容").fill("正常的留言内容");
        c.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", captchas.issue().id());
        c.getByLabel("验证码").fill("zzzz");
        c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(c.getByRole(AriaRole.ALERT)).containsText("验证码不正确");
        assertThat(c.getByLabel("留言内容")).hasValue("正常的留言内容");

        c.getByLabel("留言内容").fill("<script>alert('x')</script>请看");
        solveCaptcha(c);
        c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(c.locator(".field-error")).containsText("不能包含网页代码");

        c.getByLabel("留言内容").fill("长".repeat(5001));
        solveCaptcha(c);
        c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(c.locator(".field-error")).containsText("留言不能超过");
        noSideways(c);

        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from deliberation_comment where topic_id = ?")
                .param(topic).query(Long.class).single()).isZero();
    }

    private void solveCaptcha(Page page) {
        var challenge = captchas.issue();
        page.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", challenge.id());
        page.getByLabel("验证码").fill(challenge.answer());
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(wide).as("no sideways scrolling at 390 px on " + page.url()).isEqualTo(true);
    }
}

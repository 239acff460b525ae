package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import cn.tongxin.account.RunAs;
import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** A member at 390 px in 大字 mode answers a reply ("回复 @某某") and edits their own reply ("已编辑"), with no sideways scroll. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliberationThreadBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    ManageTopics topics;
    @Autowired
    CommentOnTopics comments;
    @Autowired
    Clock clock;
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
    void aMemberOnAPhoneAnswersAReplyAndEditsTheirOwn() {
        long city = DemoCommittees.of(jdbc).city();
        long activity = jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(city).query(Long.class).single();
        LocalDateTime now = LocalDateTime.now(clock);
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CONSULTATION, activity, "关于停车难的委员议政",
                null, null, Audience.MEMBERS, now.minusHours(1), now.plusDays(3), true, false, null)));
        long head = runAs.user("member2", () -> comments.asMember(topic, null, "老城区停车难，建议错时共享停车位。")).id();
        long reply = runAs.user("member2", () -> comments.asMember(topic, head, "补充：机关单位夜间车位可以向居民开放。")).id();
        String name = jdbc.sql("select display_name from user_account where username = 'member2'").query(String.class).single();

        Page page = browser.as("member", true);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(browser.url("/deliberation/topics/" + topic));
        page.locator("[data-toggle-large-text]").click();
        page.locator("#c-" + reply + " details.reply-box > summary").click();
        page.locator("#reply-" + reply).fill("同意，夜间开放需要明确安全责任。");
        page.locator("#c-" + reply + " details.reply-box button").click();
        assertThat(page.getByText("留言已发布")).isVisible();
        long mine = jdbc.sql("select id from deliberation_comment where topic_id = ? and text like '同意，夜间开放%'").param(topic)
                .query(Long.class).single();
        assertThat(page.locator("#r-" + head + " #c-" + mine)).containsText("回复 @" + name);
        PhoneWidthBrowserTests.fitsTheWidth(page, "网络议政 回复的回复（大字）");

        page.locator("#c-" + mine + " details.edit-box > summary").click();
        page.locator("#edit-" + mine).fill("同意，夜间开放需要明确安全责任和收费标准。");
        page.locator("#c-" + mine + " details.edit-box button").click();
        assertThat(page.getByText("留言已修改")).isVisible();
        assertThat(page.locator("#c-" + mine)).containsText("收费标准");
        assertThat(page.locator("#c-" + mine)).containsText("已编辑");
        PhoneWidthBrowserTests.fitsTheWidth(page, "网络议政 修改留言（大字）");
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
        page.locator("[data-toggle-large-text]").click();
        page.context().close();
    }
}

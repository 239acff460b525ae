package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import cn.tongxin.support.IntegrationTest;

/**
 * A member of a reading group at desktop and phone width (390 px), also in large text: posts a note with a photo and
 * markup in its text (shown as typed, never run), likes it in place, comments, and finds it on the group's page.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingBrowserTests {

    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

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
    void aMemberPostsANoteWithAPhotoLikesItAndComments(boolean phone) {
        Page page = browser.as("member", phone);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        String book = "乡土中国" + (phone ? "（手机）" : "（电脑）");
        page.navigate(browser.url("/reading"));
        assertThat(page.locator("h1")).containsText("书香政协");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("党史学习读书群")).click();
        assertThat(page.locator("h1")).containsText("党史学习读书群");
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("读书打卡")).click();
        page.getByLabel("所读的书").fill(book);
        page.getByLabel("读书感悟").fill("差序格局<script>window.hacked=1</script>一章，对基层治理很有启发。");
        page.getByLabel("照片（可选，PNG 或 JPEG）").setInputFiles(new FilePayload("读书会.png", "image/png", PNG));
        page.locator("form[enctype] button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("打卡成功");
        assertThat(page.locator("h1")).containsText("读《" + book + "》");
        assertThat(page.locator("main .note-text").first()).containsText("<script>window.hacked=1</script>");
        assertThat(page.evaluate("() => typeof window.hacked")).isEqualTo("undefined");
        assertThat(page.locator("main img.photo")).isVisible();
        page.locator("form.like button").click();
        assertThat(page.locator("form.like button")).containsText("已赞 1");
        page.getByLabel("发表评论（先发后审）").fill("写得好<b>!</b>");
        page.locator("form.card button[type=submit]").filter(new Locator.FilterOptions().setHasText("发表")).click();
        assertThat(page.locator(".flash")).containsText("评论已发表");
        assertThat(page.locator("main .comment-text").last()).containsText("写得好<b>!</b>");
        overflow(page, phone);
        page.locator("main a").filter(new Locator.FilterOptions().setHasText("党史学习读书群")).first().click();
        Locator card = page.locator("article.note").filter(new Locator.FilterOptions().setHasText(book));
        assertThat(card).containsText("已赞 1");
        assertThat(card).containsText("评论 1");
        overflow(page, phone);
        page.locator("[data-toggle-large-text]").click();
        overflow(page, phone);
        assertThat(errors).isEmpty();
    }

    static void overflow(Page page, boolean phone) {
        if (phone) {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(1);
        }
    }
}

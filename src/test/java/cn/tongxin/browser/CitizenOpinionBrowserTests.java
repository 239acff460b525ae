package cn.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import cn.tongxin.participation.Captchas;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** A citizen at 390 px: scan the studio's poster → leave an opinion with a photo → staff convert it → reply by tracking code. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenOpinionBrowserTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captchas captchas;
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
    void aCitizenScansLeavesAnOpinionWithAPhotoAndReadsTheReplyAfterStaffConvertIt() throws Exception {
        long studio = jdbc.sql("select id from org_unit where committee_id = ? and kind = 'STUDIO' and active order by id limit 1")
                .param(DemoCommittees.of(jdbc).city()).query(Long.class).single();
        Page citizen = browser.anonymous(true);

        // scan: the poster's QR code leads to the studio's page
        byte[] poster = citizen.request().get(browser.url("/public/shili/studios/" + studio + "/poster.png")).body();
        var image = ImageIO.read(new ByteArrayInputStream(poster));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        citizen.navigate(scanned);
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("反映问题、提出意见建议"))).isVisible();
        noSideways(citizen);

        citizen.getByLabel("姓名").fill("李四");
        citizen.getByLabel("手机号").fill("13500001234");
        citizen.getByLabel("地点").fill("东风路与解放路交叉口");
        citizen.getByLabel("问题或意见建议").fill("交叉口人行横道信号灯时间太短，老人过不去，建议延长绿灯时间。");
        citizen.getByLabel("照片（可选，最多3张，PNG或JPEG）").setInputFiles(new FilePayload("路口.png", "image/png", PNG));
        // the captcha a person reads off the picture: the test solves one issued on the server
        var challenge = captchas.issue();
        citizen.locator("input[name=captchaId]").evaluate("(e, id) => e.value = id", challenge.id());
        citizen.getByLabel("验证码").fill(challenge.answer());
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        assertThat(citizen.getByText("提交成功")).isVisible();
        String code = citizen.locator(".tracking-code").textContent().strip();
        String trackPath = "/public/shili/track/" + code;
        assertThat(citizen.locator("dl")).containsText("待审核");
        noSideways(citizen);

        // staff: approve in the moderation queue, open the opinion, convert it into a micro-suggestion
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        Page staff = browser.as("staff", false);
        staff.navigate(browser.url("/participation/moderation"));
        staff.locator("tr", new Page.LocatorOptions().setHasText("交叉口人行横道信号灯"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("通过").setExact(true)).click();
        assertThat(staff.getByText("已审核通过")).isVisible();
        staff.navigate(browser.url("/participation/opinions"));
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交叉口人行横道信号灯").setExact(false)).first().click();
        assertThat(staff.locator("dl")).containsText("13500001234");
        assertThat(staff.locator("dl")).containsText("1 张");
        staff.locator("summary", new Page.LocatorOptions().setHasText("转为微建议")).click();
        staff.getByLabel("代为提出的委员编号").fill(Long.toString(member));
        staff.getByLabel("微建议标题（可选，默认取内容开头）").fill("关于延长路口行人绿灯时间的微建议");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("转为微建议").setExact(true)).click();
        assertThat(staff.getByText("已转为微建议")).isVisible();

        // the citizen comes back to the same address
        citizen.navigate(browser.url(trackPath));
        assertThat(citizen.locator("dl")).containsText("已转办");
        assertThat(citizen.locator(".reply")).containsText("已转为委员微建议");
        assertThat(citizen.locator("body")).not().containsText("13500001234");
        noSideways(citizen);
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(wide).as("no sideways scrolling at 390 px on " + page.url()).isEqualTo(true);
    }
}

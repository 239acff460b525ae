package cn.tongxin.browser;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium driven by Playwright, with one logged-in context per user. */
final class BrowserSupport implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final int port;

    BrowserSupport(int port) {
        this.port = port;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("tongxin.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new browser context logged in as the user (phone width when asked). */
    Page as(String username, boolean phone) {
        BrowserContext context = phone
                ? browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))
                : browser.newContext();
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Demo@2026");
        page.getByLabel("密码").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** A new browser context without login (a citizen), phone width when asked. */
    Page anonymous(boolean phone) {
        BrowserContext context = phone
                ? browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))
                : browser.newContext();
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

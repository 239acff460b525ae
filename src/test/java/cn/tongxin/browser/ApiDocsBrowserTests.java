package cn.tongxin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import cn.tongxin.support.IntegrationTest;

/** The API document page (Swagger UI at /api-docs) loads without a content-security-policy violation or script error. */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserTests {

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

    static List<String> watch(Page page) {
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || m.text().contains("Content Security Policy")) {
                errors.add(m.type() + ": " + m.text());
            }
        });
        // violations are also reported as events, whatever the console says
        page.context().addInitScript("""
                document.addEventListener('securitypolicyviolation', e =>
                  console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));""");
        return errors;
    }

    @Test
    void theApiDocumentPageLoadsWithoutAPolicyViolation() {
        for (Page page : List.of(browser.anonymous(false), browser.as("staff", false))) {
            List<String> errors = watch(page);
            page.navigate(browser.url("/api-docs"));
            // the first request builds the document (280-odd operations): slow on a loaded machine
            page.locator(".opblock").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(180_000));
            // open one operation: its schema and problem responses render too
            page.locator(".opblock-summary").first().click();
            page.locator(".responses-table").first().waitFor();
            page.waitForTimeout(300);
            assertThat(page.locator(".opblock").count()).isGreaterThan(100);
            assertThat(page.title()).isNotBlank();
            assertThat(errors).isEmpty();
            page.context().close();
        }
    }
}

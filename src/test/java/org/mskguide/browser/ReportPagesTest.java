package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Report a mistake" in a real browser with JavaScript off: the form for a section, a question and the guide in
 * general, the page shown again with its errors after a bad submission, the thanks page, and the maintainers' list and
 * its not-found page. axe in both schemes, the keyboard walk and the Nu Html Checker (PageChecks).
 */
@QuarkusTest
class ReportPagesTest {

    static final String KEY = "test-only-maintainers-key-0123456789abcdef";

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }

    @Test
    void theFormItsErrorsAndTheMaintainersListPassThePageChecks() {
        Browser browser = BROWSER.get();
        List<String> problems = new ArrayList<>();

        // A bad submission: no description and an over-long contact, shown again with the error summary.
        browser.driver().get(url("/report?page=knee-ultrasound&section=what-a-knee-scan-looks-at"));
        browser.driver().findElement(By.id("contact")).sendKeys("x".repeat(250));
        browser.clickAndLoad(browser.driver().findElement(By.cssSelector("form[action='/report'] button[type=submit]")));
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary a"))).hasSize(2);
        problems.addAll(AxeChecker.checkBothSchemes(browser, "report-errors"));

        // A good one, so the maintainers' list has a report to show.
        browser.driver().findElement(By.id("contact")).clear();
        browser.driver().findElement(By.id("problem")).sendKeys("The first sentence contradicts its source.");
        browser.clickAndLoad(browser.driver().findElement(By.cssSelector("form[action='/report'] button[type=submit]")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your report");
        problems.addAll(PageChecks.all(browser, "report-thanks"));

        for (String path : List.of("/report?page=knee-ultrasound&section=what-a-knee-scan-looks-at",
                "/report?question=knee-straight-leg-dark-tendon", "/report", "/report?page=no-such-topic",
                "/report/received?key=" + KEY, "/report/received?key=wrong")) {
            browser.driver().get(url(path));
            problems.addAll(PageChecks.all(browser, "report-" + SitePages.name(path)));
        }
        assertThat(problems).as("reports in target/a11y/, target/keyboard/, target/vnu/").isEmpty();
    }
}

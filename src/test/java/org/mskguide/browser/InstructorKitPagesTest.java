package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The export form, the citation page and the printable pages, including their 400 pages (which no crawl reaches):
 * axe in both schemes, the keyboard walk, the skip link and the Nu Html Checker. The crawl of SiteChecksTest reaches
 * the others too (topic pages link /cite, the sitemap lists /instructors/export, which links /print/topics).
 */
@QuarkusTest
class InstructorKitPagesTest {

    static final List<String> PAGES = List.of(
            "/instructors/export",
            "/instructors/export?format=pdf&topic=nope",
            "/cite?page=knee-ultrasound",
            "/cite?page=knee-ultrasound&section=no-such-section",
            "/cite?page=no-such-topic",
            "/print/topics",
            "/print/topics/knee-ultrasound",
            "/print/quiz?topic=what-msk-ultrasound-images",
            "/print/quiz?topic=no-such-topic");

    static final List<String> ERROR_PAGES = List.of("/instructors/export?format=pdf&topic=nope",
            "/cite?page=knee-ultrasound&section=no-such-section", "/cite?page=no-such-topic",
            "/print/quiz?topic=no-such-topic");

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void everyPagePassesThePageChecks() {
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            String url = root.toString().replaceFirst("/$", "") + path;
            BROWSER.get().driver().get(url);
            problems.addAll(PageChecks.all(BROWSER.get(), "kit-" + SitePages.name(path)));
            if (!ERROR_PAGES.contains(path)) {
                // An error page focuses its error summary first (GOV.UK pattern), so Tab starts there by design.
                BROWSER.get().driver().get(url);
                problems.addAll(KeyboardChecker.checkSkipLink(BROWSER.get().driver(), path));
            }
        }
        assertThat(problems).as("reports in target/a11y/, target/keyboard/, target/vnu/").isEmpty();
    }
}

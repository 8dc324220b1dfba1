package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.web.LinkChecker;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page the link crawl finds from {@code /} and the sitemap, plus the "not found" page and the search pages
 * ({@link #FORM_PAGES}), goes through
 * axe-core (light and dark), the Nu Html Checker, and (one page of each kind) the keyboard walk and the skip
 * link. A new page joins by being linked. Reports: {@code target/a11y/}, {@code target/vnu/},
 * {@code target/keyboard/}.
 */
@QuarkusTest
class SiteChecksTest {

    /** A path no content or feature will ever use, to render the "not found" page. */
    static final String MISSING = "/no-such-page-for-checks";

    /**
     * Pages only a form leads to (the crawl follows links): the search page empty, with results (two pages, so the
     * pager shows), with none ("did you mean"), and refusing a query that is too long (400).
     */
    static final Map<String, Integer> FORM_PAGES = Map.of("/search", 200, "/search?q=tendon", 200,
            "/search?q=ultrasound&page=2", 200, "/search?q=sholdr", 200, "/search?q=" + "x".repeat(201), 400);

    private static final Browser.Lazy BROWSER = new Browser.Lazy();
    private static Map<String, String> pages;

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void everyPageHasNoAxeViolationsInLightAndDark() {
        List<String> violations = new ArrayList<>();
        pages().keySet().forEach(path -> {
            BROWSER.get().driver().get(url(path));
            violations.addAll(AxeChecker.checkBothSchemes(BROWSER.get(), SitePages.name(path)));
        });

        assertThat(violations).as("axe-core WCAG 2.2 AA violations; reports in target/a11y/").isEmpty();
    }

    @Test
    void everyPageIsValidHtml() {
        Map<String, String> byName = new LinkedHashMap<>();
        pages().forEach((path, html) -> byName.put(SitePages.name(path), html));

        assertThat(HtmlChecker.check(byName)).as("Nu Html Checker errors; reports in target/vnu/").isEmpty();
    }

    @Test
    void everyKindOfPageWorksWithTheKeyboardAlone() {
        List<String> problems = new ArrayList<>();
        SitePages.onePerType(pages().keySet()).values().forEach(path -> {
            BROWSER.get().driver().get(url(path));
            problems.addAll(KeyboardChecker.check(BROWSER.get().driver(), path));
            BROWSER.get().driver().get(url(path));
            problems.addAll(KeyboardChecker.checkSkipLink(BROWSER.get().driver(), path));
        });

        assertThat(problems).isEmpty();
    }

    /** The crawled pages (path to HTML as sent), then the "not found" page; crawled once per test run. */
    private Map<String, String> pages() {
        if (pages == null) {
            try {
                LinkChecker.Fetcher fetcher = LinkChecker.http(root.toURI());
                Map<String, String> found = new LinkedHashMap<>(LinkChecker.crawl(fetcher, Set.of()).htmlPages());
                LinkChecker.Fetched missing = fetcher.get(MISSING);
                assertThat(missing.status()).isEqualTo(404);
                found.put(MISSING, missing.body());
                FORM_PAGES.forEach((path, status) -> {
                    LinkChecker.Fetched page = fetcher.get(path);
                    assertThat(page.status()).as(path).isEqualTo(status);
                    found.put(path, page.body());
                });
                pages = found;
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(pages).containsKeys("/", "/topics", "/glossary", "/about");
        return pages;
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}

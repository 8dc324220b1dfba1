package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.LinkChecker;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Lighthouse over the pages readers arrive on, as a phone and as a desktop computer: accessibility, best
 * practices and SEO must score 100; performance is recorded in {@code target/lighthouse/summary.md} and
 * enforced by the benchmark instead, since a busy CI machine makes it noisy. A page marked
 * {@code noindex} (a reader's own result) loses only the SEO audit "is-crawlable", which is the point.
 */
@QuarkusTest
class LighthouseTest {

    static final List<String> ENFORCED = List.of("accessibility", "best-practices", "seo");
    /** Requests per page before measuring, so Lighthouse sees a warmed-up server (JIT, caches). */
    static final int WARM_UP_REQUESTS = 20;

    @TestHTTPResource("/")
    URL root;

    @Test
    void pagesScoreFullMarksForAccessibilityBestPracticesAndSeo() throws URISyntaxException {
        Map<String, String> pages = pages();
        LinkChecker.Fetcher fetcher = LinkChecker.http(root.toURI());
        Set<String> noindex = new HashSet<>();
        pages.forEach((name, path) -> {
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                assertThat(fetcher.get(path).status()).as(path).isEqualTo(200);
            }
            if (!Jsoup.parse(fetcher.get(path).body()).select("meta[name=robots][content~=noindex]").isEmpty()) {
                noindex.add(name);
            }
        });

        List<Lighthouse.Result> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        pages.forEach((name, path) -> {
            for (String formFactor : List.of("mobile", "desktop")) {
                Lighthouse.Result result = Lighthouse.run(url(path), name, formFactor);
                results.add(result);
                for (String category : ENFORCED) {
                    List<String> lost = result.lostPoints().stream()
                            .filter(audit -> audit.startsWith(category + ":"))
                            // A per-reader page (a result) asks not to be indexed on purpose; nothing else is excused.
                            .filter(audit -> !(noindex.contains(name) && audit.startsWith("seo: is-crawlable ")))
                            .toList();
                    if (result.scores().get(category) != 100 && (!lost.isEmpty() || !noindex.contains(name))) {
                        failures.add(name + " (" + formFactor + ") " + category + " " + result.scores().get(category)
                                + ": " + lost);
                    }
                }
            }
        });
        Lighthouse.writeSummary(results);

        assertThat(failures).as("Lighthouse; reports in target/lighthouse/").isEmpty();
    }

    /**
     * Report name to path: the home page, the first topic it lists, the quiz and one of its results (sent from
     * a browser, as the form carries a CSRF token), the self-check's start, its questions and a result (the quiz
     * result and the self-check result each with a chart), and the explorers (their index and one view of each).
     */
    private Map<String, String> pages() throws URISyntaxException {
        String home = LinkChecker.http(root.toURI()).get("/").body();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("topic", Jsoup.parse(home).select(".cards a[href^=/topics/]").first().attr("href"));
        pages.put("quiz", AppRoutes.QUIZ);
        try (Browser browser = Browser.start(true)) {
            browser.driver().get(url(AppRoutes.QUIZ));
            browser.driver().findElement(By.cssSelector("#quiz-form .choice label")).click();
            browser.clickAndLoad(browser.driver().findElement(By.cssSelector("#quiz-form button[type=submit]")));
            String result = URI.create(browser.driver().getCurrentUrl()).getRawPath();
            assertThat(result).startsWith(AppRoutes.QUIZ + "/results/");
            pages.put("quiz-result", result);
        }
        pages.put("self-check", AppRoutes.ELIGIBILITY);
        pages.put("self-check-questions", AppRoutes.ELIGIBILITY + "/questions");
        // With a pace and an SPI pass, so the result carries its timeline chart.
        pages.put("self-check-result", AppRoutes.ELIGIBILITY
                + "/result?profession=physician&licence=yes&studies=10&real=yes&perMonth=8");
        pages.put("explore", AppRoutes.EXPLORE);
        pages.put("explore-beam-angle", AppRoutes.EXPLORE_BEAM_ANGLE + "?angle=10");
        pages.put("explore-needle", AppRoutes.EXPLORE_NEEDLE + "?approach=out-of-plane&depth=3");
        return pages;
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}

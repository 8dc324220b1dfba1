package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The link checker itself, against small fixture sites under {@code src/test/resources/fixtures/sites/}:
 * it passes a sound site and names each deliberate defect.
 */
class LinkCheckerTest {

    @Test
    void aSoundSitePassesAndEveryPageIsCrawled() {
        LinkChecker.Report report = LinkChecker.crawl(fixture("clean"), Set.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.htmlPages()).containsOnlyKeys("/", "/topic", "/?from=topic");
        assertThat(report.pages()).containsKey("/site.css");
    }

    @Test
    void aLinkToAMissingAnchorFails() {
        LinkChecker.Report report = LinkChecker.crawl(fixture("broken-anchor"), Set.of());

        assertThat(report.problems()).containsExactly("/ links to /topic#part-three but there is no such id");
    }

    @Test
    void aMissingPageAnEmptyFragmentAndAPageOnlyInTheSitemapFail() {
        LinkChecker.Report report = LinkChecker.crawl(fixture("broken-site"), Set.of());

        assertThat(report.problems()).containsExactlyInAnyOrder(
                "/gone answered 404 (linked from /)",
                "/ links to /#nowhere but there is no such id",
                "/hidden is in the sitemap but no link leads to it from /");
    }

    @Test
    void pathsOfFeaturesNotYetBuiltAreNeitherFetchedNorReported() {
        LinkChecker.Report report = LinkChecker.crawl(fixture("broken-site"), Set.of("/gone"));

        assertThat(report.pages()).doesNotContainKey("/gone");
        assertThat(report.problems()).noneMatch(problem -> problem.contains("/gone"));
    }

    /** Serves {@code fixtures/sites/<site>/}: {@code /} is index.html, {@code /topic} is topic.html. */
    private static LinkChecker.Fetcher fixture(String site) {
        return pathAndQuery -> {
            String path = pathAndQuery.replaceFirst("\\?.*", "");
            String file = path.equals("/") ? "index.html" : path.substring(1) + (path.contains(".") ? "" : ".html");
            try (InputStream in = LinkCheckerTest.class.getResourceAsStream("/fixtures/sites/" + site + "/" + file)) {
                if (in == null) {
                    return new LinkChecker.Fetched(404, "text/plain", "Not found");
                }
                String type = file.endsWith(".html") ? "text/html;charset=UTF-8"
                        : file.endsWith(".css") ? "text/css" : "application/xml";
                return new LinkChecker.Fetched(200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}

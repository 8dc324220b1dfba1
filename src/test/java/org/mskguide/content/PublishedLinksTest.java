package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * URLs and section anchors are a promise to instructors who put them in course material: every link in
 * {@code published-links.txt} must still lead to its page and section (directly, or through an alias).
 */
class PublishedLinksTest {

    /**
     * Pages served by code, not content: the instructors' kit and its forms, the handout, search, the API
     * description, the sitemap for people.
     */
    private static final Set<String> APP_PAGES = Set.of("/topics", "/instructors", "/instructors/class-quizzes/new",
            "/instructors/export", "/print/topics", "/search", "/api/openapi.json", "/api/openapi.yaml", "/sitemap");

    @Test
    void everyPublishedLinkStillResolves() throws IOException {
        Content content = new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(Path.of("content"));
        Map<String, Page> byPath = content.byPath();
        List<String> broken = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/published-links.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("#", 2);
            Page page = byPath.get(parts[0]);
            if (page == null && parts[0].startsWith("/topics/")) {
                page = content.topicByAlias(parts[0].substring("/topics/".length())).orElse(null);
            }
            if (page == null && !APP_PAGES.contains(parts[0])) {
                broken.add(line + ": page is gone (keep the old slug in 'aliases')");
            } else if (parts.length == 2 && (page == null || !page.anchors().contains(parts[1]))) {
                broken.add(line + ": section is gone (headings are permanent anchors; do not rename them)");
            }
        }
        assertThat(broken).isEmpty();
    }
}

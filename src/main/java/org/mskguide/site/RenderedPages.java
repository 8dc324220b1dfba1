package org.mskguide.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.CachedBody;
import org.mskguide.web.Layout;
import org.mskguide.web.PreRendered;
import org.mskguide.web.SiteConfig;

import io.quarkus.runtime.Startup;

/**
 * Every page that is the same for every reader, rendered once at start-up into bytes, gzip and an ETag, from the
 * content compiled with the jar. Requests for these pages do no template work at all:
 * {@link org.mskguide.web.PreRenderedRoute} sends the bytes.
 */
@Startup
@Singleton
public class RenderedPages implements PreRendered {

    /** The sitemap for people; {@code /sitemap.xml} is the one for search engines. */
    static final String SITEMAP = "/sitemap";

    private static final Logger LOG = Logger.getLogger(RenderedPages.class);

    @Inject
    Content content;

    @Inject
    Layout layout;

    @Inject
    SiteConfig site;

    private Map<String, CachedBody> byPath;

    @PostConstruct
    void render() {
        long start = System.nanoTime();
        Map<String, CachedBody> pages = new HashMap<>();
        for (Page topic : content.topics()) {
            String html = TopicResource.Templates.topic(topic, content.previous(topic).orElse(null),
                    content.next(topic).orElse(null),
                    layout.meta(topic.title(), topic.description(), topic.path(), "topics")).render();
            pages.put(topic.path(), CachedBody.of(html, CachedBody.HTML, CachedBody.REVALIDATE));
        }
        pages.put("/topics", CachedBody.of(TopicResource.Templates.index(content.topicGroups(),
                layout.meta("All topics", "Every topic of the MSK Ultrasound Guide, in reading order.", "/topics",
                        "topics")).render(), CachedBody.HTML, CachedBody.REVALIDATE));
        Page home = content.page("home");
        pages.put("/", CachedBody.of(SiteResource.Templates.home(home, content.topicGroups(),
                layout.meta(home.title(), home.description(), "/", "home")).render(), CachedBody.HTML,
                CachedBody.REVALIDATE));
        for (Page page : content.pages().values()) {
            if (!page.slug().equals("home")) {
                pages.put(page.path(), CachedBody.of(SiteResource.Templates.page(page, content,
                        layout.meta(page.title(), page.description(), page.path(), page.slug())).render(),
                        CachedBody.HTML, CachedBody.REVALIDATE));
            }
        }
        pages.put(SITEMAP, CachedBody.of(SiteResource.Templates.sitemapPage(content.topicGroups(),
                layout.meta("Sitemap", "Every page of the MSK Ultrasound Guide on one page: the topics in their parts, "
                        + "the quiz, the self-check, the explorers and the instructors' kit.", SITEMAP, "sitemap"))
                .render(), CachedBody.HTML, CachedBody.REVALIDATE));
        pages.put("/sitemap.xml", CachedBody.of(SiteResource.Templates.sitemap(sitemapEntries()).render(),
                "application/xml;charset=UTF-8", CachedBody.REVALIDATE));
        // Result pages belong to one reader and the API is for machines: keep both out of search engines.
        pages.put("/robots.txt", CachedBody.of("User-agent: *\nDisallow: /quiz/results/\nDisallow: /api/\n\nSitemap: "
                + site.baseUrl() + "/sitemap.xml\n", "text/plain;charset=UTF-8", CachedBody.REVALIDATE));
        byPath = Map.copyOf(pages);
        LOG.infof("Pre-rendered %d pages in %d ms", byPath.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private List<SiteResource.SitemapEntry> sitemapEntries() {
        List<SiteResource.SitemapEntry> entries = new ArrayList<>();
        content.byPath().values().stream()
                .sorted(Comparator.comparing(Page::path))
                .forEach(p -> entries.add(new SiteResource.SitemapEntry(site.baseUrl() + p.path(), p.lastReviewed())));
        entries.add(new SiteResource.SitemapEntry(site.baseUrl() + SITEMAP, null));
        AppRoutes.PATHS.stream().filter(path -> !AppRoutes.NOINDEX.contains(path)).sorted()
                .forEach(path -> entries.add(new SiteResource.SitemapEntry(site.baseUrl() + path, null)));
        return entries;
    }

    @Override
    public Map<String, CachedBody> byPath() {
        return byPath;
    }
}

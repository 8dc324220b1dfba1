package org.mskguide.site;

import java.time.LocalDate;
import java.util.List;

import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.content.TopicGroup;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The home page, the glossary, the about page, the three reader paths ({@code /for-students} and so on), the sitemap
 * for people ({@code /sitemap}) and for search engines ({@code sitemap.xml}), and {@code robots.txt}: every page under
 * {@code content/pages/} is rendered once by {@link RenderedPages} with the templates below and sent by
 * {@link org.mskguide.web.PreRenderedRoute}, so a new page there needs no code. Templates:
 * {@code templates/SiteResource/}.
 */
public final class SiteResource {

    private SiteResource() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<TopicGroup> groups, PageMeta meta);

        static native TemplateInstance page(Page page, Content content, PageMeta meta);

        static native TemplateInstance sitemap(List<SitemapEntry> entries);

        static native TemplateInstance sitemapPage(List<TopicGroup> groups, PageMeta meta);
    }

    /** One {@code <url>} of the sitemap. */
    public record SitemapEntry(String loc, LocalDate lastmod) {
    }
}

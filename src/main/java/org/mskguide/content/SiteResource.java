package org.mskguide.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The home page, the glossary, the about page, the three reader paths ({@code /for-students} and so on), the sitemap for people ({@code /sitemap}) and for search engines ({@code sitemap.xml}), and {@code robots.txt}: all rendered
 * once by {@link RenderedPages} with the templates below, served from memory. Templates: {@code templates/SiteResource/}.
 */
@Singleton
public class SiteResource {

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

    @Inject
    RenderedPages pages;

    @Route(path = "/", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/glossary", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/about", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/for-students", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/for-instructors", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/for-applicants", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/sitemap", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/sitemap.xml", methods = { HttpMethod.GET, HttpMethod.HEAD })
    @Route(path = "/robots.txt", methods = { HttpMethod.GET, HttpMethod.HEAD })
    void page(RoutingContext rc) {
        pages.get(rc.normalizedPath()).ifPresentOrElse(page -> page.send(rc), rc::next);
    }
}

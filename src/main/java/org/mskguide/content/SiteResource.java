package org.mskguide.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.mskguide.web.AppRoutes;
import org.mskguide.web.CachedBody;
import org.mskguide.web.PageMeta;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The home page, the glossary, the about page, {@code sitemap.xml} and {@code robots.txt}.
 * Templates: {@code templates/SiteResource/}.
 */
@Path("/")
public class SiteResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<Page> topics, PageMeta meta);

        static native TemplateInstance page(Page page, CredentialFacts rmsks, PageMeta meta);

        static native TemplateInstance sitemap(List<SitemapEntry> entries);
    }

    /** One {@code <url>} of the sitemap. */
    public record SitemapEntry(String loc, LocalDate lastmod) {
    }

    @Inject
    RenderedPages pages;

    @Inject
    Content content;

    @Inject
    SiteConfig site;

    private CachedBody sitemap;
    private CachedBody robots;

    @GET
    @NonBlocking
    public Response home(@Context HttpHeaders headers) {
        return page("/", headers);
    }

    @GET
    @Path("/glossary")
    @NonBlocking
    public Response glossary(@Context HttpHeaders headers) {
        return page("/glossary", headers);
    }

    @GET
    @Path("/about")
    @NonBlocking
    public Response about(@Context HttpHeaders headers) {
        return page("/about", headers);
    }

    @GET
    @Path("/sitemap.xml")
    @NonBlocking
    public Response sitemap(@Context HttpHeaders headers) {
        if (sitemap == null) {
            List<SitemapEntry> entries = new ArrayList<>();
            content.byPath().values().stream()
                    .sorted(java.util.Comparator.comparing(org.mskguide.content.Page::path))
                    .forEach(p -> entries.add(new SitemapEntry(site.baseUrl() + p.path(), p.lastReviewed())));
            AppRoutes.PATHS.stream().sorted()
                    .forEach(path -> entries.add(new SitemapEntry(site.baseUrl() + path, null)));
            sitemap = CachedBody.of(Templates.sitemap(entries).render(), "application/xml;charset=UTF-8",
                    CachedBody.REVALIDATE);
        }
        return sitemap.respond(headers);
    }

    @GET
    @Path("/robots.txt")
    @NonBlocking
    public Response robots(@Context HttpHeaders headers) {
        if (robots == null) {
            // Result pages belong to one reader and the API is for machines: keep both out of search engines.
            robots = CachedBody.of("User-agent: *\nDisallow: /quiz/results/\nDisallow: /api/\n\nSitemap: "
                    + site.baseUrl() + "/sitemap.xml\n", "text/plain;charset=UTF-8", CachedBody.REVALIDATE);
        }
        return robots.respond(headers);
    }

    private Response page(String path, HttpHeaders headers) {
        return pages.get(path).orElseThrow(NotFoundException::new).respond(headers);
    }
}

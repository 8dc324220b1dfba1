package org.mskguide.cite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "Cite this page": {@code /cite?page=<slug>[&section=<anchor>]} shows the APA 7 and AMA 11 citations with today's
 * access date, and {@code /cite/<slug>.ris[?section=<anchor>]} downloads the RIS file. Topic pages are rendered once
 * at start-up and only link here, so they stay pre-rendered while the access date is always today's. Templates:
 * {@code templates/CiteResource/}.
 */
@Path("/cite")
public class CiteResource {

    public static final String RIS_TYPE = "application/x-research-info-systems";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cite(Page page, Heading section, Citation citation, String risHref,
                FieldErrors errors, PageMeta meta);

        static native TemplateInstance unknown(FieldErrors errors, List<Page> topics, PageMeta meta);
    }

    @Inject
    Content content;

    @Inject
    SiteConfig site;

    @Inject
    CiteConfig config;

    @Inject
    Layout layout;

    @GET
    public Response cite(@RestQuery("page") String slug, @RestQuery String section) {
        Optional<Page> page = slug == null ? Optional.empty() : content.topic(slug.strip());
        if (page.isEmpty()) {
            FieldErrors errors = FieldErrors.none().add("topics", slug == null || slug.isBlank()
                    ? "Choose the topic to cite." : "There is no topic called '" + shorten(slug) + "'. Choose one below.");
            return Response.status(slug == null || slug.isBlank() ? Response.Status.BAD_REQUEST : Response.Status.NOT_FOUND)
                    .entity(Templates.unknown(errors, content.topics(), layout.privateMeta("Error: Cite a page",
                            "How to cite a page of this guide.", "/cite", "topics")))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        Page topic = page.get();
        FieldErrors errors = FieldErrors.none();
        Heading heading = null;
        if (section != null && !section.isBlank()) {
            heading = find(topic, section.strip());
            if (heading == null) {
                errors.add("section", "This page has no section '" + shorten(section) + "'. Choose one from the list.");
            }
        }
        Citation citation = citation(topic, heading);
        String query = heading == null ? "" : "?section=" + heading.id();
        String path = "/cite?page=" + topic.slug() + (heading == null ? "" : "&section=" + heading.id());
        // The access date is today's: keep this page out of search results and out of shared caches.
        PageMeta meta = layout.privateMeta((errors.isEmpty() ? "" : "Error: ") + "Cite: " + citation.workTitle(),
                "How to cite " + topic.title() + " in APA and AMA style, or import it into a reference manager.", path,
                "topics");
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Templates.cite(topic, heading, citation, "/cite/" + topic.slug() + ".ris" + query, errors, meta))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("/{file}")
    public Response ris(@RestPath String file, @RestQuery String section) {
        if (!file.endsWith(".ris")) {
            return notFound();
        }
        Optional<Page> page = content.topic(file.substring(0, file.length() - 4));
        if (page.isEmpty()) {
            return notFound();
        }
        Heading heading = null;
        if (section != null && !section.isBlank()) {
            heading = find(page.get(), section.strip());
            if (heading == null) {
                // The cite page names the problem next to the section list (a 400).
                return cite(page.get().slug(), section);
            }
        }
        String name = page.get().slug() + (heading == null ? "" : "-" + heading.id()) + ".ris";
        return Response.ok(citation(page.get(), heading).ris(), RIS_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    private Citation citation(Page topic, Heading heading) {
        LocalDate today = config.today().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        String url = site.baseUrl() + topic.path() + (heading == null ? "" : "#" + heading.id());
        return new Citation(site.name(), topic.title(), heading == null ? null : heading.text(), url, topic.lastReviewed(),
                today);
    }

    private static Heading find(Page topic, String anchor) {
        return topic.headings().stream().filter(h -> h.id().equals(anchor)).findFirst().orElse(null);
    }

    /** The site's own "not found" page. */
    private static Response notFound() {
        throw new NotFoundException();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}

package org.mskguide.content;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code /topics} and {@code /topics/{slug}}: the topic pages, served pre-rendered from memory
 * ({@link RenderedPages}). Templates: {@code templates/TopicResource/}.
 */
@Path("/topics")
public class TopicResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topic(Page page, Page previous, Page next, CredentialFacts rmsks, PageMeta meta);

        static native TemplateInstance index(List<Page> topics, PageMeta meta);
    }

    @Inject
    RenderedPages pages;

    @Inject
    Content content;

    @GET
    @NonBlocking
    public Response index(@Context HttpHeaders headers) {
        return pages.get("/topics").orElseThrow().respond(headers);
    }

    @GET
    @Path("/{slug}")
    @NonBlocking
    public Response topic(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        return pages.get("/topics/" + slug)
                .map(page -> page.respond(headers))
                // A renamed topic keeps its old URL working: instructors' links must never break.
                .or(() -> content.topicByAlias(slug)
                        .map(moved -> Response.status(Response.Status.MOVED_PERMANENTLY)
                                .location(URI.create(moved.path())).build()))
                .orElseThrow(NotFoundException::new);
    }
}

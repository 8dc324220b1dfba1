package org.mskguide.content;

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
 * {@code /topics} and {@code /topics/{slug}}: the topic pages. They are the same for every reader, so
 * {@link RenderedPages} renders them once at start-up with the templates below and these routes send the
 * stored bytes from the event loop, as cheaply as a static file server. Templates: {@code templates/TopicResource/}.
 */
@Singleton
public class TopicResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topic(Page page, Page previous, Page next, PageMeta meta);

        static native TemplateInstance index(List<TopicGroup> groups, PageMeta meta);
    }

    @Inject
    RenderedPages pages;

    @Inject
    Content content;

    @Route(path = "/topics", methods = { HttpMethod.GET, HttpMethod.HEAD })
    void index(RoutingContext rc) {
        pages.get("/topics").orElseThrow().send(rc);
    }

    @Route(path = "/topics/:slug", methods = { HttpMethod.GET, HttpMethod.HEAD })
    void topic(RoutingContext rc) {
        String slug = rc.pathParam("slug");
        pages.get("/topics/" + slug).ifPresentOrElse(page -> page.send(rc),
                // A renamed topic keeps its old URL working: instructors' links must never break.
                () -> content.topicByAlias(slug).ifPresentOrElse(
                        moved -> rc.response().setStatusCode(301).putHeader("Location", moved.path()).end(),
                        // Unknown slug: on to the next handler, which answers with the 404 page.
                        rc::next));
    }
}

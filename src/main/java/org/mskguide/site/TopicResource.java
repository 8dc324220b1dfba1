package org.mskguide.site;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.content.TopicGroup;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /topics} and {@code /topics/{slug}}: the topic pages. They are the same for every reader, so
 * {@link RenderedPages} renders them once at start-up with the templates below and
 * {@link org.mskguide.web.PreRenderedRoute} sends the stored bytes. The route here answers only a topic's former
 * slug. Templates: {@code templates/TopicResource/}.
 */
@Singleton
public class TopicResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topic(Page page, Page previous, Page next, PageMeta meta);

        static native TemplateInstance index(List<TopicGroup> groups, PageMeta meta);
    }

    @Inject
    Content content;

    /** A renamed topic keeps its old URL working (301): instructors' links must never break. */
    @Route(path = "/topics/:slug", methods = { HttpMethod.GET, HttpMethod.HEAD })
    void formerSlug(RoutingContext rc) {
        content.topicByAlias(rc.pathParam("slug")).ifPresentOrElse(
                moved -> rc.response().setStatusCode(301).putHeader("Location", moved.path()).end(),
                // Unknown slug: on to the next handler, which answers with the 404 page.
                rc::next);
    }
}

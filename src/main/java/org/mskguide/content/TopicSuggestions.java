package org.mskguide.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.web.PageMeta;
import org.mskguide.web.error.NotFoundPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The "page not found" page lists the topics: a link from an old course page most likely wanted one of them. */
@ApplicationScoped
public class TopicSuggestions implements NotFoundPage {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(List<TopicGroup> groups, PageMeta meta);
    }

    @Inject
    Content content;

    @Override
    public String render(PageMeta meta) {
        return Templates.notFound(content.topicGroups(), meta).render();
    }
}

package org.mskguide.instructors;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizPages;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The instructors' kit at {@code /instructors}: what can be linked (every topic and section, every topic quiz, the
 * explorers), assigned (class quizzes), exported (the question bank for a learning platform) and printed (handouts
 * and quizzes), each with a short how-to. Template: {@code templates/InstructorsResource/kit.html}.
 */
@Path(AppRoutes.INSTRUCTORS)
public class InstructorsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kit(List<TopicLinks> topics, List<QuizPages.TopicLink> quizzes, PageMeta meta);
    }

    /** One topic with its permanent links: the page, each section (level 2), its quiz and its handout. */
    public record TopicLinks(Page page, List<Heading> sections, boolean hasQuiz) {
    }

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Inject
    QuizPages quizPages;

    @Inject
    Layout layout;

    @GET
    @NonBlocking // content and the bank are in memory
    public Response kit() {
        List<TopicLinks> topics = content.topics().stream()
                .map(p -> new TopicLinks(p, p.toc(), !bank.forTopic(p.slug()).isEmpty()))
                .toList();
        PageMeta meta = layout.meta("Instructors' kit", "Everything for teaching with this guide: links to every topic,"
                + " section and quiz, class quizzes with private results, exports for learning platforms, and handouts"
                + " to print.", AppRoutes.INSTRUCTORS, "instructors");
        return Response.ok(Templates.kit(topics, quizPages.topicLinks(AppRoutes.QUIZ, null), meta))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}

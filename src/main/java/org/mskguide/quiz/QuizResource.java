package org.mskguide.quiz;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The quiz in HTML: {@code /quiz} (a mixed quiz), {@code /quiz?topic={slug}} (one topic, for instructors to link),
 * the graded result at {@code /quiz/results/{id}} and per-question statistics at {@code /quiz/stats}.
 * Submitting follows Post/Redirect/Get. Templates: {@code templates/QuizResource/}.
 */
@Path("/quiz")
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(QuizPages.FormPage page, PageMeta meta);

        static native TemplateInstance result(QuizPages.ResultPage result, PageMeta meta);

        static native TemplateInstance stats(QuizPages.StatsPage stats, PageMeta meta);

        static native TemplateInstance unknownTopic(String topic, List<QuizPages.TopicLink> quizzes, PageMeta meta);

    }

    /** The form's element id, which the error summary links to. */
    private static final String FORM_ID = "quiz-form";

    // A form carries a CSRF token and a random draw: it must never come from a cache.
    private static final String NO_STORE = "no-store";

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @Inject
    QuizPages pages;

    @Inject
    QuizConfig config;

    @Inject
    Layout layout;

    @Inject
    Content content;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @GET
    @NonBlocking // a draw from the in-memory bank and a template: no database, so no worker thread
    public Response quiz(@RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        if (topic != null && bank.forTopic(topic).isEmpty()) {
            // Instructors link /quiz?topic={slug}: a renamed topic keeps its old quiz link working too.
            return content.topicByAlias(topic)
                    .map(moved -> Response.status(Response.Status.MOVED_PERMANENTLY)
                            .location(URI.create("/quiz?topic=" + moved.slug())).build())
                    .orElseGet(() -> unknownTopic(topic, "/quiz"));
        }
        return form(Response.Status.OK, topic, draw(topic), Map.of(), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response submit(MultivaluedMap<String, String> fields) {
        QuizForm form;
        try {
            form = QuizForm.parse(fields, csrfField, bank.questions().size());
        } catch (InvalidAnswers e) {
            return retry(null, e);
        }
        try {
            GradedQuiz graded = grader.gradeForm(form.topic(), form.servedIds(), form.answers());
            QuizAttempt attempt = QuizAttempt.record(graded, Instant.now());
            // The transaction commits when this method returns, before the 303 goes out.
            return Response.seeOther(URI.create("/quiz/results/" + attempt.publicId)).build();
        } catch (InvalidAnswers e) {
            return retry(form, e);
        }
    }

    @GET
    @Path("/results/{id}")
    public Response result(@RestPath String id) {
        QuizAttempt attempt = parseUuid(id).flatMap(QuizAttempt::findByPublicId).orElseThrow(NotFoundException::new);
        QuizPages.ResultPage result = pages.result(attempt);
        return Response.ok(Templates.result(result, layout.privateMeta("Your quiz result",
                "You got " + result.score() + " out of " + result.total() + " right.", "/quiz/results/" + id, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @GET
    @Path("/stats")
    public Response stats(@RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        if (topic != null && bank.forTopic(topic).isEmpty()) {
            return unknownTopic(topic, "/quiz/stats");
        }
        QuizPages.StatsPage stats = pages.stats(topic, QuizAnswer.statsByQuestion(Optional.ofNullable(topic)));
        String path = topic == null ? "/quiz/stats" : "/quiz/stats?topic=" + topic;
        // Numbers change with every attempt and teach nothing on their own: keep them out of search results.
        return Response.ok(Templates.stats(stats, layout.privateMeta("Quiz statistics",
                "How readers answer each quiz question, and which sections to review.", path, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /**
     * The form again with a 400 and the problem named; nothing was stored. When the served list is intact, the
     * same questions come back with the reader's valid answers still picked; otherwise a fresh quiz.
     */
    private Response retry(QuizForm form, InvalidAnswers problem) {
        String topic = form != null && form.topic() != null && !bank.forTopic(form.topic()).isEmpty() ? form.topic() : null;
        List<Question> questions = null;
        Map<String, String> keep = Map.of();
        if (form != null) {
            try {
                questions = grader.servedQuestions(topic, form.servedIds());
                keep = form.answers();
            } catch (InvalidAnswers listEdited) {
                // The list of questions itself is unusable: start a fresh quiz below.
            }
        }
        if (questions == null) {
            questions = draw(topic);
        }
        // Both link to the form: a quiz problem is about the submission as a whole, not one question.
        FieldErrors errors = FieldErrors.none().add(FORM_ID, problem.getMessage())
                .add(FORM_ID, "Nothing was saved. Check your answers and send the form again.");
        return form(Response.Status.BAD_REQUEST, topic, questions, keep, errors);
    }

    private Response form(Response.Status status, String topic, List<Question> questions, Map<String, String> answers,
            FieldErrors errors) {
        QuizPages.FormPage page = pages.form(topic, questions, answers, errors, ThreadLocalRandom.current());
        String title = (errors.isEmpty() ? "" : "Error: ") + (page.topic() == null ? "Quiz" : "Quiz: " + page.topic().title());
        String description = page.topic() == null
                ? "A short self-test across every topic, with the right answer and the section to review."
                : "Test yourself on " + page.topic().title() + ", with the right answer and the section to review.";
        PageMeta meta = layout.meta(title, description, topic == null ? "/quiz" : "/quiz?topic=" + topic, "quiz");
        return Response.status(status).entity(Templates.quiz(page, meta)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private Response unknownTopic(String topic, String base) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.unknownTopic(topic, pages.topicLinks(base, null), layout.privateMeta("No quiz for this topic",
                        "There is no topic with this name.", base, "quiz")))
                .build();
    }

    /** A fresh quiz: the topic's questions in random order, or a mixed draw across topics. */
    private List<Question> draw(String topic) {
        Random random = ThreadLocalRandom.current();
        if (topic == null) {
            return bank.drawMixed(config.size(), random);
        }
        List<Question> questions = new ArrayList<>(bank.forTopic(topic));
        Collections.shuffle(questions, random);
        return questions;
    }

    private static Optional<UUID> parseUuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

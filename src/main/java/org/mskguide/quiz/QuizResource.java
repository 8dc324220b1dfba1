package org.mskguide.quiz;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.Context;
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
import org.mskguide.web.AppRoutes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The quiz in HTML: {@code /quiz} (a mixed quiz), {@code /quiz?topic={slug}} (one topic, for instructors to link),
 * the graded result at {@code /quiz/results/{id}} and per-question statistics at {@code /quiz/stats}.
 * Submitting follows Post/Redirect/Get. Templates: {@code templates/QuizResource/}.
 */
@Path(AppRoutes.QUIZ)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(QuizPages.FormPage page, PageMeta meta);

        static native TemplateInstance result(QuizPages.ResultPage result, PageMeta meta);

        static native TemplateInstance stats(QuizPages.StatsPage stats, PageMeta meta);

        static native TemplateInstance unknownTopic(String topic, List<QuizPages.TopicLink> quizzes, PageMeta meta);

        static native TemplateInstance badSelection(List<FieldErrors.FieldError> problems, List<QuizPages.TopicLink> quizzes, PageMeta meta);

        static native TemplateInstance classUnavailable(boolean closed, boolean answersLost,
                List<QuizPages.TopicLink> quizzes, PageMeta meta);

        static native TemplateInstance classAlreadySent(QuizPages.ClassRules rules, String resultHref,
                String practiseHref, boolean answersLost, PageMeta meta);
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
    AttemptWriter writer;

    @Inject
    QuizPages pages;

    @Inject
    QuizConfig config;

    @Inject
    Layout layout;

    @Inject
    Content content;

    @Inject
    ClassCookies cookies;

    @Inject
    ClassCalendar calendar;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @GET
    @NonBlocking // a draw from the in-memory bank and a template: no database, so no worker thread
    public Response quiz(@RestQuery("topic") String topicParam, @RestQuery("questions") String questionsParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        if (questionsParam != null && !questionsParam.isBlank()) {
            // "Practise the questions you missed": exactly these questions, in this order.
            QuestionSelection selection = QuestionSelection.parse(bank, topic, questionsParam, ClassQuiz.MAX_QUESTIONS);
            if (!selection.isValid()) {
                return badSelection(selection);
            }
            return chosenForm(Response.Status.OK, selection.questions(), Map.of(), FieldErrors.none());
        }
        if (topic != null && bank.forTopic(topic).isEmpty()) {
            // Instructors link /quiz?topic={slug}: a renamed topic keeps its old quiz link working too.
            return content.topicByAlias(topic)
                    .map(moved -> Response.status(Response.Status.MOVED_PERMANENTLY)
                            .location(URI.create(AppRoutes.QUIZ + "?topic=" + moved.slug())).build())
                    .orElseGet(() -> unknownTopic(topic, AppRoutes.QUIZ));
        }
        return form(Response.Status.OK, topic, draw(topic), Map.of(), FieldErrors.none());
    }

    // No @Transactional on the submits: the attempt writer stores the attempt (group commit) while this thread waits
    // holding no transaction or connection. The attempt is committed before the 303 goes out.
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> fields) {
        QuizForm form;
        try {
            form = QuizForm.parse(fields, csrfField, bank.questions().size());
        } catch (InvalidAnswers e) {
            return retry(null, e);
        }
        if (form.chosen()) {
            return submitChosen(form);
        }
        try {
            GradedQuiz graded = grader.gradeForm(form.topic(), form.servedIds(), form.answers());
            QuizAttempt attempt = writer.store(QuizAttempt.of(graded, Instant.now(), null, false));
            return Response.seeOther(URI.create(AppRoutes.QUIZ_RESULTS + attempt.publicId)).build();
        } catch (InvalidAnswers e) {
            return retry(form, e);
        }
    }

    /**
     * The short link a class gets ({@code /quiz/class/{code}}). The quiz itself is at {@code /quiz/class?code=}: the
     * CSRF token is only made for paths listed in {@code quarkus.rest-csrf.create-token-path}, which are matched
     * exactly, so a form page cannot have the code in its path.
     */
    @GET
    @Path("/class/{code}")
    @NonBlocking
    public Response classLink(@RestPath String code) {
        return Response.seeOther(URI.create(AppRoutes.QUIZ_CLASS + "?code=" + urlSafe(code))).build();
    }

    /** A class quiz, for a student: like any quiz, nothing asked about them. */
    @GET
    @Path("/class")
    @Transactional
    public Response classQuiz(@RestQuery("code") String code, @Context HttpHeaders headers) {
        Optional<ClassQuiz> found = openClass(code);
        if (found.isEmpty() || !found.get().openOn(today())) {
            return classUnavailable(found.isPresent(), false);
        }
        ClassQuiz quiz = found.get();
        Optional<UUID> sent = alreadySent(quiz, headers);
        if (sent.isPresent()) {
            return alreadySent(Response.Status.OK, quiz, sent.get(), false);
        }
        List<Question> questions = new ArrayList<>(classQuestions(quiz));
        if (quiz.shuffled) {
            Collections.shuffle(questions, random());
        }
        return classForm(Response.Status.OK, quiz, questions, Map.of(), FieldErrors.none());
    }

    @POST
    @Path("/class")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitClass(@RestQuery("code") String code, MultivaluedMap<String, String> fields,
            @Context HttpHeaders headers) {
        // A short read of its own: the connection goes back to the pool before the attempt is handed to the writer.
        Optional<ClassQuiz> found = QuarkusTransaction.requiringNew().call(() -> openClass(code));
        if (found.isEmpty() || !found.get().openOn(today())) {
            return classUnavailable(found.isPresent(), true);
        }
        ClassQuiz quiz = found.get();
        Optional<UUID> sent = alreadySent(quiz, headers);
        if (sent.isPresent()) {
            // Back and send again, or a second tab: refused politely, nothing stored (409: the class has this one's).
            return alreadySent(Response.Status.CONFLICT, quiz, sent.get(), true);
        }
        List<String> ids = classQuestions(quiz).stream().map(Question::id).toList();
        QuizForm form;
        try {
            form = QuizForm.parse(fields, csrfField, bank.questions().size());
        } catch (InvalidAnswers e) {
            return classForm(Response.Status.BAD_REQUEST, quiz, classQuestions(quiz), Map.of(), problem(e));
        }
        List<Question> served;
        try {
            served = grader.classQuestions(ids, form.servedIds());
        } catch (InvalidAnswers e) {
            return classForm(Response.Status.BAD_REQUEST, quiz, classQuestions(quiz), Map.of(), problem(e));
        }
        try {
            GradedQuiz graded = grader.gradeServed(served, form.answers());
            QuizAttempt attempt = writer.store(QuizAttempt.of(graded, Instant.now(), quiz.code, false));
            Response.ResponseBuilder redirect = Response.seeOther(URI.create(AppRoutes.QUIZ_RESULTS + attempt.publicId));
            if (quiz.onePerBrowser) {
                redirect.cookie(cookies.issue(quiz.code, attempt.publicId));
            }
            return redirect.build();
        } catch (InvalidAnswers e) {
            return classForm(Response.Status.BAD_REQUEST, quiz, served, form.answers(), problem(e));
        }
    }

    @GET
    @Path("/results/{id}")
    public Response result(@RestPath String id) {
        QuizAttempt attempt = parseUuid(id).flatMap(QuizAttempt::findByPublicId).orElseThrow(NotFoundException::new);
        ClassQuiz classQuiz = attempt.classCode == null ? null : ClassQuiz.findByCode(attempt.classCode).orElse(null);
        QuizPages.ResultPage result = pages.result(attempt, classQuiz,
                classQuiz == null || classQuiz.answersVisibleOn(today()));
        return Response.ok(Templates.result(result, layout.privateMeta("Your quiz result",
                "You got " + result.score() + " out of " + result.total() + " right.", AppRoutes.QUIZ_RESULTS + id, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @GET
    @Path("/stats")
    public Response stats(@RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        if (topic != null && bank.forTopic(topic).isEmpty()) {
            return unknownTopic(topic, AppRoutes.QUIZ_STATS);
        }
        QuizPages.StatsPage stats = pages.stats(topic, QuizAnswer.statsByQuestion(Optional.ofNullable(topic)));
        String path = topic == null ? AppRoutes.QUIZ_STATS : AppRoutes.QUIZ_STATS + "?topic=" + topic;
        // Numbers change with every attempt and teach nothing on their own: keep them out of search results.
        return Response.ok(Templates.stats(stats, layout.privateMeta("Quiz statistics",
                "How readers answer each quiz question, and which sections to review.", path, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private Response submitChosen(QuizForm form) {
        List<Question> served;
        try {
            served = grader.chosenQuestions(form.servedIds());
        } catch (InvalidAnswers e) {
            // The list itself is unusable: there is no quiz to show again, only the way back.
            return badSelection(List.of(new FieldErrors.FieldError(null, e.getMessage())));
        }
        try {
            GradedQuiz graded = grader.gradeServed(served, form.answers());
            QuizAttempt attempt = writer.store(QuizAttempt.of(graded, Instant.now(), null, true));
            return Response.seeOther(URI.create(AppRoutes.QUIZ_RESULTS + attempt.publicId)).build();
        } catch (InvalidAnswers e) {
            return chosenForm(Response.Status.BAD_REQUEST, served, form.answers(), problem(e));
        }
    }

    /** Both messages link to the form: a quiz problem is about the submission as a whole, not one question. */
    private static FieldErrors problem(InvalidAnswers e) {
        return FieldErrors.none().add(FORM_ID, e.getMessage())
                .add(FORM_ID, "Nothing was saved. Check your answers and send the form again.");
    }

    private Response chosenForm(Response.Status status, List<Question> questions, Map<String, String> answers,
            FieldErrors errors) {
        QuizPages.FormPage page = pages.form(null, questions, answers, errors, random(), AppRoutes.QUIZ,
                true, null);
        String ids = page.servedIds();
        PageMeta meta = layout.privateMeta((errors.isEmpty() ? "" : "Error: ") + "Quiz: questions you chose",
                "A quiz of the questions named in this address.", AppRoutes.QUIZ + "?questions=" + ids, "quiz");
        return Response.status(status).entity(Templates.quiz(page, meta)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private Response classForm(Response.Status status, ClassQuiz quiz, List<Question> questions,
            Map<String, String> answers, FieldErrors errors) {
        QuizPages.FormPage page = pages.form(null, questions, answers, errors, random(),
                AppRoutes.QUIZ_CLASS + "?code=" + quiz.code, false, QuizPages.ClassRules.of(quiz));
        PageMeta meta = layout.privateMeta((errors.isEmpty() ? "" : "Error: ") + "Class quiz: " + quiz.label,
                "A quiz your instructor set for your class.", AppRoutes.QUIZ_CLASS + "/" + quiz.code, "quiz");
        return Response.status(status).entity(Templates.quiz(page, meta)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** The class's questions still in the bank, in the instructor's order (a retired question drops out). */
    private List<Question> classQuestions(ClassQuiz quiz) {
        return quiz.questionIdList().stream().flatMap(id -> bank.question(id).stream()).toList();
    }

    /** The attempt this browser already sent through a one-attempt class, if its cookie says so. */
    private Optional<UUID> alreadySent(ClassQuiz quiz, HttpHeaders headers) {
        return quiz.onePerBrowser ? cookies.sentFrom(quiz.code, headers.getCookies()) : Optional.empty();
    }

    /**
     * "You have already sent your answers from this browser": a link to that result and the same questions to
     * practise outside the class (an ordinary quiz, not counted in the class's results).
     */
    private Response alreadySent(Response.Status status, ClassQuiz quiz, UUID attempt, boolean answersLost) {
        String practise = AppRoutes.QUIZ + "?questions=" + String.join(",", classQuestions(quiz).stream()
                .map(Question::id).limit(ClassQuiz.MAX_QUESTIONS).toList());
        String title = "You have already sent your answers";
        return Response.status(status)
                .entity(Templates.classAlreadySent(QuizPages.ClassRules.of(quiz), AppRoutes.QUIZ_RESULTS + attempt,
                        practise, answersLost, layout.privateMeta(title, title + ".", AppRoutes.QUIZ_CLASS, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private static Optional<ClassQuiz> openClass(String code) {
        return code != null && code.matches("[a-z2-7]{1,16}") ? ClassQuiz.findByCode(code) : Optional.empty();
    }

    /**
     * A class quiz that is closed (410 Gone: it is not there for students now; the instructor may reopen it) or that
     * does not exist, was deleted or was mistyped (404). Both pages say so politely and offer the topic quizzes.
     */
    private Response classUnavailable(boolean closed, boolean answersLost) {
        String title = closed ? "This class quiz is closed" : "No class quiz at this address";
        return Response.status(closed ? Response.Status.GONE : Response.Status.NOT_FOUND)
                .entity(Templates.classUnavailable(closed, answersLost, pages.topicLinks(AppRoutes.QUIZ, null),
                        layout.privateMeta(title, title + ".", AppRoutes.QUIZ_CLASS, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private Response badSelection(QuestionSelection selection) {
        // The page has no form: each problem is plain text in the summary, not a link to a field.
        return badSelection(selection.errors().all().stream().map(e -> new FieldErrors.FieldError(null, e.message()))
                .toList());
    }

    private Response badSelection(List<FieldErrors.FieldError> problems) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.badSelection(problems, pages.topicLinks(AppRoutes.QUIZ, null),
                        layout.privateMeta("Error: This quiz link does not work", "The list of questions in this link "
                                + "could not be used.", AppRoutes.QUIZ, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private LocalDate today() {
        return calendar.today();
    }

    private static String urlSafe(String code) {
        return code.replaceAll("[^A-Za-z0-9]", "");
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
        return form(Response.Status.BAD_REQUEST, topic, questions, keep, problem(problem));
    }

    private Response form(Response.Status status, String topic, List<Question> questions, Map<String, String> answers,
            FieldErrors errors) {
        QuizPages.FormPage page = pages.form(topic, questions, answers, errors, random());
        String title = (errors.isEmpty() ? "" : "Error: ") + (page.topic() == null ? "Quiz" : "Quiz: " + page.topic().title());
        String description = page.topic() == null
                ? "A short self-test across every topic, with the right answer and the section to review."
                : "Test yourself on " + page.topic().title() + ", with the right answer and the section to review.";
        PageMeta meta = layout.meta(title, description, topic == null ? AppRoutes.QUIZ : AppRoutes.QUIZ + "?topic=" + topic, "quiz");
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
        Random random = random();
        if (topic == null) {
            return bank.drawMixed(config.size(), random);
        }
        List<Question> questions = new ArrayList<>(bank.forTopic(topic));
        Collections.shuffle(questions, random);
        return questions;
    }

    /** A fresh random source per request, or the configured seed's fixed sequence ({@link QuizConfig#seed()}). */
    private Random random() {
        return config.seed().<Random>map(Random::new).orElseGet(ThreadLocalRandom::current);
    }

    private static Optional<UUID> parseUuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

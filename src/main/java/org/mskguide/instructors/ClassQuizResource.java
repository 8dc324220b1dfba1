package org.mskguide.instructors;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.web.FieldErrors;
import org.mskguide.quiz.ClassQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizAnswer;
import org.mskguide.quiz.QuizAttempt;
import org.mskguide.quiz.QuizPages;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Class quizzes for instructors: the form that sets one up ({@code /instructors/class-quizzes/new}, Post/Redirect/Get)
 * and the private results page ({@code /instructors/class-results?code=...&key=...}) with its CSV files, close and
 * reopen, and delete with a confirmation step. No account: the key in the results address is the only way in. A wrong
 * key gets exactly the answer an unknown code gets, so nobody can probe which codes exist. Students take the quiz at
 * {@code /quiz/class/{code}} (QuizResource). Templates: {@code templates/ClassQuizResource/}.
 */
@Path("/instructors")
public class ClassQuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(ClassQuizForm form, FieldErrors errors, List<TopicOption> topics,
                int maxQuestions, String today, PageMeta meta);

        static native TemplateInstance results(ResultsPage page, PageMeta meta);

        static native TemplateInstance notFound(PageMeta meta);

        static native TemplateInstance confirmDelete(ResultsPage page, PageMeta meta);

        static native TemplateInstance deleted(PageMeta meta);

    }

    static final String RESULTS = "/instructors/class-results";
    private static final String NO_STORE = "no-store";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A topic the form offers as a checkbox. */
    public record TopicOption(String slug, String title, int questions, boolean checked) {
    }

    /** A question as the results page shows it, weakest first. */
    public record QuestionResult(ClassStats.QuestionRow row, String text, QuizPages.Link section) {
    }

    /** One row of the score table: a score and how many attempts got it. */
    public record ScoreCount(int score, int count) {
    }

    /**
     * Everything the results page shows.
     *
     * @param notice the "bookmark this now" notice: true only on the first view after creation
     */
    public record ResultsPage(ClassQuiz quiz, String key, String studentUrl, String resultsUrl, boolean notice,
            boolean open, LocalDate createdOn, LocalDate deleteOn, int retentionDays, ClassStats stats,
            List<QuestionResult> questions, List<ScoreCount> scores, String chart, String idList) {

        /** The key as a query parameter value (base64url is already safe in a URL). */
        public String query() {
            return "code=" + quiz.code + "&key=" + key;
        }
    }

    @Inject
    QuestionBank bank;

    @Inject
    Content content;

    @Inject
    QuizPages quizPages;

    @Inject
    Layout layout;

    @Inject
    SiteConfig site;

    @Inject
    ClassQuizConfig config;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("/class-quizzes/new")
    public Response newForm() {
        return form(Response.Status.OK, ClassQuizForm.blank(), FieldErrors.none());
    }

    @POST
    @Path("/class-quizzes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(MultivaluedMap<String, String> fields) {
        ClassQuizForm form = new ClassQuizForm(first(fields, ClassQuizForm.LABEL),
                fields.getOrDefault(ClassQuizForm.TOPICS, List.of()), first(fields, ClassQuizForm.QUESTIONS),
                first(fields, ClassQuizForm.ORDER), first(fields, ClassQuizForm.CLOSES));
        ClassQuizForm.Checked checked = form.check(bank, today());
        if (!checked.isValid()) {
            return form(Response.Status.BAD_REQUEST, form, checked.errors());
        }
        String code = ClassSecrets.newCode(RANDOM);
        // 2^50 codes: a clash is next to impossible, but a second draw costs nothing.
        while (ClassQuiz.findByCode(code).isPresent()) {
            code = ClassSecrets.newCode(RANDOM);
        }
        String key = ClassSecrets.newKey(RANDOM);
        ClassQuiz.create(code, ClassSecrets.hash(key), checked.label(),
                checked.questions().stream().map(Question::id).toList(), checked.shuffled(), checked.closesOn(),
                clock.instant());
        // The key travels once, in this redirect to the results page, which shows the "bookmark this now" notice.
        return Response.seeOther(URI.create(RESULTS + "?code=" + code + "&key=" + key)).build();
    }

    @GET
    @Path("/class-results")
    @Transactional
    public Response results(@RestQuery("code") String code, @RestQuery("key") String key) {
        Optional<ClassQuiz> found = authorised(code, key);
        if (found.isEmpty()) {
            return notFound();
        }
        ClassQuiz quiz = found.get();
        ResultsPage page = page(quiz, key);
        // Shown once: the flag is cleared in this transaction, so a reload or a second instance shows it no more.
        quiz.noticePending = false;
        return privatePage(Templates.results(page, layout.privateMeta("Class results: " + quiz.label,
                "The private results of a class quiz.", RESULTS, "instructors")));
    }

    @POST
    @Path("/class-results/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response close(MultivaluedMap<String, String> fields) {
        return setClosed(fields, true);
    }

    @POST
    @Path("/class-results/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response reopen(MultivaluedMap<String, String> fields) {
        return setClosed(fields, false);
    }

    @GET
    @Path("/class-results/delete")
    @Transactional
    public Response confirmDelete(@RestQuery("code") String code, @RestQuery("key") String key) {
        Optional<ClassQuiz> found = authorised(code, key);
        if (found.isEmpty()) {
            return notFound();
        }
        return privatePage(Templates.confirmDelete(page(found.get(), key), layout.privateMeta(
                "Delete this class quiz?", "Confirm deleting a class quiz and its results.", RESULTS + "/delete",
                "instructors")));
    }

    @POST
    @Path("/class-results/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(MultivaluedMap<String, String> fields) {
        Optional<ClassQuiz> found = authorised(first(fields, "code"), first(fields, "key"));
        if (found.isEmpty()) {
            return notFound();
        }
        found.get().deleteWithAttempts();
        return Response.seeOther(URI.create("/instructors/class-quizzes/deleted")).build();
    }

    @GET
    @Path("/class-quizzes/deleted")
    public Response deleted() {
        return Response.ok(Templates.deleted(layout.privateMeta("Class quiz deleted",
                "The class quiz and all its answers were deleted.", "/instructors/class-quizzes/deleted",
                "instructors"))).build();
    }

    @GET
    @Path("/class-results/questions.csv")
    @Transactional
    public Response questionsCsv(@RestQuery("code") String code, @RestQuery("key") String key) {
        Optional<ClassQuiz> found = authorised(code, key);
        if (found.isEmpty()) {
            return notFound();
        }
        ResultsPage page = page(found.get(), key);
        List<ClassCsv.QuestionLine> lines = page.questions().stream()
                .map(q -> new ClassCsv.QuestionLine(q.row(), topicOf(q.row().questionId()), q.text(),
                        site.baseUrl() + q.section().href()))
                .toList();
        return csv(ClassCsv.questions(lines), "class-" + found.get().code + "-questions.csv");
    }

    @GET
    @Path("/class-results/attempts.csv")
    @Transactional
    public Response attemptsCsv(@RestQuery("code") String code, @RestQuery("key") String key) {
        Optional<ClassQuiz> found = authorised(code, key);
        if (found.isEmpty()) {
            return notFound();
        }
        ClassQuiz quiz = found.get();
        List<ClassCsv.AttemptLine> lines = new ArrayList<>();
        for (QuizAttempt attempt : quiz.attempts()) {
            lines.add(new ClassCsv.AttemptLine(LocalDate.ofInstant(attempt.takenAt, ZoneOffset.UTC).toString(),
                    inClassOrder(quiz, attempt)));
        }
        return csv(ClassCsv.attempts(quiz.questionIdList(), lines), "class-" + quiz.code + "-attempts.csv");
    }

    private Response setClosed(MultivaluedMap<String, String> fields, boolean closed) {
        String key = first(fields, "key");
        Optional<ClassQuiz> found = authorised(first(fields, "code"), key);
        if (found.isEmpty()) {
            return notFound();
        }
        found.get().closed = closed;
        return Response.seeOther(URI.create(RESULTS + "?code=" + found.get().code + "&key=" + key + "#student-link"))
                .build();
    }

    /**
     * The class behind this code, only when the key is its key. Unknown code, wrong key, or either malformed: empty,
     * and every caller then answers with the same {@link #notFound()}.
     */
    private static Optional<ClassQuiz> authorised(String code, String key) {
        if (!ClassSecrets.isCodeShaped(code) || !ClassSecrets.isKeyShaped(key)) {
            return Optional.empty();
        }
        return ClassQuiz.findByCode(code).filter(q -> ClassSecrets.matches(key, q.secretHash));
    }

    /** One response for "no such class", "wrong key" and "deleted": same status, same body. */
    private Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.notFound(layout.privateMeta("No class results at this address",
                        "No class results at this address.", RESULTS, "instructors")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private ResultsPage page(ClassQuiz quiz, String key) {
        List<QuizAttempt> attempts = quiz.attempts();
        List<ClassStats.Attempt> outcomes = attempts.stream().map(a -> inClassOrder(quiz, a)).toList();
        ClassStats stats = ClassStats.of(quiz.questionIdList(), outcomes);
        Map<String, QuizAnswer> snapshots = new HashMap<>();
        attempts.forEach(a -> a.answers.forEach(ans -> snapshots.putIfAbsent(ans.questionId, ans)));
        List<QuestionResult> questions = new ArrayList<>();
        for (ClassStats.QuestionRow row : stats.questions()) {
            Optional<Question> now = bank.question(row.questionId());
            QuizAnswer old = snapshots.get(row.questionId());
            String text = now.map(Question::text).orElse(old != null ? old.questionText : row.questionId());
            QuizPages.Link section = now.map(q -> quizPages.sectionLink(q.topic(), q.section()))
                    .orElse(old != null ? quizPages.sectionLink(old.topic, old.section) : new QuizPages.Link("/topics", "All topics"));
            questions.add(new QuestionResult(row, text, section));
        }
        List<ScoreCount> scores = new ArrayList<>();
        // In the chart's order: 0 right first.
        for (int s = 0; s < stats.distribution().size(); s++) {
            scores.add(new ScoreCount(s, stats.distribution().get(s)));
        }
        LocalDate created = LocalDate.ofInstant(quiz.createdAt, ZoneOffset.UTC);
        LocalDate deleteOn = LocalDate.ofInstant(quiz.createdAt.plus(Duration.ofDays(config.retentionDays())),
                ZoneOffset.UTC);
        String query = "code=" + quiz.code + "&key=" + key;
        return new ResultsPage(quiz, key, site.baseUrl() + quiz.studentPath(), site.baseUrl() + RESULTS + "?" + query,
                quiz.noticePending, quiz.openOn(today()), created, deleteOn, config.retentionDays(), stats, questions,
                scores, ClassResultsChart.svg(stats), URLEncoder.encode(quiz.questionIds, StandardCharsets.UTF_8)
                        .replace("%2C", ","));
    }

    /** An attempt's outcomes in the class's question order (a shuffled quiz stored them in the order served). */
    private static ClassStats.Attempt inClassOrder(ClassQuiz quiz, QuizAttempt attempt) {
        Map<String, ClassStats.Outcome> byId = new HashMap<>();
        for (QuizAnswer a : attempt.answers) {
            byId.put(a.questionId, switch (a.outcome()) {
                case CORRECT -> ClassStats.Outcome.RIGHT;
                case WRONG -> ClassStats.Outcome.WRONG;
                case UNANSWERED -> ClassStats.Outcome.UNANSWERED;
            });
        }
        return new ClassStats.Attempt(quiz.questionIdList().stream()
                .map(id -> byId.getOrDefault(id, ClassStats.Outcome.UNANSWERED)).toList());
    }

    private String topicOf(String questionId) {
        return bank.question(questionId).map(Question::topic).orElse("");
    }

    private Response form(Response.Status status, ClassQuizForm form, FieldErrors errors) {
        List<TopicOption> topics = new ArrayList<>();
        for (String slug : bank.topics()) {
            String title = content.topic(slug).map(Page::title).orElse(slug);
            topics.add(new TopicOption(slug, title, bank.forTopic(slug).size(), form.topics().contains(slug)));
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "Set up a class quiz";
        PageMeta meta = errors.isEmpty()
                ? layout.meta(title, "Give a class a quiz and see how the class did, without collecting student data.",
                        AppRoutes.CLASS_QUIZ_NEW, "instructors")
                : layout.privateMeta(title, "Set up a class quiz.", AppRoutes.CLASS_QUIZ_NEW, "instructors");
        return Response.status(status)
                .entity(Templates.create(form, errors, topics, ClassQuiz.MAX_QUESTIONS, today().toString(), meta))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private static Response privatePage(TemplateInstance page) {
        // The address holds the key: never cache it anywhere, and never send it as a referrer, not even to this
        // site's own pages (their access logs would keep it).
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE).header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String first(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

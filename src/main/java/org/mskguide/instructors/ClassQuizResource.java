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
import java.util.function.Function;

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
import org.mskguide.quiz.ClassCalendar;
import org.mskguide.quiz.ClassQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionSelection;
import org.mskguide.quiz.QuizAnswer;
import org.mskguide.quiz.QuizAttempt;
import org.mskguide.quiz.QuizPages;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.Assets;
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

        /** @param scriptHref the copy buttons ({@code assets/instructors.js}); the page works without it */
        static native TemplateInstance results(ResultsPage page, String scriptHref, PageMeta meta);

        static native TemplateInstance notFound(PageMeta meta);

        static native TemplateInstance confirmDelete(ResultsPage page, PageMeta meta);

        static native TemplateInstance deleted(PageMeta meta);

        static native TemplateInstance pick(List<QuestionPicker.PickerTopic> topics, int ticked, FieldErrors errors,
                int maxQuestions, String scriptHref, PageMeta meta);

    }

    static final String RESULTS = "/instructors/class-results";
    static final String PICK = "/class-quizzes/pick";
    /** Copy buttons on the results page and the live count in the question picker: enhancements only. */
    static final String SCRIPT = "instructors.js";
    private static final String NO_STORE = "no-store";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A topic the form offers as a checkbox. */
    public record TopicOption(String slug, String title, int questions, boolean checked) {
    }

    /** A question as the results page shows it, weakest first. */
    public record QuestionResult(ClassStats.QuestionRow row, String text, QuizPages.Link section) {
    }

    /**
     * Everything the results page shows.
     *
     * @param notice the "bookmark this now" notice: true only on the first view after creation
     */
    public record ResultsPage(ClassQuiz quiz, String key, String studentUrl, String resultsUrl, boolean notice,
            boolean open, LocalDate createdOn, LocalDate deleteOn, int retentionDays, ClassStats stats,
            List<QuestionResult> questions, List<ClassChoices.QuestionCounts> choices, String chart, String idList,
            String practiseHref) {

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

    @Inject
    ClassCalendar calendar;

    @Inject
    Assets assets;

    @Inject
    QuestionPicker picker;

    /** When a class is created (its retention period starts then); "today" comes from {@link #calendar}. */
    Clock clock = Clock.systemUTC();

    @GET
    @Path("/class-quizzes/new")
    public Response newForm(@RestQuery("questions") List<String> questions) {
        // From the question picker: one value per ticked box (or a comma-separated list typed into the address).
        return form(Response.Status.OK, ClassQuizForm.withQuestions(String.join(", ", QuestionPicker.ids(questions))),
                FieldErrors.none());
    }

    /** The question picker: the bank by topic, with checkboxes; a GET form to the set-up form or the preview. */
    @GET
    @Path(PICK)
    public Response pick(@RestQuery("questions") List<String> questions) {
        return picker(Response.Status.OK, questions, FieldErrors.none());
    }

    /**
     * "Preview the student view": the ticked questions as an ordinary quiz ({@code /quiz?questions=...}), exactly as
     * a student sees them; sending it there is practice, never counted in a class.
     */
    @GET
    @Path(PICK + "/preview")
    public Response preview(@RestQuery("questions") List<String> questions) {
        List<String> ids = QuestionPicker.ids(questions);
        FieldErrors errors = FieldErrors.none();
        if (ids.isEmpty()) {
            errors.add(ClassQuizForm.QUESTIONS, "Tick at least one question to preview.");
        } else {
            QuestionSelection selection = QuestionSelection.parse(bank, null, String.join(",", ids),
                    ClassQuiz.MAX_QUESTIONS);
            selection.errors().all().forEach(e -> errors.add(ClassQuizForm.QUESTIONS, e.message()));
        }
        if (!errors.isEmpty()) {
            return picker(Response.Status.BAD_REQUEST, questions, errors);
        }
        return Response.seeOther(URI.create(AppRoutes.QUIZ + "?questions=" + String.join(",", ids))).build();
    }

    private Response picker(Response.Status status, List<String> questions, FieldErrors errors) {
        List<QuestionPicker.PickerTopic> topics = picker.topics(questions);
        int ticked = topics.stream().mapToInt(QuestionPicker.PickerTopic::ticked).sum();
        PageMeta meta = errors.isEmpty()
                ? layout.meta("Pick questions for a class quiz", "Browse the quiz questions by topic, with their "
                        + "figures, and tick the ones for your class.", AppRoutes.INSTRUCTORS + "/class-quizzes/pick",
                        "instructors")
                : layout.privateMeta("Error: Pick questions for a class quiz", "Pick questions for a class quiz.",
                        AppRoutes.INSTRUCTORS + "/class-quizzes/pick", "instructors");
        return Response.status(status)
                .entity(Templates.pick(topics, ticked, errors, ClassQuiz.MAX_QUESTIONS, assets.href(SCRIPT), meta))
                .build();
    }

    @POST
    @Path("/class-quizzes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(MultivaluedMap<String, String> fields) {
        ClassQuizForm form = new ClassQuizForm(first(fields, ClassQuizForm.LABEL),
                fields.getOrDefault(ClassQuizForm.TOPICS, List.of()), first(fields, ClassQuizForm.QUESTIONS),
                first(fields, ClassQuizForm.ORDER), first(fields, ClassQuizForm.CLOSES),
                first(fields, ClassQuizForm.ATTEMPTS), first(fields, ClassQuizForm.ANSWERS));
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
                checked.onePerBrowser(), checked.answersShown(), clock.instant());
        // The key travels once, in this redirect to the results page, which shows the "bookmark this now" notice.
        return Response.seeOther(URI.create(RESULTS + "?code=" + code + "&key=" + key)).build();
    }

    @GET
    @Path("/class-results")
    @Transactional
    public Response results(@RestQuery("code") String code, @RestQuery("key") String key) {
        return withClass(code, key, quiz -> {
            ResultsPage page = page(quiz, key);
            // Shown once: the flag is cleared in this transaction, so a reload or a second instance shows it no more.
            quiz.noticePending = false;
            return privatePage(Templates.results(page, assets.href(SCRIPT), layout.privateMeta(
                    "Class results: " + quiz.label, "The private results of a class quiz.", RESULTS, "instructors")));
        });
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
        return withClass(code, key, quiz -> privatePage(Templates.confirmDelete(page(quiz, key), layout.privateMeta(
                "Delete this class quiz?", "Confirm deleting a class quiz and its results.", RESULTS + "/delete",
                "instructors"))));
    }

    @POST
    @Path("/class-results/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(MultivaluedMap<String, String> fields) {
        return withClass(first(fields, "code"), first(fields, "key"), quiz -> {
            quiz.deleteWithAttempts();
            return Response.seeOther(URI.create("/instructors/class-quizzes/deleted")).build();
        });
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
        return withClass(code, key, quiz -> {
            ResultsPage page = page(quiz, key);
            List<ClassCsv.QuestionLine> lines = page.questions().stream() // ClassCsv puts them in the quiz's order
                    .map(q -> new ClassCsv.QuestionLine(q.row(), topicOf(q.row().questionId()), q.text(),
                            site.baseUrl() + q.section().href()))
                    .toList();
            return csv(ClassCsv.questions(lines), "class-" + quiz.code + "-questions.csv");
        });
    }

    @GET
    @Path("/class-results/attempts.csv")
    @Transactional
    public Response attemptsCsv(@RestQuery("code") String code, @RestQuery("key") String key) {
        return withClass(code, key, quiz -> {
            List<ClassCsv.AttemptLine> lines = new ArrayList<>();
            for (QuizAttempt attempt : quiz.attempts()) {
                lines.add(new ClassCsv.AttemptLine(attempt.takenAt, inClassOrder(quiz, attempt)));
            }
            return csv(ClassCsv.attempts(quiz.questionIdList(), lines), "class-" + quiz.code + "-attempts.csv");
        });
    }

    @GET
    @Path("/class-results/choices.csv")
    @Transactional
    public Response choicesCsv(@RestQuery("code") String code, @RestQuery("key") String key) {
        return withClass(code, key, quiz -> csv(ClassCsv.choices(page(quiz, key).choices()),
                "class-" + quiz.code + "-choices.csv"));
    }

    private Response setClosed(MultivaluedMap<String, String> fields, boolean closed) {
        String key = first(fields, "key");
        return withClass(first(fields, "code"), key, quiz -> {
            quiz.closed = closed;
            return Response.seeOther(URI.create(RESULTS + "?code=" + quiz.code + "&key=" + key + "#student-link"))
                    .build();
        });
    }

    /** {@code then} with the class behind this code and key, or the one {@link #notFound()} answer. */
    private Response withClass(String code, String key, Function<ClassQuiz, Response> then) {
        return authorised(code, key).map(then).orElseGet(this::notFound);
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
        LocalDate created = LocalDate.ofInstant(quiz.createdAt, ZoneOffset.UTC);
        LocalDate deleteOn = LocalDate.ofInstant(quiz.createdAt.plus(Duration.ofDays(config.retentionDays())),
                ZoneOffset.UTC);
        String query = "code=" + quiz.code + "&key=" + key;
        String idList = URLEncoder.encode(quiz.questionIds, StandardCharsets.UTF_8).replace("%2C", ",");
        return new ResultsPage(quiz, key, site.baseUrl() + quiz.studentPath(), site.baseUrl() + RESULTS + "?" + query,
                quiz.noticePending, quiz.openOn(today()), created, deleteOn, config.retentionDays(), stats, questions,
                ClassChoices.count(offered(quiz, snapshots), attempts.stream().map(ClassQuizResource::answers).toList()),
                ClassResultsChart.svg(stats), idList, AppRoutes.QUIZ + "?questions=" + idList);
    }

    /** The class's questions with their choices as they read now (a retired one as it read when last answered). */
    private List<ClassChoices.Offered> offered(ClassQuiz quiz, Map<String, QuizAnswer> snapshots) {
        List<ClassChoices.Offered> offered = new ArrayList<>();
        for (String id : quiz.questionIdList()) {
            Optional<Question> now = bank.question(id);
            QuizAnswer old = snapshots.get(id);
            offered.add(now.map(q -> new ClassChoices.Offered(id, q.text(), q.choices().stream()
                            .map(c -> new ClassChoices.Option(c.id(), c.text(), c.correct())).toList()))
                    .orElseGet(() -> new ClassChoices.Offered(id, old != null ? old.questionText : id, List.of())));
        }
        return offered;
    }

    private static List<ClassChoices.Answer> answers(QuizAttempt attempt) {
        return attempt.answers.stream().map(a -> new ClassChoices.Answer(a.questionId, a.chosenChoiceId, a.chosenText,
                a.correct)).toList();
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
        return calendar.today();
    }

    private static String first(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

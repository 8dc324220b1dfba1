package org.mskguide.instructors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mskguide.quiz.ClassQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizAttempt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Class quizzes end to end over HTTP: setting one up (and every bad input), the private results page and its key,
 * students taking it, CSV files, close and reopen, delete, the retention job, and a wrong key answered exactly like
 * an unknown class. ClassQuizResourcePostgresTest runs all of it again on PostgreSQL.
 */
@QuarkusTest
class ClassQuizResourceTest {

    static final Pattern RESULTS = Pattern.compile("/instructors/class-results\\?code=([a-z2-7]{10})&key=([A-Za-z0-9_-]{32})$");

    /** The day the tests run on, fixed by %test.guide.class-quiz.today. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Inject
    QuestionBank bank;

    @Inject
    RetentionJob retention;

    /** A CSRF cookie and its token, from any page that makes one. */
    record Token(String cookie, String token) {
    }

    /** A class quiz as its instructor holds it: the two links. */
    record Created(String code, String key) {

        String results() {
            return "/instructors/class-results?code=" + code + "&key=" + key;
        }

        String query() {
            return "code=" + code + "&key=" + key;
        }
    }

    static Token token(String path) {
        Response response = given().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        return new Token(response.cookie("csrf-token"), page.selectFirst("input[name=csrf-token]").val());
    }

    static RequestSpecification post(Token token) {
        return given().redirects().follow(false).cookie("csrf-token", token.cookie()).formParam("csrf-token", token.token());
    }

    static Response submitCreate(Map<String, Object> fields, List<String> topics) {
        RequestSpecification request = post(token("/instructors/class-quizzes/new"));
        fields.forEach(request::formParam);
        topics.forEach(t -> request.formParam("topics", t));
        return request.post("/instructors/class-quizzes");
    }

    static Created create(String label, String topic, String order) {
        Response response = submitCreate(Map.of("label", label, "order", order, "questions", "", "closes", ""),
                List.of(topic));
        assertThat(response.statusCode()).isEqualTo(303);
        Matcher m = RESULTS.matcher(response.header("Location"));
        assertThat(m.find()).as(response.header("Location")).isTrue();
        return new Created(m.group(1), m.group(2));
    }

    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** A student opens the student link, answers every question (the first one right, the rest wrong), sends it. */
    String takeQuiz(Created created, boolean firstRight) {
        Response link = given().redirects().follow(false).get("/quiz/class/" + created.code());
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(path(link.header("Location"))).isEqualTo("/quiz/class?code=" + created.code());
        Response sent = send(created, Map.of(), (q, index) -> index == 0 && firstRight ? q.correctChoice().id() : wrong(q));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).matches(".*/quiz/results/[0-9a-f-]{36}");
        return path(sent.header("Location"));
    }

    /** Picks an answer for a question, given its place in the served quiz (0-based); null leaves it out. */
    interface Chooser {
        String choose(Question question, int index);
    }

    static String wrong(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    /** Opens the class quiz in a browser holding {@code cookies}, answers it with {@code chooser} and sends it. */
    Response send(Created created, Map<String, String> cookies, Chooser chooser) {
        Response page = given().cookies(cookies).get("/quiz/class?code=" + created.code());
        assertThat(page.statusCode()).isEqualTo(200);
        return resend(created, page, cookies, chooser);
    }

    /** Sends the form of {@code page} again, as Back and send would, with the browser's cookies now. */
    Response resend(Created created, Response page, Map<String, String> cookies, Chooser chooser) {
        Document doc = Jsoup.parse(page.asString());
        String questions = doc.selectFirst("input[name=questions]").val();
        RequestSpecification request = given().redirects().follow(false).cookies(cookies)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val())
                .formParam("topic", "")
                .formParam("questions", questions);
        String[] ids = questions.split(",");
        for (int i = 0; i < ids.length; i++) {
            String choice = chooser.choose(bank.question(ids[i]).orElseThrow(), i);
            if (choice != null) {
                request.formParam("q." + ids[i], choice);
            }
        }
        return request.post(doc.selectFirst("form#quiz-form").attr("action"));
    }

    static long attemptsOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.count("classCode", code));
    }

    @Test
    void creatingRedirectsToThePrivateResultsWhichShowTheKeyOnceAndStoreOnlyItsHash() {
        Created created = create("SONO 210, week 3", "rmsks-credential", "fixed");

        ClassQuiz stored = QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(created.code()).orElseThrow());
        assertThat(stored.secretHash).isEqualTo(ClassSecrets.hash(created.key())).doesNotContain(created.key());
        assertThat(stored.label).isEqualTo("SONO 210, week 3");
        assertThat(stored.questionIdList()).containsExactlyElementsOf(
                bank.forTopic("rmsks-credential").stream().map(Question::id).toList());

        Response first = given().get(created.results());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        assertThat(first.header("Referrer-Policy")).isEqualTo("no-referrer");
        Document page = Jsoup.parse(first.asString());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("h1").text()).isEqualTo("Class results: SONO 210, week 3");
        assertThat(page.select("#bookmark-notice").text()).contains("Bookmark this page now");
        assertThat(page.select("#results-url").val()).endsWith(created.results());
        assertThat(page.select("#student-url").val()).endsWith("/quiz/class/" + created.code());
        assertThat(page.select("#attempt-count").text()).contains("No attempts yet");
        assertThat(page.select("#retention").text()).contains("400 days");

        Document again = Jsoup.parse(given().get(created.results()).asString());
        assertThat(again.select("#bookmark-notice")).isEmpty();
        assertThat(again.select("#student-url").val()).endsWith("/quiz/class/" + created.code());
    }

    @Test
    void studentsTakeItLikeAnyQuizAndTheResultsCountTheirAttempts() {
        Created created = create("Week 4", "rmsks-credential", "fixed");
        List<String> ids = bank.forTopic("rmsks-credential").stream().map(Question::id).toList();

        Document form = Jsoup.parse(given().get("/quiz/class?code=" + created.code()).asString());
        assertThat(form.select("h1").text()).isEqualTo("Class quiz: Week 4");
        assertThat(form.select("form#quiz-form").attr("action")).isEqualTo("/quiz/class?code=" + created.code());
        // Fixed order: the instructor's order.
        assertThat(form.selectFirst("input[name=questions]").val()).isEqualTo(String.join(",", ids));
        assertThat(form.select("form fieldset")).hasSize(ids.size());

        String result = takeQuiz(created, true);
        takeQuiz(created, false);
        takeQuiz(created, true);
        assertThat(attemptsOf(created.code())).isEqualTo(3);

        Document resultPage = Jsoup.parse(given().get(result).asString());
        assertThat(resultPage.select(".score").text()).contains("1 out of " + ids.size());
        // No "Try again" into the class (it would count): the same questions outside it instead.
        assertThat(resultPage.select("a.button").eachText()).doesNotContain("Try again");
        assertThat(resultPage.select("a[href*=/quiz/class]")).isEmpty();
        assertThat(resultPage.select("#practise-these a").attr("href")).isEqualTo("/quiz?questions=" + String.join(",", ids));

        Document results = Jsoup.parse(given().get(created.results()).asString());
        assertThat(results.select("#attempt-count").text()).contains("3 attempts").contains("Median score: 1 of " + ids.size())
                .contains("ranged from 0 to 1");
        assertThat(results.select("#class-scores-chart")).hasSize(1);
        // Scores 0 and 1 only: two rows, not one per possible score.
        assertThat(results.select("#score-table tbody tr")).hasSize(2);
        assertThat(results.select("#question-table tbody tr")).hasSize(ids.size());
        // The first question was right twice in three; every other question never: it comes last (strongest).
        assertThat(results.select("#question-table tbody tr").last().id()).isEqualTo("question-" + ids.get(0));
        assertThat(results.select("#question-" + ids.get(0) + " td").first().text()).isEqualTo("67% (2 of 3)");
        assertThat(results.select("#question-table tbody tr").first().select("a").attr("href")).startsWith("/topics/");
        String idList = String.join(",", ids);
        assertThat(results.select("a[href=/instructors/export?format=moodle&questions=" + idList + "]")).hasSize(1);
        assertThat(results.select("a[href=/print/quiz?class=" + created.code() + "]")).hasSize(1);
        // The export takes exactly this class's questions; the printable quiz prints them under the class's label.
        assertThat(given().get("/instructors/export?format=moodle&questions=" + idList).statusCode()).isEqualTo(200);
        Document printed = Jsoup.parse(given().get("/print/quiz?class=" + created.code()).asString());
        assertThat(printed.select("h1").text()).startsWith("Class quiz: ");
    }

    @Test
    void aShuffledClassServesTheSameQuestionsAndAcceptsThemInAnyOrder() {
        Created created = create("Shuffled", "dynamic-imaging", "shuffled");
        List<String> ids = bank.forTopic("dynamic-imaging").stream().map(Question::id).toList();
        Document form = Jsoup.parse(given().get("/quiz/class?code=" + created.code()).asString());
        assertThat(List.of(form.selectFirst("input[name=questions]").val().split(","))).containsExactlyInAnyOrderElementsOf(ids);
        takeQuiz(created, true);
        assertThat(attemptsOf(created.code())).isEqualTo(1);
    }

    @Test
    void anEditedListOfQuestionsIsRefusedAndNothingIsStored() {
        Created created = create("Tamper", "rmsks-credential", "fixed");
        Response page = given().get("/quiz/class?code=" + created.code());
        Document doc = Jsoup.parse(page.asString());
        String first = doc.selectFirst("input[name=questions]").val().split(",")[0];
        Response sent = given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val())
                .formParam("topic", "").formParam("questions", first)
                .formParam("q." + first, bank.question(first).orElseThrow().correctChoice().id())
                .post("/quiz/class?code=" + created.code());
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sent.asString()).select(".error-summary").text()).contains("does not match this class quiz");
        assertThat(attemptsOf(created.code())).isZero();
    }

    @Test
    void aWrongKeyGetsExactlyTheAnswerOfAnUnknownClass() {
        Created created = create("Probe", "rmsks-credential", "fixed");
        String wrongKey = ClassSecrets.newKey(new java.security.SecureRandom());
        String unknownCode = "aaaaaaaaaa".equals(created.code()) ? "bbbbbbbbbb" : "aaaaaaaaaa";

        for (String base : List.of("/instructors/class-results", "/instructors/class-results/questions.csv",
                "/instructors/class-results/attempts.csv", "/instructors/class-results/delete")) {
            Response wrong = given().get(base + "?code=" + created.code() + "&key=" + wrongKey);
            Response unknown = given().get(base + "?code=" + unknownCode + "&key=" + created.key());
            Response malformed = given().get(base + "?code=" + created.code() + "&key=short");
            Response missing = given().get(base + "?code=" + created.code());
            assertThat(wrong.statusCode()).as(base).isEqualTo(404);
            for (Response other : List.of(unknown, malformed, missing)) {
                assertThat(other.statusCode()).as(base).isEqualTo(wrong.statusCode());
                assertThat(other.asString()).as(base).isEqualTo(wrong.asString());
            }
        }
        Token token = token("/instructors/class-quizzes/new");
        for (String action : List.of("close", "reopen", "delete")) {
            Response wrong = post(token).formParam("code", created.code()).formParam("key", wrongKey)
                    .post("/instructors/class-results/" + action);
            Response unknown = post(token).formParam("code", unknownCode).formParam("key", created.key())
                    .post("/instructors/class-results/" + action);
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.asString()).isEqualTo(wrong.asString());
        }
        // Nothing was closed or deleted by the wrong key.
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(200);
    }

    @Test
    void csvFilesHoldOneRowPerQuestionAndOneRowPerAnonymousAttempt() throws IOException {
        Created created = create("CSV", "rmsks-credential", "fixed");
        List<String> ids = bank.forTopic("rmsks-credential").stream().map(Question::id).toList();
        takeQuiz(created, true);
        takeQuiz(created, false);

        Response questions = given().get("/instructors/class-results/questions.csv?" + created.query());
        assertThat(questions.statusCode()).isEqualTo(200);
        assertThat(questions.contentType()).startsWith("text/csv");
        assertThat(questions.header("Content-Disposition")).isEqualTo("attachment; filename=\"class-" + created.code()
                + "-questions.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(questions.asString())).getRecords();
        assertThat(rows).hasSize(ids.size() + 1);
        CSVRecord firstQuestion = rows.stream().filter(r -> r.get(1).equals(ids.get(0))).findFirst().orElseThrow();
        assertThat(firstQuestion.get(5)).isEqualTo("2");
        assertThat(firstQuestion.get(6)).isEqualTo("1");
        assertThat(firstQuestion.get(9)).isEqualTo("0.500");

        // In the quiz's order, whatever the share right.
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, ids.size()).mapToObj(String::valueOf).toList());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactlyElementsOf(ids);

        Response attempts = given().get("/instructors/class-results/attempts.csv?" + created.query());
        List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(attempts.asString())).getRecords();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).values()).startsWith("attempt", "date_utc", "time_utc", "score", "total");
        assertThat(lines.get(0).size()).isEqualTo(5 + ids.size());
        List<QuizAttempt> stored = QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(created.code())
                .orElseThrow().attempts());
        java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(stored.get(0).takenAt, ZoneOffset.UTC);
        assertThat(lines.get(1).get(1)).isEqualTo(utc.toLocalDate().toString());
        assertThat(lines.get(1).get(2)).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(utc));
        assertThat(lines.get(1).get(3)).isEqualTo("1");
        assertThat(lines.get(1).get(5)).isEqualTo("right");
        assertThat(lines.get(2).get(5)).isEqualTo("wrong");
        assertThat(attempts.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void closingTellsStudentsPolitelyAndReopeningLetsThemBackIn() {
        Created created = create("Close me", "rmsks-credential", "fixed");
        Token token = token(created.results());

        Response close = post(token).formParam("code", created.code()).formParam("key", created.key())
                .post("/instructors/class-results/close");
        assertThat(close.statusCode()).isEqualTo(303);
        assertThat(path(close.header("Location"))).startsWith(created.results());

        Response closed = given().get("/quiz/class?code=" + created.code());
        assertThat(closed.statusCode()).isEqualTo(410);
        Document page = Jsoup.parse(closed.asString());
        assertThat(page.select("h1").text()).isEqualTo("This class quiz is closed");
        assertThat(page.select("a[href=/quiz?topic=rmsks-credential]")).hasSize(1);
        assertThat(Jsoup.parse(given().get(created.results()).asString()).select("#student-link ~ p, #student-link + p")
                .text()).contains("Closed");

        // Answers sent to a closed quiz are not stored, and the student is told so.
        Response late = given().redirects().follow(false).cookie("csrf-token", token.cookie())
                .formParam("csrf-token", token.token()).formParam("topic", "").formParam("questions", "x")
                .post("/quiz/class?code=" + created.code());
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(late.asString()).text()).contains("your answers were not saved");
        assertThat(attemptsOf(created.code())).isZero();

        Response reopen = post(token).formParam("code", created.code()).formParam("key", created.key())
                .post("/instructors/class-results/reopen");
        assertThat(reopen.statusCode()).isEqualTo(303);
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(200);
    }

    @Test
    void aClassPastItsLastDayIsClosed() {
        Created created = create("Dated", "rmsks-credential", "fixed");
        QuarkusTransaction.requiringNew().run(() -> ClassQuiz.findByCode(created.code()).orElseThrow().closesOn =
                TODAY.minusDays(1));
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(410);
        QuarkusTransaction.requiringNew().run(() -> ClassQuiz.findByCode(created.code()).orElseThrow().closesOn =
                TODAY);
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownClassIsA404ThatOffersTheTopicQuizzes() {
        for (String path : List.of("/quiz/class?code=aaaaaaaaaa", "/quiz/class?code=NOT-A-CODE", "/quiz/class")) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.asString());
            assertThat(page.select("h1").text()).isEqualTo("No class quiz at this address");
            assertThat(page.select("a[href=/quiz?topic=dynamic-imaging]")).hasSize(1);
        }
    }

    @Test
    void deletingAsksFirstThenRemovesTheClassAndEveryAttempt() {
        Created created = create("Delete me", "rmsks-credential", "fixed");
        String result = takeQuiz(created, true);
        assertThat(attemptsOf(created.code())).isEqualTo(1);

        Response confirm = given().get("/instructors/class-results/delete?" + created.query());
        assertThat(confirm.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(confirm.asString());
        assertThat(page.select("h1").text()).isEqualTo("Delete “Delete me”?");
        assertThat(page.select("form[action=/instructors/class-results/delete] input[name=key]").val()).isEqualTo(created.key());
        // Looking at the confirmation deletes nothing.
        assertThat(attemptsOf(created.code())).isEqualTo(1);

        Token token = new Token(confirm.cookie("csrf-token"), page.selectFirst("input[name=csrf-token]").val());
        Response delete = post(token).formParam("code", created.code()).formParam("key", created.key())
                .post("/instructors/class-results/delete");
        assertThat(delete.statusCode()).isEqualTo(303);
        assertThat(path(delete.header("Location"))).isEqualTo("/instructors/class-quizzes/deleted");
        assertThat(given().get("/instructors/class-quizzes/deleted").statusCode()).isEqualTo(200);

        assertThat(attemptsOf(created.code())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(created.code())).isPresent()).isFalse();
        assertThat(given().get(created.results()).statusCode()).isEqualTo(404);
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(404);
        assertThat(given().get(result).statusCode()).isEqualTo(404);
    }

    @Test
    void theRetentionJobDeletesClassesPastTheirPeriodWithTheirAttempts() {
        Created old = create("Old", "rmsks-credential", "fixed");
        Created young = create("Young", "rmsks-credential", "fixed");
        takeQuiz(old, true);
        takeQuiz(young, true);
        Instant now = Instant.parse("2030-06-01T12:00:00Z");
        // created_at is not updatable through the entity: a bulk update stands in for the passing of time.
        QuarkusTransaction.requiringNew().run(() -> {
            ClassQuiz.update("createdAt = ?1 where code = ?2", now.minus(Duration.ofDays(401)), old.code());
            ClassQuiz.update("createdAt = ?1 where code = ?2", now.minus(Duration.ofDays(399)), young.code());
        });

        retention.purge(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(old.code())).isPresent()).isFalse();
        assertThat(attemptsOf(old.code())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(young.code())).isPresent()).isTrue();
        assertThat(attemptsOf(young.code())).isEqualTo(1);

        retention.purge(Clock.fixed(now.plus(Duration.ofDays(2)), ZoneOffset.UTC));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(young.code())).isPresent()).isFalse();
        assertThat(attemptsOf(young.code())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty label|label|   |rmsks-credential||fixed||Enter a label",
        "label over 80 characters|label|" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                + "|rmsks-credential||fixed||80 characters or fewer",
        "markup in the label|label|<script>x</script>|rmsks-credential||fixed||plain text",
        "unknown topic|topics|Week 1|no-such-topic||fixed||no-such-topic",
        "no topic and no question|topics|Week 1|||fixed||Choose at least one topic",
        "unknown question id|questions|Week 1||rmsks-two-exams,nope|fixed||'nope'",
        "more than 30 questions|topics|Week 1|ALL||fixed||at most 30",
        "closing date in the past|closes|Week 1|rmsks-credential||fixed|2020-01-01|in the past",
        "closing date not a date|closes|Week 1|rmsks-credential||fixed|soon|year-month-day",
        "unknown order|order|Week 1|rmsks-credential||upside-down||fixed order or shuffled",
    })
    void badInputGetsTheFormBackWithTheMessageNextToTheFieldAndTheValuesKept(String name, String field, String label,
            String topic, String questions, String order, String closes, String message) {
        long before = QuarkusTransaction.requiringNew().call(() -> ClassQuiz.count());
        List<String> topics = new ArrayList<>();
        if ("ALL".equals(topic)) {
            topics.addAll(bank.topics());
        } else if (topic != null) {
            topics.add(topic);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", label == null ? "" : label);
        fields.put("questions", questions == null ? "" : questions);
        fields.put("order", order);
        fields.put("closes", closes == null ? "" : closes);

        Response response = submitCreate(fields, topics);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#error-summary a[href=#" + field + "]")).hasSize(1);
        assertThat(page.select("#" + field + "-error").text()).contains(message);
        if (label != null && !label.isBlank()) {
            assertThat(page.select("#label").val()).isEqualTo(label);
        }
        topics.stream().filter(t -> bank.topics().contains(t))
                .forEach(t -> assertThat(page.select("#topic-" + t).hasAttr("checked")).as(t).isTrue());
        if (questions != null) {
            assertThat(page.select("#questions").val()).isEqualTo(questions);
        }
        if (closes != null) {
            assertThat(page.select("#closes").val()).isEqualTo(closes);
        }
        assertThat(page.select("input[name=csrf-token]").val()).isNotBlank();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClassQuiz.count())).isEqualTo(before);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Created created = create("CSRF", "rmsks-credential", "fixed");
        Response noToken = given().redirects().follow(false).formParam("label", "x").formParam("topics", "rmsks-credential")
                .post("/instructors/class-quizzes");
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noToken.asString()).select("h1").text()).isEqualTo("The form was not checked");
        Response close = given().redirects().follow(false).formParam("code", created.code())
                .formParam("key", created.key()).post("/instructors/class-results/close");
        assertThat(close.statusCode()).isEqualTo(400);
        assertThat(close.asString()).contains("security token");
        assertThat(given().get("/quiz/class?code=" + created.code()).statusCode()).isEqualTo(200);
        Response answers = given().redirects().follow(false).formParam("topic", "").formParam("questions", "x")
                .post("/quiz/class?code=" + created.code());
        assertThat(answers.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(answers.asString()).select("h1").text()).isEqualTo("Your answers were not checked");
    }

    @Test
    void theCreateFormIsAPlainAccessibleForm() {
        Response response = given().get("/instructors/class-quizzes/new");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("form[method=post][action=/instructors/class-quizzes]")).hasSize(1);
        assertThat(page.select("script")).isEmpty();
        for (String id : List.of("label", "questions", "closes", "order-fixed", "order-shuffled", "attempts-one",
                "attempts-any", "answers-after-close", "answers-never", "answers-immediately")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        for (String topic : bank.topics()) {
            assertThat(page.select("label[for=topic-" + topic + "]")).as(topic).hasSize(1);
        }
        assertThat(page.select("#order-fixed").hasAttr("checked")).isTrue();
        // Safe defaults: one attempt per browser, answers after the quiz closes; a native date input, time zone stated.
        assertThat(page.select("#attempts-one").hasAttr("checked")).isTrue();
        assertThat(page.select("#answers-after-close").hasAttr("checked")).isTrue();
        assertThat(page.select("#closes").attr("type")).isEqualTo("date");
        assertThat(page.select("#closes-hint").text()).contains("UTC").contains("month/day/year");
        assertThat(page.select("#attempts-hint").text()).contains("a deterrent, not identity");
    }

    /** A class with exactly these questions and these choices; returns the two links. */
    static Created create(String label, String questions, String attempts, String answers, String closes) {
        Response response = submitCreate(Map.of("label", label, "order", "fixed", "questions", questions,
                "closes", closes, "attempts", attempts, "answers", answers), List.of());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        Matcher m = RESULTS.matcher(response.header("Location"));
        assertThat(m.find()).isTrue();
        return new Created(m.group(1), m.group(2));
    }

    @Test
    void aSecondSubmissionFromTheSameBrowserIsRefusedPolitelyWithTheQuestionsToPractise() {
        Created created = create("Once", "rmsks-credential", "fixed");
        List<String> ids = bank.forTopic("rmsks-credential").stream().map(Question::id).toList();
        Response form = given().get("/quiz/class?code=" + created.code());
        Response first = resend(created, form, Map.of(), (q, i) -> q.correctChoice().id());
        assertThat(first.statusCode()).isEqualTo(303);
        String cookieName = "class-" + created.code();
        String setCookie = first.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith(cookieName + "="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/quiz");
        Map<String, String> browser = Map.of(cookieName, first.cookie(cookieName));

        // Back, then send the same form again: refused, nothing stored, the result and the practice offered.
        Response again = resend(created, form, browser, (q, i) -> q.correctChoice().id());
        assertThat(again.statusCode()).isEqualTo(409);
        Document refused = Jsoup.parse(again.asString());
        assertThat(refused.select("h1").text()).isEqualTo("You have already sent your answers");
        assertThat(refused.select("#already-sent").text()).contains("were not saved");
        assertThat(refused.select("#practise-these a").attr("href")).isEqualTo("/quiz?questions=" + String.join(",", ids));
        assertThat(refused.select("a.button").attr("href")).isEqualTo(path(first.header("Location")));
        assertThat(refused.select("#cookie-note").text()).contains("a deterrent, not identity");
        assertThat(attemptsOf(created.code())).isEqualTo(1);

        // Opening the student link again says so at once, without a form.
        Response reopened = given().cookies(browser).get("/quiz/class?code=" + created.code());
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(reopened.asString()).select("form#quiz-form")).isEmpty();

        // The practice quiz is an ordinary quiz: sending it is not counted in the class.
        assertThat(given().get("/quiz?questions=" + String.join(",", ids)).statusCode()).isEqualTo(200);

        // A cookie that was altered, or that belongs to another class, is ignored: a deterrent, not a lock-out.
        Created other = create("Other", "rmsks-credential", "fixed");
        assertThat(send(other, Map.of("class-" + other.code(), first.cookie(cookieName)), (q, i) -> wrong(q)).statusCode())
                .isEqualTo(303);
        String forged = first.cookie(cookieName).replaceFirst(".$", first.cookie(cookieName).endsWith("A") ? "B" : "A");
        assertThat(send(created, Map.of(cookieName, forged), (q, i) -> wrong(q)).statusCode()).isEqualTo(303);
        assertThat(attemptsOf(created.code())).isEqualTo(2);
    }

    @Test
    void aClassThatAllowsAnyNumberOfAttemptsSetsNoCookie() {
        Created created = create("Many", "rmsks-two-exams", "any", "immediately", "");
        Response sent = send(created, Map.of(), (q, i) -> q.correctChoice().id());
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.cookie("class-" + created.code())).isNull();
        Document result = Jsoup.parse(given().get(path(sent.header("Location"))).asString());
        // Shown straight away, as chosen.
        assertThat(result.select(".quiz-result dt").eachText()).contains("Right answer");
        assertThat(result.select("#answers-later")).isEmpty();
    }

    @Test
    void answersStayHiddenUntilTheQuizClosesWhenTheInstructorChoseSo() {
        // Its last day is today (the fixed test day): open until the end of it.
        Created created = create("Later", "rmsks-two-exams", "one", "after-close", TODAY.toString());
        String result = path(send(created, Map.of(), (q, i) -> wrong(q)).header("Location"));
        String right = bank.question("rmsks-two-exams").orElseThrow().correctChoice().text();

        Document hidden = Jsoup.parse(given().get(result).asString());
        assertThat(hidden.select(".score").text()).contains("0 out of 1");
        assertThat(hidden.select("#answers-later").text()).contains("when the quiz closes");
        assertThat(hidden.select(".quiz-result dt")).isEmpty();
        assertThat(hidden.select(".quiz-result").text()).doesNotContain(right).doesNotContain("Not right");
        assertThat(hidden.select("#practise-missed")).isEmpty();
        assertThat(hidden.select("#practise-these a").attr("href")).isEqualTo("/quiz?questions=rmsks-two-exams");

        // The day after its last day (an update stands in for the passing of time): the answers appear.
        QuarkusTransaction.requiringNew().run(() -> ClassQuiz.findByCode(created.code()).orElseThrow().closesOn =
                TODAY.minusDays(1));
        Document shown = Jsoup.parse(given().get(result).asString());
        assertThat(shown.select("#answers-later")).isEmpty();
        assertThat(shown.select(".quiz-result dd").eachText()).contains(right);
    }

    @Test
    void closingByHandShowsTheAnswersAndScoreOnlyNeverDoes() {
        Created later = create("Close to show", "rmsks-two-exams", "one", "after-close", "");
        Created never = create("Score only", "rmsks-two-exams", "one", "never", "");
        String laterResult = path(send(later, Map.of(), (q, i) -> wrong(q)).header("Location"));
        String neverResult = path(send(never, Map.of(), (q, i) -> wrong(q)).header("Location"));
        assertThat(Jsoup.parse(given().get(laterResult).asString()).select(".quiz-result dt")).isEmpty();

        for (Created c : List.of(later, never)) {
            Token token = token(c.results());
            assertThat(post(token).formParam("code", c.code()).formParam("key", c.key())
                    .post("/instructors/class-results/close").statusCode()).isEqualTo(303);
        }
        assertThat(Jsoup.parse(given().get(laterResult).asString()).select(".quiz-result dt").eachText())
                .contains("Right answer");
        Document scoreOnly = Jsoup.parse(given().get(neverResult).asString());
        assertThat(scoreOnly.select(".quiz-result dt")).isEmpty();
        assertThat(scoreOnly.select("#answers-later").text()).contains("score only");
    }

    @Test
    void perChoiceCountsMatchAHandCountedClass() throws IOException {
        Question two = bank.question("rmsks-two-exams").orElseThrow();
        Question other = bank.forTopic("dynamic-imaging").get(0);
        Created created = create("Distractors", two.id() + "," + other.id(), "any", "immediately", "");
        String right = two.correctChoice().id();
        String wrongOne = wrong(two);
        // Four attempts at the first question: right, right, the same wrong choice, left out.
        List<String> picks = java.util.Arrays.asList(right, right, wrongOne, null);
        for (String pick : picks) {
            send(created, Map.of(), (q, i) -> q.id().equals(two.id()) ? pick : q.correctChoice().id());
        }

        Document page = Jsoup.parse(given().get(created.results()).asString());
        Map<String, String> counts = new LinkedHashMap<>();
        for (org.jsoup.nodes.Element row : page.select("#choices-" + two.id() + " tbody tr")) {
            counts.put(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        assertThat(counts).containsEntry(two.correctChoice().text() + " (right answer)", "2 (50%)")
                .containsEntry(two.choice(wrongOne).orElseThrow().text(), "1 (25%)")
                .containsEntry("Left out", "1");
        two.choices().stream().filter(c -> !c.correct() && !c.id().equals(wrongOne))
                .forEach(c -> assertThat(counts).containsEntry(c.text(), "0"));
        assertThat(page.select("#choices-" + other.id() + " tr.right-answer td").text()).isEqualTo("4 (100%)");
        // Whole numbers only: 4 attempts, scores 1, 2, 2, 1.
        assertThat(page.select("#attempt-count").text()).contains("Median score: 1 of 2").contains("ranged from 1 to 2");

        Response csv = given().get("/instructors/class-results/choices.csv?" + created.query());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.asString())).getRecords();
        assertThat(rows.get(0).values()).containsExactly("position", "question_id", "question", "choice_id", "choice",
                "right_answer", "attempts", "chose_it");
        Map<String, String> byChoice = new LinkedHashMap<>();
        rows.stream().skip(1).filter(r -> r.get(1).equals(two.id())).forEach(r -> byChoice.put(r.get(3), r.get(7)));
        assertThat(byChoice).containsEntry(right, "2").containsEntry(wrongOne, "1").containsEntry("", "1");
        assertThat(rows.stream().skip(1).filter(r -> r.get(1).equals(two.id()) && r.get(5).equals("yes")))
                .extracting(r -> r.get(3)).containsExactly(right);
        assertThat(rows.get(1).get(0)).isEqualTo("1");
        assertThat(rows.get(rows.size() - 1).get(1)).isEqualTo(other.id());
    }

    @Test
    void thePickerListsEveryQuestionAndHandsTheTickedOnesToTheForm() {
        Response picker = given().get("/instructors/class-quizzes/pick");
        assertThat(picker.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(picker.asString());
        assertThat(page.select("form[method=get][action=/instructors/class-quizzes/new] input[type=checkbox][name=questions]"))
                .hasSize(bank.questions().size());
        for (Question q : bank.questions()) {
            assertThat(page.select("label[for=pick-box-" + q.id() + "]").text()).as(q.id()).contains(q.text());
        }
        Question picture = bank.questions().stream().filter(q -> q.picture() != null).findFirst().orElseThrow();
        assertThat(page.select("#pick-" + picture.id() + " figure svg")).hasSize(1);
        assertThat(page.select("button[formaction=/instructors/class-quizzes/pick/preview]")).hasSize(1);
        assertThat(page.select("#picked-count").text()).isEqualTo("0 questions ticked");

        String a = bank.questions().get(3).id();
        String b = bank.questions().get(0).id();
        Document form = Jsoup.parse(given().queryParam("questions", a).queryParam("questions", b)
                .get("/instructors/class-quizzes/new").asString());
        assertThat(form.select("#questions").val()).isEqualTo(a + ", " + b);

        Document ticked = Jsoup.parse(given().queryParam("questions", a).get("/instructors/class-quizzes/pick").asString());
        assertThat(ticked.select("#pick-box-" + a).hasAttr("checked")).isTrue();
        assertThat(ticked.select("#picked-count").text()).isEqualTo("1 question ticked");

        Response preview = given().redirects().follow(false).queryParam("questions", a).queryParam("questions", b)
                .get("/instructors/class-quizzes/pick/preview");
        assertThat(preview.statusCode()).isEqualTo(303);
        assertThat(path(preview.header("Location"))).isEqualTo("/quiz?questions=" + a + "," + b);
        Response none = given().get("/instructors/class-quizzes/pick/preview");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(none.asString()).select("#questions-error").text()).contains("Tick at least one");
    }

    @Test
    void aUsStyleDateIsUnderstoodAndTheResultsPageOffersPlainLinksToCopy() {
        Created created = create("US date", "rmsks-two-exams", "one", "after-close", "12/20/2026");
        ClassQuiz stored = QuarkusTransaction.requiringNew().call(() -> ClassQuiz.findByCode(created.code()).orElseThrow());
        assertThat(stored.closesOn).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(stored.onePerBrowser).isTrue();
        assertThat(stored.answersShownChoice()).isEqualTo(ClassQuiz.AnswersShown.AFTER_CLOSE);

        Document page = Jsoup.parse(given().get(created.results()).asString());
        assertThat(page.select("#student-url").attr("data-copy-label")).isNotBlank();
        assertThat(page.select("#results-url").attr("data-copy-label")).isNotBlank();
        assertThat(page.select("#student-preview a[href=/quiz/class/" + created.code() + "]")).hasSize(1);
        assertThat(page.select("script[src^=/assets/instructors.js]")).hasSize(1);
    }
}

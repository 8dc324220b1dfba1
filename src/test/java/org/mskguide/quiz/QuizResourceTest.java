package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.web.error.Problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The quiz in HTML: the form, Post/Redirect/Get, the result page, CSRF, and every way a tampered form is refused. */
@QuarkusTest
class QuizResourceTest {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    QuestionBank bank;

    /** A quiz as a reader's browser holds it: the page, its CSRF cookie and the hidden fields. */
    record Served(Document page, String cookie, String token, String topic, String questions) {

        List<String> ids() {
            return List.of(questions.split(","));
        }
    }

    static Served open(String path) {
        Response response = given().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        return new Served(page, response.cookie("csrf-token"), page.selectFirst("input[name=csrf-token]").val(),
                page.selectFirst("input[name=topic]").val(), page.selectFirst("input[name=questions]").val());
    }

    /** A form post with the cookie and the token, as the browser sends it; add answers with formParam. */
    static RequestSpecification post(Served served) {
        return given().redirects().follow(false)
                .cookie("csrf-token", served.cookie())
                .formParam("csrf-token", served.token())
                .formParam("topic", served.topic())
                .formParam("questions", served.questions());
    }

    private String wrongChoice(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    @Test
    void mixedQuizServesEightQuestionsOnePerTopicAsAPlainAccessibleForm() {
        Served served = open("/quiz");
        Document page = served.page();

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("form#quiz-form[method=post][action=/quiz]")).hasSize(1);
        assertThat(page.select("form fieldset")).hasSize(8);
        for (Element fieldset : page.select("form fieldset")) {
            assertThat(fieldset.select("> legend").text()).isNotBlank();
            for (Element radio : fieldset.select("input[type=radio]")) {
                assertThat(page.select("label[for=" + radio.id() + "]")).as(radio.id()).hasSize(1);
            }
            // A picture question offers every letter its figure shows, up to 8.
            assertThat(fieldset.select("input[type=radio]")).hasSizeBetween(3, fieldset.selectFirst("figure") == null ? 5 : 8);
        }
        // The cookie holds the token signed with the shared key (web/CsrfKey), so it differs from the form's copy.
        assertThat(served.token()).isNotBlank();
        assertThat(served.cookie()).isNotBlank();
        Set<String> topics = new HashSet<>();
        served.ids().forEach(id -> topics.add(bank.question(id).orElseThrow().topic()));
        assertThat(topics).hasSize(8);
        // Instructors find every topic quiz from here.
        for (String topic : bank.topics()) {
            assertThat(page.select("a[href=/quiz?topic=" + topic + "]")).as(topic).hasSize(1);
        }
        given().get("/quiz").then()
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void topicQuizServesEveryQuestionOfThatTopic() {
        Served served = open("/quiz?topic=rmsks-credential");

        assertThat(served.topic()).isEqualTo("rmsks-credential");
        assertThat(served.ids()).containsExactlyInAnyOrderElementsOf(
                bank.forTopic("rmsks-credential").stream().map(Question::id).toList());
        assertThat(served.page().select("h1").text()).isEqualTo("Quiz: The RMSKS credential");
        assertThat(served.page().select("form fieldset")).hasSize(bank.forTopic("rmsks-credential").size());
    }

    @Test
    void unknownTopicIsA404ThatOffersTheRealOnes() {
        Response response = given().get("/quiz?topic=no-such-topic");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("No quiz for this topic");
        assertThat(page.text()).contains("no-such-topic");
        assertThat(page.select("a[href=/quiz?topic=dynamic-imaging]")).hasSize(1);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void submittingRedirectsWith303ToAnUnguessableResultThatExplainsEveryQuestion() {
        Served served = open("/quiz?topic=rmsks-credential");
        List<String> ids = served.ids();
        Question right = bank.question(ids.get(0)).orElseThrow();
        Question wrong = bank.question(ids.get(1)).orElseThrow();
        Question skipped = bank.question(ids.get(2)).orElseThrow();
        long before = QuizAttempt.count();

        Response response = post(served)
                .formParam("q." + right.id(), right.correctChoice().id())
                .formParam("q." + wrong.id(), wrongChoice(wrong))
                .post("/quiz");

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.header("Location");
        assertThat(location).matches(".*/quiz/results/" + UUID_PATTERN);
        assertThat(QuizAttempt.count()).isEqualTo(before + 1);

        Response result = given().get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(result.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(result.asString());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select(".score").text()).contains("1 out of " + ids.size());
        assertThat(page.select("li.quiz-result")).hasSize(ids.size());

        Element first = page.selectFirst("#result-1");
        assertThat(first.select("h2").text()).contains(right.text());
        assertThat(first.text()).contains("Right", right.correctChoice().text(), right.explanation());
        assertThat(first.select("a[href=" + right.sectionPath() + "]")).hasSize(1);

        Element second = page.selectFirst("#result-2");
        assertThat(second.select(".status-not-met").text()).isEqualTo("Not right");
        assertThat(second.text()).contains(wrong.choice(wrongChoice(wrong)).orElseThrow().text(),
                wrong.correctChoice().text(), wrong.explanation());
        assertThat(second.select("a[href=" + wrong.sectionPath() + "]")).hasSize(1);

        Element third = page.selectFirst("#result-3");
        assertThat(third.select(".status-recommended").text()).isEqualTo("Unanswered");
        assertThat(third.text()).contains("You left this question out.", skipped.correctChoice().text());

        assertThat(page.select("a[href=/quiz?topic=rmsks-credential]").text()).contains("Try again");
    }

    @Test
    void mixedQuizSubmitsToo() {
        Served served = open("/quiz");
        Question q = bank.question(served.ids().get(0)).orElseThrow();

        Response response = post(served).formParam("q." + q.id(), q.correctChoice().id()).post("/quiz");

        assertThat(response.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(given().get(response.header("Location").replaceFirst("^https?://[^/]+", "")).asString());
        assertThat(page.select(".score").text()).contains("1 out of 8");
        assertThat(page.select("a.button").attr("href")).isEqualTo("/quiz");
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        Served served = open("/quiz?topic=dynamic-imaging");
        Question q = bank.question(served.ids().get(0)).orElseThrow();
        long before = QuizAttempt.count();

        Response noToken = given().redirects().follow(false)
                .cookie("csrf-token", served.cookie())
                .formParam("topic", served.topic())
                .formParam("questions", served.questions())
                .formParam("q." + q.id(), q.correctChoice().id())
                .post("/quiz");
        Response noCookie = given().redirects().follow(false)
                .formParam("csrf-token", served.token())
                .formParam("topic", served.topic())
                .formParam("questions", served.questions())
                .formParam("q." + q.id(), q.correctChoice().id())
                .post("/quiz");

        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noToken.asString()).select(".error-summary").text()).contains("security token");
        assertThat(QuizAttempt.count()).isEqualTo(before);
    }

    /** Posts a tampered form and checks: 400, the problem named, the form shown again, nothing stored. */
    private Document assertRefused(RequestSpecification request, String problem) {
        long before = QuizAttempt.count();

        Response response = request.post("/quiz");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select(".error-summary").text()).contains(problem).contains("Nothing was saved");
        assertThat(page.select("form#quiz-form fieldset")).isNotEmpty();
        assertThat(page.select("title").text()).startsWith("Error: ");
        assertThat(QuizAttempt.count()).isEqualTo(before);
        return page;
    }

    @Test
    void aChoiceFromAnotherQuestionIsRefusedAndTheValidAnswersAreKept() {
        Served served = open("/quiz?topic=rmsks-credential");
        Question first = bank.question(served.ids().get(0)).orElseThrow();
        Question second = bank.question(served.ids().get(1)).orElseThrow();

        Document page = assertRefused(post(served)
                .formParam("q." + first.id(), first.correctChoice().id())
                .formParam("q." + second.id(), "zz"), "'zz' is not one of the choices of question '" + second.id() + "'");

        // Same questions again, the valid answer still picked.
        assertThat(page.selectFirst("input[name=questions]").val()).isEqualTo(served.questions());
        assertThat(page.select("input[name=q." + first.id() + "][checked]").val()).isEqualTo(first.correctChoice().id());
    }

    @Test
    void anUnknownQuestionIsRefused() {
        Served served = open("/quiz?topic=dynamic-imaging");

        assertRefused(post(served).formParam("q.made-up-question", "a"), "There is no question 'made-up-question'");
    }

    @Test
    void anAnswerToAQuestionThatWasNotServedIsRefused() {
        Served served = open("/quiz?topic=dynamic-imaging");
        Question other = bank.forTopic("needle-guidance").get(0);

        assertRefused(post(served).formParam("q." + other.id(), other.correctChoice().id()), "is not part of this quiz");
    }

    @Test
    void aRepeatedFieldIsRefused() {
        Served served = open("/quiz?topic=dynamic-imaging");
        Question q = bank.question(served.ids().get(0)).orElseThrow();

        assertRefused(post(served).formParam("q." + q.id(), q.correctChoice().id(), wrongChoice(q)), "was sent 2 times");
    }

    @Test
    void anExtraFieldIsRefused() {
        Served served = open("/quiz?topic=dynamic-imaging");

        assertRefused(post(served).formParam("score", "100"), "'score'");
    }

    @Test
    void anEditedListOfQuestionsIsRefusedAndAFreshQuizIsShown() {
        Served served = open("/quiz?topic=rmsks-credential");
        Question kept = bank.question(served.ids().get(0)).orElseThrow();
        long before = QuizAttempt.count();

        // Drop every question but one, hoping for 1 out of 1.
        Response response = given().redirects().follow(false)
                .cookie("csrf-token", served.cookie())
                .formParam("csrf-token", served.token())
                .formParam("topic", served.topic())
                .formParam("questions", kept.id())
                .formParam("q." + kept.id(), kept.correctChoice().id())
                .post("/quiz");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select(".error-summary").text()).contains("was changed");
        assertThat(page.select("form#quiz-form fieldset")).hasSize(bank.forTopic("rmsks-credential").size());
        assertThat(QuizAttempt.count()).isEqualTo(before);
    }

    @Test
    void aSubmissionWithNoAnswerIsRefusedWithAMessage() {
        Served served = open("/quiz");

        assertRefused(post(served), "choose an answer to at least one question");
    }

    @Test
    void oversizedFormsAreRefusedWithA400NeverA500() {
        Served served = open("/quiz?topic=dynamic-imaging");
        Question q = bank.question(served.ids().get(0)).orElseThrow();
        long before = QuizAttempt.count();

        // Larger than any real field: the quiz code refuses it and shows the form again.
        assertRefused(post(served).formParam("q." + q.id(), "x".repeat(50_000)), "too long");

        // Larger than any request the site accepts (quarkus.http.limits.max-body-size, 64 KB): refused before it is
        // read, with a 413 page that explains (web/error/RequestFailures).
        Response huge = post(served).formParam("q." + q.id(), "x".repeat(1_100_000)).post("/quiz");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(huge.asString()).select("h1").text()).isEqualTo("That was more than this site accepts");

        // More fields than the framework's form parser reads (1000): refused before the quiz code runs.
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 1100; i++) {
            many.put("q.field-" + i, "a");
        }
        Response tooMany = post(served).formParams(many).post("/quiz");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooMany.asString()).select("h1").text()).isEqualTo(Problem.BAD_REQUEST.title());

        // Between the two: over the quiz's own limit of fields (the bank's size plus the form's own fields).
        int overQuizLimit = bank.questions().size() + 10;
        assertThat(overQuizLimit).as("must stay under the parser's limit to test the quiz's own").isLessThan(1000);
        Map<String, String> some = new LinkedHashMap<>();
        for (int i = 0; i < overQuizLimit; i++) {
            some.put("q.field-" + i, "a");
        }
        assertRefused(post(served).formParams(some), "more than any quiz has");
        assertThat(QuizAttempt.count()).isEqualTo(before);
    }

    @Test
    void unknownOrMalformedResultIdIsA404() {
        assertThat(given().get("/quiz/results/00000000-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
        assertThat(given().get("/quiz/results/1").statusCode()).isEqualTo(404);
    }
}

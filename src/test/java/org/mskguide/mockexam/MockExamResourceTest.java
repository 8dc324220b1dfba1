package org.mskguide.mockexam;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.GradedQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The mock exam over HTTP with JavaScript off: start, answer some, flag one, "Review answers" (a form step), then
 * submit; the result's scores per area match the answers sent. A forged deadline is refused, a late submit is marked,
 * bad input gets a clear 400 and stores nothing. "Now" is fixed by %test.guide.mock-exam.now.
 */
@QuarkusTest
class MockExamResourceTest {

    @Inject
    QuestionBank bank;

    @Inject
    MockExams exams;

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String wrongChoice(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    /** A POST from the exam page just loaded, with its CSRF cookie and token. */
    private static RequestSpecification post(Response page) {
        Document doc = Jsoup.parse(page.asString());
        return given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val());
    }

    private static long stored() {
        return QuarkusTransaction.requiringNew().call(MockExamAttempt::countSubmitted);
    }

    @Test
    void theIntroStatesTheGuidesPartsAndTheirNumbers() {
        Document intro = Jsoup.parse(given().get("/mock-exam").asString());
        assertThat(intro.select("#blueprint tbody tr")).hasSize(exams.blueprint().parts().size());
        int sum = intro.select("#blueprint tbody tr td:nth-child(2)").stream()
                .mapToInt(td -> Integer.parseInt(td.text().split(" ")[0])).sum();
        assertThat(intro.select(".lead").text()).contains(sum + " questions");
        assertThat(intro.text()).contains("not the outline or the weights of any credential exam");
        assertThat(intro.select("form[action=/mock-exam/start][method=get] button")).hasSize(1);
    }

    @Test
    void startReviewSubmitWithoutJavaScriptScoresEachArea() {
        long before = stored();
        Response started = given().redirects().follow(false).get("/mock-exam/start");
        assertThat(started.statusCode()).isEqualTo(303);
        Response page = given().get(path(started.header("Location")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        Document exam = Jsoup.parse(page.asString());
        List<String> ids = exam.select("#exam-form fieldset").eachAttr("id").stream()
                .map(id -> id.substring("question-".length())).toList();
        int expected = exams.blueprint().plan(bank).stream().mapToInt(Blueprint.Planned::drawn).sum();
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
        assertThat(exam.select("#time-limit").text()).contains("11:00 UTC on 26 November 2026");
        String action = exam.select("#exam-form").attr("action");

        // Answer the first three (right, wrong, right), flag the fourth, leave the rest.
        Question q1 = bank.question(ids.get(0)).orElseThrow();
        Question q2 = bank.question(ids.get(1)).orElseThrow();
        Question q3 = bank.question(ids.get(2)).orElseThrow();
        Response review = post(page).formParam("step", "review").formParam("q." + q1.id(), q1.correctChoice().id())
                .formParam("q." + q2.id(), wrongChoice(q2)).formParam("q." + q3.id(), q3.correctChoice().id())
                .formParam("flag." + ids.get(3), "yes").post(action);
        assertThat(review.statusCode()).isEqualTo(200);
        Document summary = Jsoup.parse(review.asString());
        assertThat(summary.select("h1").text()).isEqualTo("Review your answers");
        assertThat(summary.select("#review-summary").text()).contains("You answered 3 of " + ids.size());
        assertThat(summary.select("ul[aria-labelledby=unanswered] li")).hasSize(ids.size() - 3);
        assertThat(summary.select("ul[aria-labelledby=flagged] a").eachAttr("href"))
                .containsExactly("#question-" + ids.get(3));
        // The answers and the flag are carried in the form for the next step.
        assertThat(summary.select("input[name=q." + q1.id() + "][checked]").val()).isEqualTo(q1.correctChoice().id());
        assertThat(summary.select("input[name=flag." + ids.get(3) + "]").hasAttr("checked")).isTrue();
        assertThat(stored()).as("nothing stored before submit").isEqualTo(before);

        Response sent = post(page).formParam("step", "submit").formParam("q." + q1.id(), q1.correctChoice().id())
                .formParam("q." + q2.id(), wrongChoice(q2)).formParam("q." + q3.id(), q3.correctChoice().id())
                .post(action);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(stored()).isEqualTo(before + 1);
        Document result = Jsoup.parse(given().get(path(sent.header("Location"))).asString());
        assertThat(result.select("#score").text()).contains("2 of " + ids.size()).doesNotContain("late");
        assertThat(result.select("#late")).isEmpty();

        // Expected per area, counted here from the answers sent.
        Map<String, int[]> byArea = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Question q = bank.question(ids.get(i)).orElseThrow();
            int[] counts = byArea.computeIfAbsent(bank.area(q.topic()), a -> new int[3]);
            counts[i == 0 || i == 2 ? 0 : i == 1 ? 1 : 2]++;
        }
        byArea.forEach((area, c) -> {
            List<String> cells = result.select("#area-" + area + " td").eachText();
            assertThat(cells).as(area).containsExactly(String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]),
                    new AreaScore(area, "", c[0], c[1], c[2]).percent() + "%");
        });
        assertThat(result.select("#area-chart")).hasSize(1);
        assertThat(result.select("#review-sections li")).isNotEmpty();
        assertThat(result.select("#review-sections a").eachAttr("href")).allMatch(h -> h.startsWith("/topics/"));
    }

    @Test
    void aForgedDeadlineIsRefusedAndNothingStored() {
        Response started = given().redirects().follow(false).get("/mock-exam/start");
        String token = path(started.header("Location")).substring("/mock-exam/attempt?t=".length());
        String body = token.substring(0, token.indexOf('.'));
        // Flip one character of the signed part (the deadline lives there): the signature no longer matches.
        String forged = (body.charAt(5) == 'A' ? body.substring(0, 5) + "B" : body.substring(0, 5) + "A")
                + body.substring(6) + token.substring(token.indexOf('.'));
        Response page = given().get("/mock-exam/attempt?t=" + forged);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(page.asString()).select("#error-summary").text())
                .contains("time limit or questions were changed");

        long before = stored();
        Response real = given().get(path(started.header("Location")));
        Question q = bank.question(Jsoup.parse(real.asString()).selectFirst("#exam-form fieldset").id()
                .substring("question-".length())).orElseThrow();
        Response sent = post(real).formParam("step", "submit").formParam("q." + q.id(), q.correctChoice().id())
                .post("/mock-exam/attempt?t=" + forged);
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.asString()).contains("time limit or questions were changed").contains("Start a new mock exam");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aLateSubmitIsGradedAndMarkedLate() {
        Instant now = exams.now();
        List<String> ids = new ArrayList<>(exams.blueprint().draw(bank, new java.util.Random(7)).stream()
                .map(Question::id).toList());
        // Started two hours before "now", with the hour's deadline long gone.
        String token = exams.codec().encode(new AttemptToken(now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1)), ids));
        Response page = given().get("/mock-exam/attempt?t=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        Question q = bank.question(ids.get(0)).orElseThrow();
        Response review = post(page).formParam("step", "review").formParam("q." + q.id(), q.correctChoice().id())
                .post("/mock-exam/attempt?t=" + token);
        assertThat(Jsoup.parse(review.asString()).select("#time-up").text()).contains("marked late");
        Response sent = post(page).formParam("step", "submit").formParam("q." + q.id(), q.correctChoice().id())
                .post("/mock-exam/attempt?t=" + token);
        assertThat(sent.statusCode()).isEqualTo(303);
        Document result = Jsoup.parse(given().get(path(sent.header("Location"))).asString());
        assertThat(result.select("#late").text()).isEqualTo("Submitted late:");
        assertThat(result.select("#score").text()).contains("1 of " + ids.size());
        MockExamAttempt stored = QuarkusTransaction.requiringNew().call(() -> MockExamAttempt.findByPublicId(
                java.util.UUID.fromString(path(sent.header("Location")).substring("/mock-exam/results/".length())))
                .orElseThrow());
        assertThat(stored.late).isTrue();
        assertThat(stored.answers).hasSize(ids.size());
        assertThat(stored.answers.get(0).outcome).isEqualTo(GradedQuiz.Outcome.CORRECT);

        Document stats = Jsoup.parse(given().get("/mock-exam/stats").asString());
        assertThat(stats.select("#attempt-counts").text()).containsPattern("\\d+ mock exams? (was|were) submitted, [1-9]\\d* of them late");
    }

    @Test
    void badInputGetsAClearMessageNeverA500AndNothingStored() {
        Response started = given().redirects().follow(false).get("/mock-exam/start");
        String action = path(started.header("Location"));
        Response page = given().get(action);
        long before = stored();

        Response none = post(page).formParam("step", "submit").post(action);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(none.asString()).select("#error-summary").text()).contains("No answers were given");

        Response unknown = post(page).formParam("step", "submit").formParam("q.not-in-this-exam", "a").post(action);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("a field this exam does not have");

        String first = Jsoup.parse(page.asString()).selectFirst("#exam-form fieldset").id().substring("question-".length());
        Response foreign = post(page).formParam("step", "submit").formParam("q." + first, "zz").post(action);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.asString()).contains("is not one of the choices");

        assertThat(given().get("/mock-exam/attempt").statusCode()).isEqualTo(400);
        assertThat(given().get("/mock-exam/attempt?t=%%%").statusCode()).isEqualTo(400);
        assertThat(given().get("/mock-exam/results/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }
}

package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code /quiz/stats} counts exactly the attempts made here (measured before and after, since other tests store
 * attempts too), and old results still render after the bank changes.
 */
@QuarkusTest
class QuizStatsTest {

    @Inject
    QuestionBank bank;

    /** Shown, answered and right for one question, as the stats page prints them. */
    record Row(long shown, long answered, String right) {
    }

    private static Row row(Document page, String questionId) {
        Element row = page.getElementById("stats-" + questionId);
        assertThat(row).as(questionId).isNotNull();
        List<Element> cells = row.select("td");
        return new Row(Long.parseLong(cells.get(1).text()), Long.parseLong(cells.get(2).text()), cells.get(3).text());
    }

    private static Document stats(String query) {
        return Jsoup.parse(given().get("/quiz/stats" + query).then().statusCode(200).extract().asString());
    }

    private static void attempt(String topic, Map<String, String> answers) {
        given().contentType(ContentType.JSON)
                .body(topic == null ? Map.of("answers", answers) : Map.of("answers", answers, "topic", topic))
                .post("/api/quiz/attempts")
                .then().statusCode(201);
    }

    @Test
    void statsCountTheAttemptsMadeAndLinkEverySection() {
        List<Question> topic = bank.forTopic("where-msk-ultrasound-is-used");
        Question target = topic.get(0);
        Question neighbour = topic.get(1);
        String right = target.correctChoice().id();
        String wrong = target.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        Row before = row(stats(""), target.id());
        Row neighbourBefore = row(stats(""), neighbour.id());

        attempt(null, Map.of(target.id(), right));
        attempt(null, Map.of(target.id(), wrong));
        attempt(null, Map.of(target.id(), right));
        // A topic attempt shows the target but leaves it out.
        attempt("where-msk-ultrasound-is-used", Map.of(neighbour.id(), neighbour.correctChoice().id()));

        Document page = stats("");
        Row after = row(page, target.id());
        assertThat(after.shown()).isEqualTo(before.shown() + 4);
        assertThat(after.answered()).isEqualTo(before.answered() + 3);
        long rightAfter = Long.parseLong(after.right().replaceAll(".*\\((\\d+) of.*", "$1"));
        long rightBefore = before.answered() == 0 ? 0 : Long.parseLong(before.right().replaceAll(".*\\((\\d+) of.*", "$1"));
        assertThat(rightAfter).isEqualTo(rightBefore + 2);
        assertThat(after.right()).endsWith("(" + rightAfter + " of " + after.answered() + ")")
                .startsWith(Math.round(100.0 * rightAfter / after.answered()) + "%");
        assertThat(row(page, neighbour.id()).answered()).isEqualTo(neighbourBefore.answered() + 1);

        // Every question is listed with a link to the section it tests.
        assertThat(page.select("table.quiz-stats tbody tr")).hasSize(bank.questions().size());
        assertThat(page.getElementById("stats-" + target.id()).select("a[href=" + target.sectionPath() + "]")).hasSize(1);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void statsFilterOnOneTopic() {
        Document page = stats("?topic=needle-guidance");

        assertThat(page.select("table.quiz-stats tbody tr")).hasSize(bank.forTopic("needle-guidance").size());
        assertThat(page.select("h1").text()).contains("Needle guidance");
        assertThat(given().get("/quiz/stats?topic=no-such-topic").statusCode()).isEqualTo(404);
    }

    @Transactional
    QuizAttempt storeAttemptWithAnOldQuestion() {
        Question current = bank.forTopic("dynamic-imaging").get(0);
        Question reworded = new Question(current.id(), current.topic(), current.section(), "An older wording?",
                current.choices(), "An older explanation.", null, current.sourceFile());
        Question retired = new Question("a-retired-question", "dynamic-imaging", "no-longer-a-section",
                "A question we took out?", current.choices(), "Why it was right.", null, "quiz/old.yml");
        GradedQuiz graded = new GradedQuiz(null, List.of(
                new GradedQuiz.Result(reworded, reworded.correctChoice()),
                new GradedQuiz.Result(retired, null)));
        return QuizAttempt.record(graded, Instant.parse("2026-01-15T10:00:00Z"));
    }

    @Test
    void anOldResultStillRendersAfterTheBankChanged() {
        QuizAttempt stored = storeAttemptWithAnOldQuestion();

        Document page = Jsoup.parse(given().get("/quiz/results/" + stored.publicId).then().statusCode(200).extract().asString());

        assertThat(page.select(".score").text()).contains("1 out of 2");
        assertThat(page.text()).contains("15 January 2026");
        Element reworded = page.getElementById("result-1");
        assertThat(reworded.text()).contains("An older wording?", "reworded since you answered it");
        Element retired = page.getElementById("result-2");
        assertThat(retired.text()).contains("A question we took out?", "Unanswered", "retired from the quiz");
        // Its section is gone: the link falls back to the topic page.
        assertThat(retired.select("a[href=/topics/dynamic-imaging]")).hasSize(1);

        Document stats = stats("");
        assertThat(stats.select("#retired + p + ul").text()).contains("a-retired-question");
    }
}

package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.ChartReader;
import org.mskguide.chart.Fill;

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

    @Test
    void theStatsChartShowsTheTablesRowsInTheTablesOrderWeakestFirst() {
        List<Question> topic = bank.forTopic("needle-guidance");
        attempt(null, Map.of(topic.get(0).id(), topic.get(0).correctChoice().id()));
        attempt(null, Map.of(topic.get(1).id(), topic.get(1).choices().stream().filter(c -> !c.correct())
                .findFirst().orElseThrow().id()));

        Document page = stats("");
        Element svg = page.selectFirst("svg#" + StatsChart.ID);
        List<Element> rows = page.select("table.quiz-stats tbody tr");
        List<Element> bars = svg.select(".chart-row");

        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(bars).hasSameSizeAs(rows);
        double previous = -1;
        boolean unanswered = false;
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Element bar = bars.get(i);
            String right = row.select("td").get(3).text();
            assertThat(bar.id()).isEqualTo(StatsChart.ID + "-row-" + row.id().replace("stats-", ""));
            assertThat(ChartReader.text(bar.selectFirst(".bar-label"))).isEqualTo(row.selectFirst("th").text());
            assertThat(ChartReader.text(bar.selectFirst(".bar-value"))).isEqualTo(right);
            assertThat(bar.attr("href")).isEqualTo(row.selectFirst("a").attr("href"));
            if (right.equals("No answers yet")) {
                unanswered = true;
                assertThat(bar.select("rect[class*=bar-]")).isEmpty();
                continue;
            }
            assertThat(unanswered).as("questions nobody answered come last").isFalse();
            long correct = Long.parseLong(right.replaceAll(".*\\((\\d+) of.*", "$1"));
            long answered = Long.parseLong(right.replaceAll(".* of (\\d+)\\)", "$1"));
            double share = (double) correct / answered;
            assertThat(ChartReader.barShare(svg, bar)).as(row.id()).isCloseTo(share, offset(0.001));
            assertThat(share).as("weakest first").isGreaterThanOrEqualTo(previous);
            previous = share;
        }
    }

    @Test
    void aResultsScoreChartShowsTheScoreTable() {
        // The first question of three different topics, so the result has a row per topic.
        List<Question> questions = bank.topics().stream().limit(3).map(t -> bank.forTopic(t).get(0)).toList();
        Map<String, String> answers = Map.of(questions.get(0).id(), questions.get(0).correctChoice().id(),
                questions.get(1).id(), questions.get(1).choices().stream().filter(c -> !c.correct()).findFirst()
                        .orElseThrow().id(),
                questions.get(2).id(), questions.get(2).correctChoice().id());
        String location = given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/quiz/attempts").then().statusCode(201).extract().header("Location");
        String id = location.replaceFirst(".*/", "");

        Document page = Jsoup.parse(given().get("/quiz/results/" + id).then().statusCode(200).extract().asString());
        Element svg = page.selectFirst("svg#" + ScoreChart.ID);
        List<Element> rows = page.select("#score-table tbody tr");

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo("All questions");
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(svg.select(".chart-row")).hasSameSizeAs(rows);
        for (Element row : rows) {
            List<Long> counts = row.select("td").eachText().stream().map(Long::parseLong).toList();
            long total = counts.get(0) + counts.get(1) + counts.get(2);
            Element bar = svg.getElementById(ScoreChart.ID + "-row-" + row.id().replace("score-", ""));
            assertThat(ChartReader.text(bar.selectFirst(".bar-label"))).isEqualTo(row.selectFirst("th").text());
            assertThat(ChartReader.text(bar.selectFirst(".bar-value"))).isEqualTo(counts.get(0) + " of " + total + " right");
            assertThat(ChartReader.segmentShare(svg, bar, Fill.SOLID)).isCloseTo((double) counts.get(0) / total, offset(0.001));
            assertThat(ChartReader.segmentShare(svg, bar, Fill.HATCH)).isCloseTo((double) counts.get(1) / total, offset(0.001));
            assertThat(ChartReader.segmentShare(svg, bar, Fill.OUTLINE)).isCloseTo((double) counts.get(2) / total, offset(0.001));
        }
        assertThat(page.select(".score").text()).contains(rows.get(0).select("td").get(0).text() + " out of");
    }
}

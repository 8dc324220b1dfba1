package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * "Practise the questions you missed": the result page links a quiz of exactly the questions not right, by id in the
 * address ({@code /quiz?questions=a,b}); that quiz is checked like any quiz input and submits like any quiz.
 */
@QuarkusTest
class PractiseMissedTest {

    @Inject
    QuestionBank bank;

    private String wrongChoice(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    @Test
    void theResultLinksAQuizOfExactlyTheMissedQuestionsWhichWorksLikeAnyQuiz() {
        QuizResourceTest.Served served = QuizResourceTest.open("/quiz?topic=rmsks-credential");
        List<String> ids = served.ids();
        Question right = bank.question(ids.get(0)).orElseThrow();
        Question wrong = bank.question(ids.get(1)).orElseThrow();
        // Every other question is left out: left out counts as missed.
        Response sent = QuizResourceTest.post(served)
                .formParam("q." + right.id(), right.correctChoice().id())
                .formParam("q." + wrong.id(), wrongChoice(wrong))
                .post("/quiz");
        Document result = Jsoup.parse(given().get(sent.header("Location").replaceFirst("^https?://[^/]+", "")).asString());

        List<String> missed = ids.subList(1, ids.size());
        String href = "/quiz?questions=" + String.join(",", missed);
        assertThat(result.select("#practise-missed a").attr("href")).isEqualTo(href);
        assertThat(result.select("#practise-missed").text()).contains("Practise the " + missed.size() + " questions you missed");

        QuizResourceTest.Served practice = QuizResourceTest.open(href);
        assertThat(practice.ids()).containsExactlyElementsOf(missed);
        assertThat(practice.page().select("h1").text()).isEqualTo("Quiz: questions you chose");
        assertThat(practice.page().select("input[name=chosen]").val()).isEqualTo("true");
        assertThat(practice.page().select("form fieldset")).hasSize(missed.size());

        Question first = bank.question(missed.get(0)).orElseThrow();
        Response again = QuizResourceTest.post(practice).formParam("chosen", "true")
                .formParam("q." + first.id(), first.correctChoice().id()).post("/quiz");
        assertThat(again.statusCode()).isEqualTo(303);
        Document second = Jsoup.parse(given().get(again.header("Location").replaceFirst("^https?://[^/]+", "")).asString());
        assertThat(second.select(".score").text()).contains("1 out of " + missed.size());
        assertThat(second.select("a.button").first().attr("href")).isEqualTo(href);
        assertThat(second.select("#practise-missed a").attr("href"))
                .isEqualTo("/quiz?questions=" + String.join(",", missed.subList(1, missed.size())));
    }

    @Test
    void aPerfectScoreOffersNoPractice() {
        QuizResourceTest.Served served = QuizResourceTest.open("/quiz?topic=rmsks-credential");
        var request = QuizResourceTest.post(served);
        served.ids().forEach(id -> request.formParam("q." + id, bank.question(id).orElseThrow().correctChoice().id()));
        Response sent = request.post("/quiz");
        Document result = Jsoup.parse(given().get(sent.header("Location").replaceFirst("^https?://[^/]+", "")).asString());
        assertThat(result.select("#practise-missed")).isEmpty();
    }

    @Test
    void badQuestionListsGetTheFriendly400() {
        String two = bank.questions().get(0).id() + "," + bank.questions().get(1).id();
        String thirtyOne = bank.questions().stream().limit(31).map(Question::id).collect(Collectors.joining(","));
        for (String[] bad : List.of(
                new String[] { "/quiz?questions=no-such-question", "no-such-question" },
                new String[] { "/quiz?questions=" + bank.questions().get(0).id() + "," + bank.questions().get(0).id(),
                        "more than once" },
                new String[] { "/quiz?questions=" + thirtyOne, "at most 30" },
                new String[] { "/quiz?topic=rmsks-credential&questions=" + two, "not both" },
                new String[] { "/quiz?questions=" + two + ",,", "empty item" })) {
            Response response = given().get(bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            Document page = Jsoup.parse(response.asString());
            assertThat(page.select("h1").text()).isEqualTo("This quiz link does not work");
            assertThat(page.select(".error-summary").text()).as(bad[0]).contains(bad[1]);
            assertThat(page.select("a[href=/quiz?topic=dynamic-imaging]")).hasSize(1);
        }
    }

    @Test
    void anEditedChosenListIsRefusedWhenSent() {
        QuizResourceTest.Served practice = QuizResourceTest.open("/quiz?questions=" + bank.questions().get(0).id());
        Response sent = given().redirects().follow(false).cookie("csrf-token", practice.cookie())
                .formParam("csrf-token", practice.token()).formParam("topic", "").formParam("chosen", "true")
                .formParam("questions", Stream.of("nope", bank.questions().get(0).id()).collect(Collectors.joining(",")))
                .formParam("q." + bank.questions().get(0).id(), "a")
                .post("/quiz");
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sent.asString()).select(".error-summary").text()).contains("'nope'");
    }
}

package org.mskguide.instructors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.QuizAttempt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A class quiz with find-it items: they show lettered, and the letters are graded like any answer. */
@QuarkusTest
class ClassQuizHotspotTest {

    @Test
    void aClassQuizOfFindItItemsShowsLettersAndGradesThem() {
        ClassQuizResourceTest.Created created = ClassQuizResourceTest.create("Find it week",
                "find-median-nerve,find-achilles-tendon", "any", "immediately", "");
        Response page = given().get("/quiz/class?code=" + created.code());
        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(page.asString());
        assertThat(doc.select("#question-find-median-nerve svg.hotspot-svg text")).isNotEmpty();
        assertThat(doc.select("#question-find-median-nerve input[type=radio]")).extracting(e -> e.val())
                .containsExactly("a", "b", "c", "d", "e");

        // The median nerve is letter B (right); the Achilles item gets letter A, the fat pad (wrong).
        RequestSpecification request = given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val()).formParam("topic", "")
                .formParam("questions", doc.selectFirst("input[name=questions]").val())
                .formParam("q.find-median-nerve", "b").formParam("q.find-achilles-tendon", "a");
        Response sent = request.post(doc.selectFirst("form#quiz-form").attr("action"));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);

        List<QuizAttempt> attempts = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.<QuizAttempt>list(
                "classCode", created.code()));
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).score).isEqualTo(1);
        assertThat(attempts.get(0).total).isEqualTo(2);
    }
}

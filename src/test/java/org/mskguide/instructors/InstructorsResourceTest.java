package org.mskguide.instructors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The instructors' kit at /instructors, and the ways in: the home page's instructor card and the footer. */
@QuarkusTest
class InstructorsResourceTest {

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Test
    void theKitLinksEveryTopicSectionAndQuizAndTheWaysToAssignExportAndPrint() {
        Response response = given().get("/instructors");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("Instructors' kit");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/instructors");
        for (Page topic : content.topics()) {
            assertThat(page.select("a[href=" + topic.path() + "]")).as(topic.path()).isNotEmpty();
            for (Heading h : topic.toc()) {
                assertThat(page.select("a[href=" + topic.path() + "#" + h.id() + "]")).as(h.id()).hasSize(1);
            }
        }
        for (String topic : bank.topics()) {
            assertThat(page.select("a[href=/quiz?topic=" + topic + "]")).as(topic).isNotEmpty();
        }
        assertThat(page.select("a[href=/explore]")).isNotEmpty();
        assertThat(page.select("a[href=/instructors/class-quizzes/new]")).isNotEmpty();
        for (String format : new String[] { "moodle", "qti", "gift" }) {
            assertThat(page.select("a[href=/instructors/export?format=" + format + "]")).as(format).hasSize(1);
        }
        assertThat(page.select("a[href^=/instructors/export?format=moodle&topic=]")).hasSize(1);
        assertThat(page.select("a[href=/print/topics]")).hasSize(1);
        assertThat(page.select("a[href^=/print/topics/]")).hasSize(1);
        assertThat(page.select("a[href^=/print/quiz?topic=]")).hasSize(1);
        assertThat(page.select("a[href=/api/openapi.json]")).hasSize(1);
        // Each part has its how-to.
        for (String id : new String[] { "link", "assign", "export", "print" }) {
            assertThat(page.select("section:has(h2#" + id + ")").text()).as(id).contains("How:");
        }
    }

    @Test
    void theHomePageAndTheFooterLeadToTheKitAndTheOldPageStillAnswers() {
        Document home = Jsoup.parse(given().get("/").asString());
        assertThat(home.select(".paths .card:has(a[href=/for-instructors]) a[href=/instructors]").text())
                .isEqualTo("instructors' kit");
        assertThat(home.select("footer a[href=/instructors]")).hasSize(1);

        Response old = given().get("/for-instructors");
        assertThat(old.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(old.asString());
        assertThat(page.select("main a[href=/instructors]")).isNotEmpty();
        assertThat(page.select("main a[href=/instructors/class-quizzes/new]")).hasSize(1);
        assertThat(page.text()).doesNotContain("There is no quiz you can set up for one class");
        assertThat(page.select("footer a[href=/instructors]")).hasSize(1);
    }
}

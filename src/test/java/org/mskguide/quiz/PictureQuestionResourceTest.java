package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Picture questions over HTTP: the form shows the figure and letter choices, the result shows it, the API names it. */
@QuarkusTest
class PictureQuestionResourceTest {

    @Inject
    QuestionBank bank;

    private Question picture() {
        return bank.questions().stream().filter(q -> q.picture() != null && !q.picture().regions().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void theFormShowsTheFigureItsDescriptionAndTheLettersInOrder() {
        Question q = picture();
        QuizResourceTest.Served served = QuizResourceTest.open("/quiz?topic=" + q.topic());

        Element fieldset = served.page().getElementById("question-" + q.id());
        Element svg = fieldset.selectFirst("figure.fig-question .fig-scroll[tabindex=0] svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(fieldset.selectFirst("details.fig-description").text()).startsWith("Describe this figure")
                .contains(q.picture().description().substring(0, 40));
        assertThat(fieldset.select(".choice label")).extracting(Element::text)
                .containsExactlyElementsOf(q.picture().regions());
        Set<String> ids = new HashSet<>();
        served.page().select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("unique id " + e.id()).isTrue());
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(fieldset.getElementById(id)).as(id).isNotNull();
        }
    }

    @Test
    void aPictureQuestionIsGradedAndItsResultShowsTheFigure() {
        Question q = picture();
        QuizResourceTest.Served served = QuizResourceTest.open("/quiz?topic=" + q.topic());

        Response posted = QuizResourceTest.post(served).formParam("q." + q.id(), q.correctChoice().id()).post("/quiz");
        assertThat(posted.statusCode()).isEqualTo(303);
        Document result = Jsoup.parse(given().get(posted.header("Location")).asString());

        Element item = result.select(".quiz-result").stream()
                .filter(e -> e.selectFirst("h2").text().contains(q.text())).findFirst().orElseThrow();
        assertThat(item.selectFirst(".status-met").text()).isEqualTo("Right");
        assertThat(item.selectFirst("figure.fig-question svg[role=img]")).isNotNull();
        assertThat(item.select("dd").eachText()).containsExactly(q.correctChoice().text(), q.correctChoice().text());
    }

    @Test
    void theApiNamesTheFigureItsAddressAndRegionsButNotTheAnswer() {
        Question q = picture();

        JsonPath json = given().get("/api/quiz?topic=" + q.topic()).then().statusCode(200).extract().jsonPath();
        Map<String, Object> figure = json.getMap("questions.find { it.id == '" + q.id() + "' }.figure");
        assertThat(figure).containsEntry("name", q.picture().figure())
                .containsEntry("url", q.picture().address())
                .containsEntry("regions", q.picture().regions())
                .containsEntry("description", q.picture().description());
        assertThat(json.getList("questions.find { it.id == '" + q.id() + "' }.choices.text"))
                .isEqualTo(q.picture().regions());
        assertThat(json.getString("questions.find { it.id == '" + q.id() + "' }").toLowerCase())
                .doesNotContain("correct").doesNotContain("answer");
        Question text = bank.questions().stream().filter(x -> x.picture() == null).findFirst().orElseThrow();
        assertThat(given().get("/api/quiz?topic=" + text.topic()).jsonPath()
                .getMap("questions.find { it.id == '" + text.id() + "' }")).doesNotContainKey("figure");

        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of(q.id(), q.correctChoice().id()))).post("/api/quiz/attempts");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getString("results[0].outcome")).isEqualTo("correct");
        assertThat(created.jsonPath().getString("results[0].figure.url")).isEqualTo(q.picture().address());
        assertThat(created.jsonPath().getList("results[0].figure.regions")).isEqualTo(List.copyOf(q.picture().regions()));
    }
}

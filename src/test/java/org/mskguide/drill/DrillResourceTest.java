package org.mskguide.drill;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.export.ExportItems;
import org.mskguide.imaging.Sonograms;
import org.mskguide.quiz.Hotspot;
import org.mskguide.quiz.HotspotFigure;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The drill pages, the quiz API's hotspot items and the exports over HTTP: a click and a letter are graded alike,
 * the answer is outlined, bad input is a 400 with the problem named, and every format carries the lettered image.
 */
@QuarkusTest
class DrillResourceTest {

    @Inject
    QuestionBank bank;

    @Inject
    Sonograms sonograms;

    private Question item(String id) {
        return bank.question(id).orElseThrow();
    }

    private int[] letterPoint(Question q, String letter) {
        Hotspot h = q.hotspot();
        return HotspotFigure.letterPoints(h, sonograms.get(h.request()).map()).get(letter);
    }

    @Test
    void theListLinksEveryFindItItemAndEveryClassifyRound() {
        Document page = Jsoup.parse(given().get("/drills").then().statusCode(200).extract().asString());

        long items = bank.questions().stream().filter(q -> q.hotspot() != null).count();
        assertThat(page.select("a[href^=/drills/find-it/]")).hasSize((int) items);
        assertThat(page.select("a[href^=/drills/classify/]")).isNotEmpty();
    }

    @Test
    void theQuestionPageHasAClickableImageAtItsNaturalSizeAndALetteredAlternative() {
        Question q = item("find-median-nerve");
        Document page = Jsoup.parse(given().get("/drills/find-it/" + q.id()).then().statusCode(200).extract().asString());

        var image = page.selectFirst("form.find-it-click input[type=image]");
        assertThat(image.attr("width")).isEqualTo("512");
        assertThat(image.attr("height")).isEqualTo("384");
        assertThat(image.attr("src")).isEqualTo(q.hotspot().imagePath());
        assertThat(image.attr("alt")).startsWith("Simulated ultrasound image").doesNotContainIgnoringCase("median");
        assertThat(image.hasAttr("name")).as("no name: the click is sent as x and y").isFalse();
        assertThat(page.select("form.find-it-click").attr("method")).isEqualTo("get");
        assertThat(page.select("form.find-it-letters input[type=radio][name=letter]")).extracting(e -> e.val())
                .containsExactlyElementsOf(q.hotspot().letters());
        assertThat(page.select("form.find-it-letters svg text")).extracting(e -> e.text())
                .containsExactlyElementsOf(q.hotspot().letters());
        assertThat(page.select("form.find-it-letters figcaption").text()).startsWith("Simulated image");
        assertThat(page.select("form.find-it-letters details").text()).doesNotContainIgnoringCase("median");
    }

    @Test
    void aClickOnTheAnswerIsRightAndAClickElsewhereSaysWhereTheAnswerWas() {
        Question q = item("find-supraspinatus-tendon");
        int[] right = letterPoint(q, q.hotspot().answerLetter());
        int[] wrong = letterPoint(q, "A");

        Document hit = Jsoup.parse(given().get("/drills/find-it/" + q.id() + "/answer?x=" + right[0] + "&y=" + right[1])
                .then().statusCode(200).extract().asString());
        Document miss = Jsoup.parse(given().get("/drills/find-it/" + q.id() + "/answer?x=" + wrong[0] + "&y="
                + wrong[1]).then().statusCode(200).extract().asString());

        assertThat(hit.select("h1").text()).isEqualTo("Right");
        assertThat(miss.select("h1").text()).isEqualTo("Not quite");
        assertThat(miss.select(".drill-outcome").text()).contains("You clicked in the deltoid muscle; the supraspinatus"
                + " tendon is below");
        // Where the answer was: its outline and its name drawn over the image, and the click marked.
        assertThat(miss.select("#answer-figure svg polygon")).isNotEmpty();
        assertThat(miss.select("#answer-figure svg text")).extracting(e -> e.text()).contains("Supraspinatus tendon",
                "Your click");
        assertThat(miss.select("#answer-figure figcaption").text()).startsWith("Simulated image");
        assertThat(miss.text()).contains(q.explanation());
    }

    @Test
    void theLetteredAnswerGradesLikeTheClick() {
        Question q = item("find-supraspinatus-tendon");
        for (String letter : q.hotspot().letters()) {
            int[] p = letterPoint(q, letter);
            String byLetter = Jsoup.parse(given().get("/drills/find-it/" + q.id() + "/answer?letter=" + letter)
                    .then().statusCode(200).extract().asString()).select("h1").text();
            String byClick = Jsoup.parse(given().get("/drills/find-it/" + q.id() + "/answer?x=" + p[0] + "&y=" + p[1])
                    .then().statusCode(200).extract().asString()).select("h1").text();
            assertThat(byClick).as(letter).isEqualTo(byLetter);
        }
    }

    @Test
    void badAnswersComeBackWithTheProblemNamedAndStatus400() {
        String base = "/drills/find-it/find-median-nerve/answer";
        Map<String, String> cases = Map.of(
                "", "Click on the image",
                "?y=10", "without its x coordinate",
                "?x=abc&y=10", "x must be a whole number of pixels",
                "?x=10&y=9999", "y must be a whole number of pixels",
                "?letter=Q", "Choose one of the letters");
        cases.forEach((query, message) -> {
            Response r = given().get(base + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            Document page = Jsoup.parse(r.asString());
            assertThat(page.select("#error-summary").text()).as(query).contains(message);
            assertThat(page.title()).startsWith("Error:");
        });
        Response unknown = given().get("/drills/find-it/no-such-item");
        assertThat(unknown.statusCode()).isEqualTo(404);
        Document notFound = Jsoup.parse(unknown.asString());
        assertThat(notFound.text()).contains("There is no find-it item 'no-such-item'");
        assertThat(notFound.select("main a[href=/drills]")).isNotEmpty();
        assertThat(given().get("/drills/find-it/no-such-item/answer?x=1&y=1").statusCode()).isEqualTo(404);
    }

    @Test
    void aClassifyRoundGivesImmediateFeedbackAndRefusesAMissingChoice() {
        Document first = Jsoup.parse(given().get("/drills/classify/shoulder-findings").then().statusCode(200)
                .extract().asString());
        assertThat(first.select("input[name=finding]")).extracting(e -> e.val())
                .containsExactly("normal", "anisotropy", "fluid", "tear", "calcification");
        assertThat(first.select("#classify-image img").attr("alt")).startsWith("Simulated ultrasound image 1 of");
        assertThat(first.select("#classify-image details").text()).doesNotContainIgnoringCase("calcium");

        Document right = Jsoup.parse(given().get("/drills/classify/shoulder-findings/answer?image=1&finding="
                + "calcification").then().statusCode(200).extract().asString());
        Document wrong = Jsoup.parse(given().get("/drills/classify/shoulder-findings/answer?image=1&finding=normal")
                .then().statusCode(200).extract().asString());
        assertThat(right.select("h1").text()).startsWith("Right");
        assertThat(wrong.select(".drill-outcome").text()).contains("The image shows calcification");
        assertThat(right.select("a[href='/drills/classify/shoulder-findings?image=2']").text()).isEqualTo("Next image");

        assertThat(given().get("/drills/classify/shoulder-findings/answer?image=1").statusCode()).isEqualTo(400);
        assertThat(given().get("/drills/classify/shoulder-findings?image=99").statusCode()).isEqualTo(404);
        assertThat(given().get("/drills/classify/no-round").statusCode()).isEqualTo(404);
    }

    @Test
    void theQuizApiMarksEachQuestionsTypeAndServesAHotspotsImageAndMap() {
        JsonPath json = given().get("/api/v1/quiz?topic=wrist-and-hand-ultrasound").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> questions = json.getList("questions");
        assertThat(questions).allSatisfy(q -> assertThat(q.get("type")).isIn("choice", "hotspot"));
        Map<String, Object> nerve = questions.stream().filter(q -> q.get("id").equals("find-median-nerve")).findFirst()
                .orElseThrow();
        assertThat(nerve.get("type")).isEqualTo("hotspot");
        @SuppressWarnings("unchecked")
        Map<String, Object> hotspot = (Map<String, Object>) nerve.get("hotspot");
        assertThat(questions.stream().filter(q -> q.get("type").equals("choice"))).allSatisfy(q ->
                assertThat(q).doesNotContainKey("hotspot"));
        assertThat((List<?>) hotspot.get("letters")).hasSize(((List<?>) nerve.get("choices")).size());
        assertThat((String) hotspot.get("description")).doesNotContainIgnoringCase("median");

        Response png = given().get((String) hotspot.get("image"));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        JsonPath map = given().get((String) hotspot.get("structures")).then().statusCode(200).extract().jsonPath();
        assertThat(map.getList("structures.name", String.class)).contains("Median nerve");
    }

    @Test
    void everyExportCarriesTheFindItItemsWithTheirLetteredImage() {
        Question q = item("find-achilles-tendon");
        String name = q.id() + "-image.svg";
        String moodle = given().get("/instructors/export?format=moodle&questions=" + q.id()).then().statusCode(200)
                .extract().asString();
        Document xml = Jsoup.parse(moodle, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("question[type=multichoice] name text").text()).isEqualTo(q.id());
        assertThat(xml.select("file").attr("name")).isEqualTo(name);
        String svg = new String(java.util.Base64.getDecoder().decode(xml.select("file").text()), StandardCharsets.UTF_8);
        Document image = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(image.select("image").attr("href")).startsWith("data:image/png;base64,");
        assertThat(image.select("text")).extracting(e -> e.text()).containsExactlyElementsOf(q.hotspot().letters());
        assertThat(xml.select("answer[fraction=100] > text").text()).isEqualTo(q.hotspot().answerLetter());
        assertThat(xml.select("shuffleanswers").text()).isEqualTo("false");

        String gift = given().get("/instructors/export?format=gift&questions=" + q.id()).then().statusCode(200)
                .extract().asString();
        assertThat(gift).contains(ExportItems.FIGURES_PATH + name).contains("=" + q.hotspot().answerLetter());
        assertThat(given().get(ExportItems.FIGURES_PATH + name).then().statusCode(200).extract().contentType())
                .startsWith("image/svg+xml");

        byte[] zip = given().get("/instructors/export?format=qti&questions=" + q.id()).then().statusCode(200).extract()
                .asByteArray();
        assertThat(org.mskguide.export.ExportReaderAccess.unzip(zip)).containsKey("figures/" + name);
    }

    @Test
    void thePrintedQuizShowsTheLetteredImage() {
        Document page = Jsoup.parse(given().get("/print/quiz?questions=find-patellar-tendon").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("svg.hotspot-svg text")).extracting(e -> e.text())
                .containsExactlyElementsOf(item("find-patellar-tendon").hotspot().letters());
        assertThat(page.select(".hotspot-figure figcaption").text()).startsWith("Simulated image");
    }
}

package org.mskguide.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.web.SiteConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The exports over HTTP: every bank question in each format, a topic or a list, and bad input as a 400 page. */
@QuarkusTest
class ExportResourceTest {

    @Inject
    QuestionBank bank;

    @Inject
    ExportItems items;

    @Inject
    SiteConfig site;

    private static Response get(String query) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get("/instructors/export" + query);
    }

    @Test
    void moodleExportHoldsTheWholeBankWithPicturesInside() {
        Response r = get("?format=moodle");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/xml;charset=UTF-8");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"msk-guide-questions.xml\"");
        List<ExportReader.Read> read = ExportReader.moodle(r.asByteArray());
        List<ExportItem> expected = items.of(bank.questions());
        ExportFormatsTest.assertSame(read, expected, f -> "@@PLUGINFILE@@/" + f.fileName());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(read.get(i).sectionHref()).startsWith(site.baseUrl() + "/topics/");
            if (expected.get(i).figure() != null) {
                assertStandaloneSvg(read.get(i).image());
            }
        }
        assertThat(expected).anyMatch(item -> item.figure() != null);
    }

    @Test
    void qtiExportIsAZipWithManifestAssessmentAndFigures() {
        Response r = get("?format=qti");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"msk-guide-questions-qti.zip\"");
        List<ExportReader.Read> read = ExportReader.qti(r.asByteArray());
        List<ExportItem> expected = items.of(bank.questions());
        ExportFormatsTest.assertSame(read, expected, f -> Qti12.FIGURES + f.fileName());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).figure() != null) {
                assertStandaloneSvg(read.get(i).image());
            }
        }
    }

    @Test
    void giftExportLinksPicturesThatThisSiteServes() {
        Response r = get("?format=gift&topic=what-msk-ultrasound-images");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"msk-guide-questions-what-msk-ultrasound-images.gift\"");
        List<ExportReader.Read> read = ExportReader.gift(new String(r.asByteArray(), StandardCharsets.UTF_8));
        List<ExportItem> expected = items.of(bank.forTopic("what-msk-ultrasound-images"));
        ExportFormatsTest.assertSame(read, expected, f -> items.figureBaseUrl() + f.fileName());
        ExportReader.Read picture = read.stream().filter(q -> q.imageSrc() != null).findFirst().orElseThrow();
        String path = picture.imageSrc().substring(site.baseUrl().length());
        assertThat(path).startsWith(ExportItems.FIGURES_PATH);
        Response svg = given().get(path);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertStandaloneSvg(svg.asByteArray());
        assertThat(given().get(ExportItems.FIGURES_PATH + "no-such-figure.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void aListOfQuestionsExportsExactlyThoseInThatOrder() {
        List<Question> two = List.of(bank.questions().get(5), bank.questions().get(0));
        Response r = get("?format=moodle&questions=" + two.get(0).id() + ",%20" + two.get(1).id());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("msk-guide-questions-selection.xml");
        assertThat(ExportReader.moodle(r.asByteArray())).extracting(ExportReader.Read::id)
                .containsExactly(two.get(0).id(), two.get(1).id());
    }

    @Test
    void withoutParametersTheFormIsShown() {
        Response r = get("");

        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("form[method=get][action=/instructors/export] select#format option")).hasSize(3);
        assertThat(page.select("select#topic option")).hasSize(bank.topics().size() + 1);
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void badInputGetsTheFormBackWithA400AndTheProblemNextToItsField() {
        assertProblem("?format=pdf", "format", "There is no format called 'pdf'");
        assertProblem("?topic=shoulder-ultrasound", "format", "Choose a format");
        assertProblem("?format=gift&topic=no-such-topic", "topic", "There is no topic called 'no-such-topic'");
        assertProblem("?format=qti&questions=no-such-question", "questions", "There is no question with the id");
        assertProblem("?format=qti&questions=" + bank.questions().get(0).id() + ",,x", "questions", "empty item");
        assertProblem("?format=moodle&topic=shoulder-ultrasound&questions=" + bank.questions().get(0).id(), "questions",
                "not both");
        String id = bank.questions().get(0).id();
        assertProblem("?format=moodle&questions=" + id + "," + id, "questions", "more than once");
        // Markup sent back is shown as text, never as markup.
        Response r = get("?format=%3Cscript%3E");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static void assertProblem(String query, String field, String message) {
        Response r = get(query);
        assertThat(r.statusCode()).as(query).isEqualTo(400);
        assertThat(r.contentType()).as(query).startsWith("text/html");
        Document page = Jsoup.parse(r.asString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary a[href=#" + field + "]").text()).as(query).contains(message);
        assertThat(page.select("#" + field + "-error").text()).as(query).contains(message);
        assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");
    }

    /** A file that needs no style sheet: every palette class has become a colour attribute. */
    private static void assertStandaloneSvg(byte[] svg) {
        org.w3c.dom.Element root = ExportReader.parse(new String(svg, StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(StandaloneSvg.SVG_NS);
        org.w3c.dom.NodeList images = root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "image");
        if (images.getLength() > 0) {
            // A find-it question's simulated image: the PNG inside, the letters as black text on white discs.
            assertThat(((org.w3c.dom.Element) images.item(0)).getAttribute("href")).startsWith("data:image/png;base64,");
            assertThat(root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "title").getLength()).isEqualTo(1);
            assertThat(root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "text").getLength()).isGreaterThanOrEqualTo(3);
            return;
        }
        assertThat(root.getAttribute("fill")).isEqualTo("#1b1f24");
        assertThat(root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "title").getLength()).isEqualTo(1);
        assertThat(root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "style").getLength()).isZero();
        org.w3c.dom.NodeList all = root.getElementsByTagNameNS(StandaloneSvg.SVG_NS, "*");
        int coloured = 0;
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            for (String c : e.getAttribute("class").split("\\s+")) {
                if (c.startsWith("f-") && !c.equals("f-none")) {
                    assertThat(e.getAttribute("fill")).as(c).matches("#[0-9a-f]{3,6}");
                    coloured++;
                }
                if (c.startsWith("s-ink")) {
                    assertThat(e.getAttribute("stroke")).as(c).isEqualTo("#1b1f24");
                }
            }
        }
        assertThat(coloured).isPositive();
    }

}

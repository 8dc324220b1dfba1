package org.mskguide.explorer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The explorers over HTTP: every state, and every kind of bad address (400, the page back with a message). */
@QuarkusTest
class ExplorerResourceTest {

    @TestHTTPResource("/")
    URL root;

    static Document get(String pathAndQuery, int status) {
        // urlEncodingEnabled(false): send the address exactly as written, the way a pasted link arrives.
        Response response = given().urlEncodingEnabled(false).get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.asString());
    }

    @Test
    void indexLinksTheThreeExplorersAndExampleViewsAndTheFooterLinksTheIndex() {
        Document doc = get("/explore", 200);

        assertThat(doc.select("h1").text()).isEqualTo("Explorers");
        assertThat(doc.select("main a[href=/explore/beam-angle]")).hasSize(1);
        assertThat(doc.select("main a[href=/explore/needle]")).hasSize(1);
        assertThat(doc.select("main a[href=/explore/beam-angle?angle=10]")).hasSize(1);
        assertThat(doc.select("main a[href=/explore/needle?approach=out-of-plane&depth=3]")).hasSize(1);
        assertThat(doc.select("main a[href=/explore/knobology]")).hasSize(1);
        for (Element example : doc.select("main a[href^=/explore/]")) {
            get(example.attr("href"), 200);
        }
        assertThat(doc.select("footer a[href=/explore][aria-current=page]")).hasSize(1);
        assertThat(get("/", 200).select("footer a[href=/explore]").text()).isEqualTo("Explorers");
    }

    @Test
    void sitemapListsTheExplorers() {
        given().get("/sitemap.xml").then().statusCode(200)
                .body(containsString("<loc>http://localhost:8080/explore</loc>"))
                .body(containsString("<loc>http://localhost:8080/explore/beam-angle</loc>"))
                .body(containsString("<loc>http://localhost:8080/explore/needle</loc>"))
                .body(containsString("<loc>http://localhost:8080/explore/knobology</loc>"));
    }

    @ParameterizedTest
    @CsvSource({ "0, hyperechoic, f-hyper, brighter than muscle", "2, isoechoic, f-iso, about as bright as muscle",
            "4, isoechoic, f-iso, about as bright as muscle", "7, isoechoic, f-iso, about as bright as muscle",
            "10, hypoechoic, f-hypo, darker than muscle", "15, hypoechoic, f-hypo, darker than muscle",
            "20, hypoechoic, f-hypo, darker than muscle" })
    void everyAngleHasItsOwnAddressDrawingAndSentence(int degrees, String term, String grey, String words) {
        Document doc = get("/explore/beam-angle?angle=" + degrees, 200);

        assertThat(doc.title()).startsWith("Beam angle explorer: " + degrees + " degrees |");
        assertThat(doc.select("input[name=angle][checked]").val()).isEqualTo(String.valueOf(degrees));
        assertThat(doc.select("h2#result").text()).endsWith("tendon " + words);
        assertThat(doc.select("#explorer-live[aria-live=polite] .explorer-sentence").text()).contains("(" + term + ")");
        assertThat(doc.select("svg[role=img]")).hasSize(1);
        assertThat(doc.select("img.sonogram").attr("src")).isEqualTo("/api/v1/sonograms/tendon.png"
                + (degrees == 0 ? "" : "?tilt=" + degrees));
        assertThat(doc.select("img.sonogram").attr("alt")).startsWith("Simulated ultrasound image");
        assertThat(doc.select("svg .ex-probe").attr("transform")).startsWith("rotate(" + degrees + " ");
        assertThat(doc.select("#explorer-link").attr("href")).isEqualTo("/explore/beam-angle?angle=" + degrees);
        assertThat(doc.select("meta[name=robots]")).isEmpty();
        assertThat(doc.select(".error-summary, .error-message")).isEmpty();
    }

    @Test
    void theBeamAnglePageIsALabelledGetFormThatLandsOnTheResultAndCitesTheStudy() {
        Document doc = get("/explore/beam-angle", 200);

        Element form = doc.selectFirst("form[data-explorer]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/explore/beam-angle#result");
        assertThat(form.select("fieldset legend").text()).isNotBlank();
        assertThat(form.select("fieldset").attr("aria-describedby")).isEqualTo("angle-hint");
        assertThat(form.select("input[type=radio]")).hasSize(BeamAngle.CHOICES.size());
        for (Element radio : form.select("input[type=radio]")) {
            assertThat(doc.select("label[for=" + radio.id() + "]")).as(radio.id()).hasSize(1);
        }
        assertThat(form.select("input#angle").val()).isEqualTo("0");
        assertThat(form.select("input[checked]").val()).isEqualTo("0");
        assertThat(doc.select("h2#result[tabindex=-1]")).hasSize(1);
        assertThat(doc.select(".sources a[href=https://doi.org/10.1148/radiology.167.2.3282264]").text())
                .isEqualTo("Tendon echogenicity: ex vivo study");
        // From the source registry (content/sources.yml), as the topic pages cite it.
        assertThat(doc.select(".sources").text()).contains("Crass JR").contains("Radiology 167(2):499-501 (RSNA), 1988");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").attr("src")).startsWith("/assets/explorer.js?v=");
        assertThat(doc.select("script").html()).isEmpty();
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/explore/beam-angle");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "angle=abc | not a whole number of degrees",
            "angle=999 | outside 0 to 20 degrees",
            "angle=-3 | outside 0 to 20 degrees",
            "angle=2.5 | not a whole number of degrees",
            "angle=5 | This explorer shows 0, 2, 4, 7, 10, 15 and 20 degrees.",
            "angle=1 | This explorer shows 0, 2, 4, 7, 10, 15 and 20 degrees.",
            "angle= | Choose an angle.",
            "angle=4&angle=10 | Choose one angle. The address gave more than one.",
            "angle=%3Cscript%3E | not a whole number of degrees",
            "angle=99999999999999999999999999999999999999 | outside 0 to 20 degrees" })
    void aBadAngleGetsThePageBackWithAMessageNextToTheField(String query, String message) {
        Document doc = get("/explore/beam-angle?" + query, 400);

        assertBadField(doc, "angle", message);
        assertThat(doc.title()).startsWith("Error: Beam angle explorer |");
        assertThat(doc.select("input[name=angle][checked]")).isEmpty();
    }

    @Test
    void aHugeValueIsA400NotA500() {
        Document doc = get("/explore/beam-angle?angle=" + "9".repeat(3000), 400);

        assertBadField(doc, "angle", "outside 0 to 20 degrees");
        assertThat(doc.select(".error-message").text()).doesNotContain("9999");
    }

    @Test
    void otherParametersAreIgnoredSoATrackedLinkStillWorks() {
        Document doc = get("/explore/beam-angle?angle=10&utm_source=course", 200);

        assertThat(doc.select("h2#result").text()).isEqualTo("At 10 degrees: tendon darker than muscle");
    }

    @Test
    void everyNeedleViewHasItsOwnAddressAndDrawsALineOrADot() {
        for (NeedleApproach approach : NeedleApproach.values()) {
            for (int depth : NeedleView.DEPTHS) {
                String path = "/explore/needle?approach=" + approach.param() + "&depth=" + depth + "&angle=30";
                Document doc = get(path, 200);

                assertThat(doc.select("input[name=approach][checked]").val()).isEqualTo(approach.param());
                assertThat(doc.select("input[name=depth][checked]").val()).isEqualTo(String.valueOf(depth));
                assertThat(doc.select("input[name=angle][checked]").val()).isEqualTo("30");
                assertThat(doc.select("svg[role=img]")).hasSize(1);
                // 2 cm is the image's default tip depth, which the canonical address leaves out.
                assertThat(doc.select("img.sonogram").attr("src")).as(path).startsWith("/api/v1/sonograms/needle.png")
                        .contains(depth == 2 ? "" : "needleDepth=" + depth * 10)
                        .contains(approach == NeedleApproach.IN_PLANE ? "" : "needle=out-of-plane");
                assertThat(doc.select("h2#result").text()).contains(depth + " cm deep")
                        .endsWith(approach == NeedleApproach.IN_PLANE ? "line" : "dot");
                assertThat(doc.select("#explorer-link").attr("href")).isEqualTo(path);
                assertThat(doc.title()).startsWith("Needle approach explorer: "
                        + approach.label().toLowerCase(java.util.Locale.ROOT) + ", " + depth + " cm, 30 degrees |");
            }
        }
    }

    @Test
    void everyNeedleAngleChangesTheImageTheDrawingAndTheWordsAndTheImageIsServed() {
        java.util.Set<String> images = new java.util.HashSet<>();
        java.util.Set<String> sentences = new java.util.HashSet<>();
        for (NeedleApproach approach : NeedleApproach.values()) {
            for (int angle : NeedleView.ANGLES) {
                Document doc = get("/explore/needle?approach=" + approach.param() + "&depth=3&angle=" + angle, 200);
                String src = doc.select("img.sonogram").attr("src");

                assertThat(doc.select("h2#result").text()).startsWith(approach.label() + " at " + angle + " degrees");
                assertThat(doc.select("svg title").text()).contains("at " + angle + " degrees");
                assertThat(doc.select("figcaption").text()).contains("Simulated image.")
                        .contains(angle + " degrees to the skin");
                assertThat(doc.select("img.sonogram").attr("alt")).startsWith("Simulated ultrasound image");
                assertThat(doc.select(".sonogram-description").text()).contains(angle + " degrees to the skin");
                given().urlEncodingEnabled(false).get(src).then().statusCode(200).contentType("image/png");
                images.add(src);
                sentences.add(doc.select(".explorer-sentence").text());
            }
        }
        assertThat(images).hasSize(2 * NeedleView.ANGLES.size());
        assertThat(sentences).hasSize(2 * NeedleView.ANGLES.size());
    }

    @Test
    void aNeedleAddressFromBeforeTheAngleWasAChoiceStillWorksAtThirtyDegrees() {
        Document doc = get("/explore/needle?approach=out-of-plane&depth=3", 200);

        assertThat(doc.select("input[name=angle][checked]").val()).isEqualTo("30");
        assertThat(doc.select("#explorer-link").attr("href")).isEqualTo("/explore/needle?approach=out-of-plane&depth=3"
                + "&angle=30");
    }

    @Test
    void theNeedlePageIsThreeLabelledGroupsAndCitesItsSources() {
        Document doc = get("/explore/needle", 200);

        assertThat(doc.select("form[data-explorer] fieldset")).hasSize(3);
        assertThat(doc.select("input#angle").val()).isEqualTo("15");
        assertThat(doc.select("input[name=angle][checked]").val()).isEqualTo("30");
        assertThat(doc.select("input#approach").val()).isEqualTo("in-plane");
        assertThat(doc.select("input#depth").val()).isEqualTo("1");
        assertThat(doc.select("input[name=approach][checked]").val()).isEqualTo("in-plane");
        assertThat(doc.select("input[name=depth][checked]").val()).isEqualTo("2");
        assertThat(doc.select(".sources a[href=http://www.bats.ac.nz/resources/basics.php]")).hasSize(1);
        assertThat(doc.select(".sources a[href^=https://www.sonoskills.com/]")).hasSize(1);
        assertThat(doc.select(".sources a[href=https://doi.org/10.4103/0971-3026.161445]")).hasSize(1);
        assertThat(doc.select(".sources a[href=https://ultrasounddegree.com/articles/what-is-msk-ultrasound/]"))
                .hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "approach=sideways&depth=2 | approach | Choose in plane or out of plane. The approach in the address",
            "approach=&depth=2 | approach | Choose in plane or out of plane.",
            "approach=in-plane&approach=out-of-plane | approach | Choose one approach.",
            "approach=in-plane&depth=abc | depth | not a whole number of centimetres",
            "approach=in-plane&depth=9 | depth | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "depth=0 | depth | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "depth=2&depth=3 | depth | Choose one depth.",
            "depth=88888888888888888888888888 | depth | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "angle=20 | angle | Choose an angle from the list: 15, 30, 45 or 60 degrees.",
            "angle=steep | angle | not a whole number of degrees",
            "angle=30&angle=45 | angle | Choose one angle." })
    void aBadNeedleParameterGetsThePageBackWithAMessageNextToItsField(String query, String field, String message) {
        Document doc = get("/explore/needle?" + query, 400);

        assertBadField(doc, field, message);
        assertThat(doc.title()).startsWith("Error: Needle approach explorer |");
    }

    @Test
    void everyNeedleFieldReportsItsProblemAndAValidChoiceStaysChecked() {
        Document all = get("/explore/needle?approach=sideways&depth=12&angle=90", 400);
        assertThat(all.select(".error-summary li a")).extracting(a -> a.attr("href"))
                .containsExactly("#approach", "#depth", "#angle");

        Document one = get("/explore/needle?approach=out-of-plane&depth=12", 400);
        assertThat(one.select("input[name=approach][checked]").val()).isEqualTo("out-of-plane");
        assertThat(one.select("input[name=depth][checked]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/explore/beam-angle?angle=%ZZ", "/explore/needle?approach=%E0%A4%A",
            "/explore/knobology?gain=%G0" })
    void aMalformedEscapeIsNeverA500(String pathAndQuery) throws IOException {
        // HTTP clients refuse to send such an address, so write the request by hand.
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("");

            assertThat(statusLine).as(pathAndQuery).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void theKnobologyPageIsFourLabelledGroupsAtTheStartingSettingsAndCitesTheRegistrysSources() {
        Document doc = get("/explore/knobology", 200);

        assertThat(doc.select("h1").text()).isEqualTo("Image settings: frequency, depth, focus and gain");
        Element form = doc.selectFirst("form[data-explorer]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/explore/knobology#result");
        assertThat(form.select("fieldset legend")).extracting(Element::text)
                .containsExactly("Frequency", "Depth shown on the screen", "Focus depth", "Gain");
        assertThat(form.select("input[checked]")).extracting(e -> e.attr("name") + "=" + e.val())
                .containsExactly("frequency=10", "depth=5", "focus=2", "gain=0");
        for (Element radio : form.select("input[type=radio]")) {
            assertThat(doc.select("label[for=" + radio.id() + "]")).as(radio.id()).hasSize(1);
        }
        assertThat(doc.select("img.sonogram").attr("src")).isEqualTo("/api/v1/sonograms/knobology.png");
        assertThat(doc.select(".explorer-notes li")).hasSize(4);
        assertThat(doc.select("#explorer-link").attr("href"))
                .isEqualTo("/explore/knobology?frequency=10&depth=5&focus=2&gain=0");
        assertThat(doc.select(".sources a[href^=https://www.rcemlearning.co.uk/]").text()).isEqualTo("Focusing");
        assertThat(doc.select(".sources a[href=https://pmc.ncbi.nlm.nih.gov/articles/PMC7555047]")).hasSize(1);
        assertThat(doc.select("script").attr("src")).startsWith("/assets/explorer.js?v=");
        assertThat(doc.title()).startsWith("Image settings explorer: 10 MHz, 5 cm deep, focus at 2 cm, gain 0 dB |");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "frequency=18 | frequency=18 | Higher frequency (18 MHz)",
            "frequency=6 | frequency=6 | Lower frequency (6 MHz)",
            "depth=3 | depth=30 | Less depth (3 cm)",
            "depth=6 | depth=60 | More depth (6 cm)",
            "focus=4 | focus=40 | Focus moved to 4 cm",
            "gain=10 | gain=10 | More gain (+10 dB)",
            "gain=-5 | gain=-5 | Less gain (-5 dB)" })
    void everyKnobologyControlChangesTheImageAddressAndTheWords(String query, String imageQuery, String words) {
        Document start = get("/explore/knobology", 200);
        Document doc = get("/explore/knobology?" + query, 200);

        assertThat(doc.select("img.sonogram").attr("src")).isEqualTo("/api/v1/sonograms/knobology.png?" + imageQuery);
        assertThat(doc.select(".explorer-sentence").text()).contains(words);
        assertThat(doc.select("h2#result").text()).isNotEqualTo(start.select("h2#result").text());
        assertThat(doc.select(".explorer-notes").text()).isNotEqualTo(start.select(".explorer-notes").text());
        // The alternative text is the model's (it names frequency and depth); the caption names every setting.
        assertThat(doc.select("img.sonogram").attr("alt")).startsWith("Simulated ultrasound image");
        assertThat(doc.select("figcaption").text()).startsWith("Simulated image.")
                .isNotEqualTo(start.select("figcaption").text());
        given().urlEncodingEnabled(false).get(doc.select("img.sonogram").attr("src")).then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "frequency=7 | frequency | Choose a frequency from the list: 6, 8, 10, 12, 15 or 18 MHz.",
            "frequency=abc | frequency | not a whole number of megahertz",
            "depth=1 | depth | Choose a depth from the list: 2, 3, 4, 5 or 6 cm.",
            "depth=3&focus=4 | focus | Choose a focus no deeper than the depth, 3 cm",
            "focus= | focus | Choose a focus.",
            "gain=20 | gain | Choose a gain from the list: -10, -5, 0, 5 or 10 dB.",
            "gain=1&gain=5 | gain | Choose one gain.",
            "gain=999999999999999999999999999 | gain | Choose a gain from the list" })
    void aBadKnobologySettingGetsThePageBackWithAMessageNextToItsField(String query, String field, String message) {
        Document doc = get("/explore/knobology?" + query, 400);

        assertBadField(doc, field, message);
        assertThat(doc.title()).startsWith("Error: Image settings explorer |");
        assertThat(doc.select("img.sonogram")).isEmpty();
    }

    @Test
    void theScriptIsServedFromTheSiteWithACacheBustingAddressAndTheCspStaysSelfOnly() {
        Document doc = get("/explore/needle", 200);
        String src = doc.select("script").attr("src");

        given().get(src).then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", containsString("immutable"))
                .body(containsString("data-explorer"))
                .body(containsString("explorer-notes"));
        given().get("/explore/needle").then()
                .header("Content-Security-Policy", containsString("script-src 'self';"));
    }

    /** GOV.UK pattern: summary first linking to the field, the message inside the field's group, no result drawn. */
    static void assertBadField(Document doc, String field, String message) {
        assertThat(doc.select(".error-summary[role=alert] a[href=#" + field + "]").text()).contains(message);
        Element fieldset = doc.selectFirst("fieldset:has(input#" + field + ")");
        assertThat(fieldset.hasClass("field-error")).isTrue();
        assertThat(fieldset.select("#" + field + "-error").text()).contains(message);
        assertThat(fieldset.attr("aria-describedby")).isEqualTo(field + "-hint " + field + "-error");
        assertThat(fieldset.select("input[aria-invalid=true]")).isNotEmpty();
        assertThat(doc.select("#explorer-result, svg")).isEmpty();
        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("h1")).hasSize(1);
    }
}

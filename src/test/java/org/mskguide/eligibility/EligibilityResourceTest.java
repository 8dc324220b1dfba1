package org.mskguide.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mskguide.chart.ChartReader;
import org.mskguide.content.Content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The route finder's and self-check's pages over HTTP. "Today" is fixed at 26 November 2026 by the test profile. */
@QuarkusTest
class EligibilityResourceTest {

    /** An RMSK answer set: a nurse practitioner 12 studies short, at 6 a month. */
    static final String EXAMPLE = "profession=nurse-practitioner&licence=yes&studies=138&therapeutic=2&real=yes&perMonth=6";
    /** An RMSKS answer set: a sonographer, new candidate, with an SPI pass. */
    static final String RMSKS_EXAMPLE = "profession=sonographer&prerequisite=prerequisite&spi=yes&spiDate=2025-06-01";

    @Inject
    Content content;

    @Inject
    RouteFinder routes;

    private CredentialRules rules() {
        return CredentialRules.from(content);
    }

    static Document get(String path, int status) {
        return Jsoup.parse(given().get(path).then().statusCode(status).extract().asString());
    }

    static JsonNode dataFile(String name) throws IOException {
        // Read the data file independently of the application's own loader.
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("content/credentials/" + name + ".yml").toFile());
    }

    @Test
    void startPageIsTheRouteFinderAndShowsTheRulesData() throws IOException {
        Document doc = get("/eligibility", 200);
        JsonNode rmsk = dataFile("rmsk");
        JsonNode rmsks = dataFile("rmsks");

        assertThat(doc.select("h1")).hasSize(1);
        Element form = doc.selectFirst("#route-finder form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/eligibility/route");
        assertThat(form.select("input[name=profession]")).hasSize(Profession.values().length);
        for (Element input : form.select("input")) {
            assertThat(doc.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(doc.select("main").text()).contains("Nothing is stored").contains("RMSKS").contains("RhMSUS");
        assertThat(doc.select("a[href=/eligibility/planner]")).isNotEmpty();
        for (Element value : doc.select(".rule-value[data-fact]")) {
            String key = value.attr("data-fact");
            JsonNode data = rmsk.at("/facts/" + key).isMissingNode() ? rmsks : rmsk;
            assertThat(value.text()).as(key).isEqualTo(data.at("/facts/" + key + "/value").asText());
        }
        assertThat(doc.select(".rule-value[data-fact]")).hasSize(4);
        assertThat(doc.select("#rules-rmsk + .table-wrap #rule-studies")).hasSize(1);
        assertThat(doc.select("#rules-rmsks + p + .table-wrap #rule-studies")).isEmpty();
        assertDisclaimer(doc, rmsks);
        assertThat(doc.select("script")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profession.class)
    void theRouteFinderPageAndTheResultAgreeWithTheRouteTable(Profession profession) {
        CredentialRoute expected = routes.route(profession);

        Document route = get("/eligibility/route?profession=" + profession.code(), 200);
        assertThat(route.select(".route-reasons li")).hasSize(expected.reasons().size());
        for (int i = 0; i < expected.reasons().size(); i++) {
            assertThat(route.select(".route-reasons li").get(i).text()).startsWith(expected.reasons().get(i).text());
        }
        assertThat(route.select("h1").text()).endsWith(expected.names());
        assertThat(route.select(".next-steps li")).extracting(Element::id)
                .containsExactlyElementsOf(expected.nextSteps().stream().map(s -> "step-" + s.id()).toList());

        Document result = get("/eligibility/result?" + minimalAnswers(profession), 200);
        assertThat(result.select("h1").text()).endsWith(expected.names());
        assertThat(result.select("#route .route-credentials li")).extracting(Element::id)
                .containsExactlyElementsOf(expected.credentials().stream().map(c -> "route-" + c.id()).toList());
        assertThat(result.select("#route .route-reasons li")).hasSize(expected.reasons().size());
        if (expected.checked() == Credential.RMSKS) {
            assertThat(result.select(".status-met")).isEmpty();
            assertThat(result.select("#summary").text()).contains("cannot say whether you meet the RMSKS prerequisite");
            assertThat(result.select("#criterion-studies, #criterion-licence")).isEmpty();
        }
    }

    /** The fewest answers that give a result for a profession. */
    static String minimalAnswers(Profession profession) {
        String base = "profession=" + profession.code();
        return base + "&licence=yes&studies=10&real=yes&prerequisite=unsure&spi=no";
    }

    @Test
    void rmskQuestionsAreLabelledGroupedAndHinted() {
        Document doc = get("/eligibility/questions?profession=chiropractor", 200);

        Element form = doc.selectFirst("main form");
        assertThat(form.attr("action")).isEqualTo("/eligibility/result");
        assertThat(form.selectFirst("input[type=hidden][name=profession]").val()).isEqualTo("chiropractor");
        for (Element input : form.select("input:not([type=hidden]), select")) {
            assertThat(doc.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(form.select("fieldset legend")).extracting(Element::text).containsExactly(
                "Do you hold a current licence and practise as Chiropractor (DC)?",
                "Were all of those studies on real patients in a clinical diagnostic setting (none on simulators)?");
        assertThat(doc.selectFirst("label[for=studies]").text()).contains(rules().windowMonths() + " months");
        assertThat(doc.select("#spi, #prerequisite")).isEmpty();
        assertThat(doc.select(".error-summary")).isEmpty();
    }

    @Test
    void rmsksQuestionsNeverAskForAStudyCount() {
        Document doc = get("/eligibility/questions?profession=radiologic-technologist", 200);

        assertThat(doc.select("#studies, #licence, #therapeutic")).isEmpty();
        assertThat(doc.select("main form fieldset legend")).extracting(Element::text).containsExactly(
                "How do you plan to apply to ARDMS for the MSKS exam?",
                "Have you passed the Sonography Principles and Instrumentation (SPI) exam?");
        assertThat(doc.select("input[name=prerequisite]")).hasSize(PrerequisiteChoice.values().length);
    }

    @Test
    void withoutAProfessionTheQuestionsPageAsksForItFirst() {
        Document doc = get("/eligibility/questions", 200);

        assertThat(doc.selectFirst("main form").attr("action")).isEqualTo("/eligibility/questions");
        assertThat(doc.select("input[name=profession]")).hasSize(Profession.values().length);
        assertThat(doc.select("#studies")).isEmpty();
    }

    @Test
    void theRmskResultListsEveryCriterionWithReasonSourceAndNextSteps() throws IOException {
        Document doc = get("/eligibility/result?" + EXAMPLE, 200);
        int required = rules().required();
        int shortBy = required - 138;
        YearMonth reaches = YearMonth.of(2026, 11).plusMonths((shortBy + 5) / 6);

        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("#criterion-licence .status-met").text()).isEqualTo("Met");
        assertThat(doc.select("#criterion-studies .status-not-met").text()).isEqualTo("Not yet met");
        assertThat(doc.select("#criterion-studies .criterion-reason").text())
                .contains("You reported 138 studies; " + shortBy + " more are needed")
                .contains("at least " + required + " in the " + rules().windowMonths() + " months")
                .contains("you could reach " + required + " in " + reaches.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + reaches.getYear());
        assertThat(doc.select("#criterion-therapeutic .status-met")).hasSize(1);
        assertThat(doc.select("#criterion-cme .status-recommended").text()).isEqualTo("Recommended, not required");
        for (Element source : doc.select(".criterion-source")) {
            assertThat(source.select("a[href^=http]")).isNotEmpty();
            assertThat(source.select("time").attr("datetime")).isNotBlank();
        }
        assertThat(doc.select(".next-steps li")).extracting(Element::id).contains("step-studies", "step-apca");
        assertThat(doc.select("main").text().toLowerCase()).doesNotContain("not eligible");
        assertThat(doc.select(".summary-row")).hasSize(6);
        assertThat(doc.select("#rhmsus-notice")).isEmpty();
        assertDisclaimer(doc, dataFile("rmsks"));
    }

    @Test
    void aRheumatologistSeesBothCredentialsAndTheRmskScore() {
        Document doc = get("/eligibility/result?profession=rheumatologist&licence=yes&studies=10&real=yes", 200);

        assertThat(doc.select("#route-rmsk, #route-rhmsus")).hasSize(2);
        assertThat(doc.select("#rhmsus-notice a[href=https://rheumatology.org/rhmsus-certification]")).hasSize(1);
        assertThat(doc.select("#criterion-studies .status-not-met")).hasSize(1);
    }

    @Test
    void aRegistrantIsNeverToldToRetakeSpiOrGivenADeadline() {
        // The walkthrough's case: an RDMS with SPI in 2015 (old answers in the address are ignored).
        for (String spi : List.of("2015-06-01", "2022-06-01")) {
            Document doc = get("/eligibility/result?profession=sonographer-ardms&spi=yes&spiDate=" + spi, 200);
            String text = doc.select("main").text();

            assertThat(text).doesNotContainPattern("(?<!do not need to )pass the SPI exam again")
                    .doesNotContain("Pass the MSKS exam by").contains("no additional experience is required");
            assertThat(doc.select("#your-dates, #step-retake-spi, #criterion-spi, .status-met")).isEmpty();
        }
    }

    @Test
    void theRmsksResultsTimelineAndItsTableShowTheSameDates() {
        Document doc = get("/eligibility/result?" + RMSKS_EXAMPLE, 200);
        Element svg = doc.selectFirst("svg#" + SelfCheckTimeline.ID);

        assertThat(svg.attr("role")).isEqualTo("img");
        List<String> rows = doc.select("#timeline-dates tbody tr").stream()
                .map(row -> row.selectFirst("th").text() + ": " + row.selectFirst("td").text()).toList();
        assertThat(rows).hasSize(2);
        assertThat(svg.select(".event-label")).extracting(ChartReader::text).containsExactlyElementsOf(rows);
        assertThat(doc.select("#criterion-spi .criterion-reason").text()).contains(rows.get(1).replaceFirst(".*: ", ""))
                .contains("31 December " + (2025 + rules().examWindowYears().value()));
        assertThat(doc.select("#criterion-unconfirmed .confirm")).hasSize(1);
    }

    @Test
    void answersWithNoDateAheadHaveNoTimelineAndNoError() {
        Document doc = get("/eligibility/result?profession=physician&licence=yes&studies=10&real=yes", 200);

        assertThat(doc.select("svg, #your-dates, #timeline-dates")).isEmpty();
        assertThat(doc.select("#next-steps")).hasSize(1);
    }

    @Test
    void theSelfCheckSetsNoCookie() {
        // The answers live in the URL only: no session, no cookie.
        for (String path : List.of("/eligibility", "/eligibility/questions", "/eligibility/route?profession=nurse",
                "/eligibility/result?" + EXAMPLE)) {
            given().get(path).then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void theResultUrlRoundTripsThroughTheChangeLinks() {
        for (String answers : List.of(EXAMPLE, RMSKS_EXAMPLE)) {
            String url = "/eligibility/result?" + answers;
            Document result = get(url, 200);

            List<String> changeLinks = result.select(".summary-row a").eachAttr("href");
            assertThat(changeLinks.get(0)).startsWith("/eligibility?profession=");
            for (String href : changeLinks.subList(1, changeLinks.size())) {
                assertThat(href).startsWith("/eligibility/questions?" + answers + "#");
                Document form = get(href.substring(0, href.indexOf('#')), 200);
                assertThat(form.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
                Map<String, String> values = formValues(form);
                assertThat(values).containsExactlyInAnyOrderEntriesOf(query(answers));

                // Submitting the refilled form gives the same result.
                Document again = Jsoup.parse(given().queryParams(values).get("/eligibility/result").then()
                        .statusCode(200).extract().asString());
                assertThat(again.selectFirst("main").outerHtml()).isEqualTo(result.selectFirst("main").outerHtml());
            }
            assertThat(result.selectFirst("#result-link").attr("href")).isEqualTo(url);
        }
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "studies     | -3         | The number of studies cannot be negative",
            "studies     | 12.5       | Enter a whole number of studies",
            "studies     | abc        | Enter the number of studies in digits",
            "studies     | 100001     | Enter a number of studies from 0 to 100,000",
            "studies     | ''         | Enter how many MSK ultrasound studies",
            "therapeutic | 200        | no larger than 138",
            "perMonth    | -1         | The number of studies a month cannot be negative",
            "licence     | ''         | Select yes if you hold a current licence",
            "real        | maybe      | Select yes if all your studies were on real patients" })
    void badRmskAnswersAreShownNextToTheirFieldAndKept(String field, String value, String message) {
        badAnswer(EXAMPLE, field, value, message);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "spiDate      | 2026-11-27 | must be today or in the past",
            "spiDate      | 1989-12-31 | must be in 1990 or later",
            "spiDate      | 06/01/2025 | as year-month-day",
            "spiDate      | ''         | Enter the date you passed the SPI exam",
            "spi          | ''         | Select yes if you have passed the SPI exam",
            "prerequisite | other      | Choose how you plan to apply to ARDMS" })
    void badRmsksAnswersAreShownNextToTheirFieldAndKept(String field, String value, String message) {
        badAnswer(RMSKS_EXAMPLE, field, value, message);
    }

    private static void badAnswer(String answers, String field, String value, String message) {
        Map<String, String> params = query(answers);
        params.put(field, value);

        Document doc = Jsoup.parse(given().queryParams(params).get("/eligibility/result").then().statusCode(400)
                .extract().asString());

        assertThat(doc.title()).startsWith("Error: ");
        Element summary = doc.selectFirst("h1").nextElementSibling();
        assertThat(summary.hasClass("error-summary")).as("error summary right after the h1").isTrue();
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a")).hasSize(1);
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#" + field);
        assertThat(summary.selectFirst("a").text()).contains(message);
        Element target = doc.getElementById(field);
        assertThat(target).isNotNull();
        assertThat(doc.getElementById(field + "-error").text()).contains(message);
        Element described = target.attr("type").equals("radio") ? target.closest("fieldset") : target;
        assertThat(described.attr("aria-describedby").split(" ")).contains(field + "-error");
        if (target.tagName().equals("input") && target.attr("type").equals("text")) {
            assertThat(target.val()).isEqualTo(value);
        }
        // Every other answer is kept too.
        Map<String, String> kept = formValues(doc);
        params.forEach((name, v) -> {
            if (!name.equals(field)) {
                assertThat(kept.get(name)).as(name).isEqualTo(v);
            }
        });
    }

    @Test
    void aResultAddressWithoutAProfessionAsksForItWith400() {
        // Old addresses from the RMSKS-only check carry no profession: they get the question, never a guess.
        for (String path : List.of("/eligibility/result", "/eligibility/result?credential=yes&type=RN&studies=138")) {
            Document doc = get(path, 400);

            assertThat(doc.select(".error-summary a")).extracting(e -> e.attr("href")).containsExactly("#profession");
            assertThat(doc.getElementById("profession")).isNotNull();
        }
        Document route = get("/eligibility/route?profession=dentist", 400);
        assertThat(route.select(".error-summary a")).extracting(e -> e.attr("href")).containsExactly("#profession");
    }

    /** The answers a form would submit: text inputs, checked radios, the selected option. */
    static Map<String, String> formValues(Document doc) {
        Map<String, String> values = new LinkedHashMap<>();
        Element form = doc.selectFirst("main form");
        for (Element input : form.select("input[type=text], input[type=hidden][name=profession]")) {
            if (!input.val().isEmpty()) {
                values.put(input.attr("name"), input.val());
            }
        }
        for (Element radio : form.select("input[type=radio][checked]")) {
            values.put(radio.attr("name"), radio.val());
        }
        for (Element select : form.select("select")) {
            Element selected = select.selectFirst("option[selected]");
            if (selected != null && !selected.val().isEmpty()) {
                values.put(select.attr("name"), selected.val());
            }
        }
        return values;
    }

    static void assertDisclaimer(Document doc, JsonNode data) {
        Element disclaimer = doc.selectFirst("#disclaimer");
        assertThat(disclaimer).isNotNull();
        assertThat(disclaimer.text()).contains("education only").contains("not affiliated")
                .contains("Only ARDMS decides who is eligible for the RMSKS, APCA for the RMSK and ACR for the RhMSUS");
        assertThat(disclaimer.select("a[href=https://www.ardms.org/]")).hasSize(1);
        assertThat(disclaimer.select("time").attr("datetime")).isEqualTo(data.get("lastReviewed").asText());
    }
}

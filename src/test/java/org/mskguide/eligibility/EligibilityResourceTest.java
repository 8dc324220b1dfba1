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
import org.mskguide.chart.ChartReader;
import org.mskguide.content.Content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The self-check's pages over HTTP. "Today" is fixed at 26 November 2026 by the test profile. */
@QuarkusTest
class EligibilityResourceTest {

    static final String EXAMPLE = "credential=yes&type=RN&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01";

    @Inject
    Content content;

    private RmsksRules rules() {
        return RmsksRules.from(content.rmsks());
    }

    static Document get(String path, int status) {
        return Jsoup.parse(given().get(path).then().statusCode(status).extract().asString());
    }

    static JsonNode dataFile() throws IOException {
        // Read the data file independently of the application's own loader.
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("content/credentials/rmsks.yml").toFile());
    }

    @Test
    void startPageSaysWhatIsAskedThatNothingIsStoredAndShowsTheRulesData() throws IOException {
        Document doc = get("/eligibility", 200);
        JsonNode data = dataFile();

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("main").text()).contains("What we will ask").contains("Nothing is stored")
                .contains("last " + data.at("/facts/studiesWindowMonths/value").asInt() + " months");
        assertThat(doc.select("a[href=/eligibility/questions]")).isNotEmpty();
        assertThat(doc.select("a[href=/eligibility/planner]")).isNotEmpty();
        assertThat(doc.select("a[href=https://www.apca.org/certifications-examinations/registered-in-musculoskeletal-sonography/msk-examination-certificate-guide/]")).isNotEmpty();
        for (Element value : doc.select(".rule-value[data-fact]")) {
            assertThat(value.text()).as(value.attr("data-fact"))
                    .isEqualTo(data.at("/facts/" + value.attr("data-fact") + "/value").asText());
        }
        assertThat(doc.select(".rule-value[data-fact]")).hasSize(4);
        assertDisclaimer(doc, data);
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void questionsAreLabelledGroupedAndHinted() {
        Document doc = get("/eligibility/questions", 200);

        Element form = doc.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/eligibility/result");
        for (Element input : form.select("input:not([type=hidden]), select")) {
            assertThat(doc.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(form.select("fieldset legend")).extracting(Element::text).containsExactly(
                "Do you hold an active health-related credential or license?",
                "Have you passed the Sonography Principles and Instrumentation (SPI) exam?");
        assertThat(doc.selectFirst("#studies").attr("aria-describedby")).isEqualTo("studies-hint");
        assertThat(doc.select(".error-summary")).isEmpty();
        assertThat(doc.selectFirst("label[for=studies]").text()).contains(rules().windowMonths() + " months");
        assertThat(doc.select("#disclaimer")).hasSize(1);
    }

    @Test
    void theResultListsEveryCriterionWithReasonSourceAndNextSteps() throws IOException {
        Document doc = get("/eligibility/result?" + EXAMPLE, 200);
        int required = rules().required();
        int shortBy = required - 138;
        YearMonth reaches = YearMonth.of(2026, 11).plusMonths((shortBy + 5) / 6);

        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("#criterion-credential .status-met").text()).isEqualTo("Met");
        assertThat(doc.select("#criterion-studies .status-not-met").text()).isEqualTo("Not yet met");
        assertThat(doc.select("#criterion-studies .criterion-reason").text())
                .contains("You reported 138 studies; " + shortBy + " more are needed")
                .contains("at least " + required + " in the " + rules().windowMonths() + " months")
                .contains("you could reach " + required + " in " + reaches.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + reaches.getYear());
        assertThat(doc.select("#criterion-cme .status-recommended").text()).isEqualTo("Recommended, not required");
        assertThat(doc.select("#criterion-spi .criterion-reason").text())
                .contains("31 December " + (2025 + rules().examWindowYears().value()));
        assertThat(doc.select("#criterion-studies .confirm").text()).contains("confirm with ARDMS");
        for (Element source : doc.select(".criterion-source")) {
            assertThat(source.select("a[href^=https://]")).isNotEmpty();
            assertThat(source.select("time").attr("datetime")).isNotBlank();
        }
        assertThat(doc.select(".next-steps li")).extracting(Element::id)
                .contains("step-studies", "step-documents", "step-prep-tool", "step-msk-exam");
        assertThat(doc.select("main").text().toLowerCase()).doesNotContain("not eligible");
        assertThat(doc.select(".summary-row")).hasSize(7);
        assertThat(doc.select("#rmsk-notice")).isEmpty();
        assertDisclaimer(doc, dataFile());
    }

    @Test
    void theResultsTimelineAndItsTableShowTheSameDates() {
        Document doc = get("/eligibility/result?" + EXAMPLE, 200);
        Element svg = doc.selectFirst("svg#" + SelfCheckTimeline.ID);

        assertThat(svg.attr("role")).isEqualTo("img");
        List<String> rows = doc.select("#timeline-dates tbody tr").stream()
                .map(row -> row.selectFirst("th").text() + ": " + row.selectFirst("td").text()).toList();
        assertThat(rows).hasSize(3);
        assertThat(svg.select(".event-label")).extracting(ChartReader::text).containsExactlyElementsOf(rows);
        // The dates are the ones the criteria state.
        assertThat(doc.select("#criterion-studies .criterion-reason").text())
                .contains(rows.get(1).replaceFirst(".*: ", "in "));
        assertThat(doc.select("#criterion-spi .criterion-reason").text()).contains(rows.get(2).replaceFirst(".*: ", ""));
    }

    @Test
    void answersWithNoDateAheadHaveNoTimelineAndNoError() {
        Document doc = get("/eligibility/result?credential=yes&studies=10&spi=no", 200);

        assertThat(doc.select("svg, #your-dates, #timeline-dates")).isEmpty();
        assertThat(doc.select("#next-steps")).hasSize(1);
    }

    @Test
    void theSelfCheckSetsNoCookie() {
        // The answers live in the URL only: no session, no cookie.
        for (String path : List.of("/eligibility", "/eligibility/questions", "/eligibility/result?" + EXAMPLE)) {
            given().get(path).then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void physiciansSeeTheRmskNoticeAndStillGetTheirRmsksResult() {
        Document doc = get("/eligibility/result?credential=yes&type=DO&studies=10&spi=no", 200);

        assertThat(doc.select("#rmsk-notice a[href=https://www.apca.org/certifications-examinations/registered-in-musculoskeletal-sonography/msk-examination-certificate-guide/]")).hasSize(1);
        assertThat(doc.select("#criterion-studies .status-not-met")).hasSize(1);
    }

    @Test
    void theResultUrlRoundTripsThroughTheChangeLinks() {
        String url = "/eligibility/result?" + EXAMPLE;
        Document result = get(url, 200);

        List<String> changeLinks = result.select(".summary-row a").eachAttr("href");
        assertThat(changeLinks).hasSize(7).allMatch(href -> href.startsWith("/eligibility/questions?" + EXAMPLE + "#"));
        for (String href : changeLinks) {
            Document form = get(href.substring(0, href.indexOf('#')), 200);
            assertThat(form.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
            Map<String, String> values = formValues(form);
            assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("credential", "yes", "type", "RN",
                    "studies", "138", "perMonth", "6", "cme", "12", "spi", "yes", "spiDate", "2025-06-01"));

            // Submitting the refilled form gives the same result.
            Document again = Jsoup.parse(given().queryParams(values).get("/eligibility/result").then()
                    .statusCode(200).extract().asString());
            assertThat(again.selectFirst("main").outerHtml()).isEqualTo(result.selectFirst("main").outerHtml());
        }
        assertThat(result.selectFirst("#result-link").attr("href")).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "studies    | -3         | The number of studies cannot be negative",
            "studies    | 12.5       | Enter a whole number of studies",
            "studies    | abc        | Enter the number of studies in digits",
            "studies    | 100001     | Enter a number of studies from 0 to 100,000",
            "studies    | ''         | Enter how many MSK ultrasound studies",
            "perMonth   | -1         | The number of studies a month cannot be negative",
            "cme        | 1.5        | Enter a whole number of CME credits",
            "cme        | 200000     | Enter a number of CME credits from 0 to 100,000",
            "spiDate    | 2026-11-27 | must be today or in the past",
            "spiDate    | 1989-12-31 | must be in 1990 or later",
            "spiDate    | 06/01/2025 | as year-month-day",
            "spiDate    | ''         | Enter the date you passed the SPI exam",
            "credential | ''         | Select yes if you hold an active health-related credential",
            "spi        | ''         | Select yes if you have passed the SPI exam",
            "type       | XX         | Choose a kind of credential from the list" })
    void badAnswersAreShownNextToTheirFieldAndKept(String field, String value, String message) {
        Map<String, String> params = new LinkedHashMap<>(Map.of("credential", "yes", "type", "RN", "studies", "138",
                "perMonth", "6", "cme", "12", "spi", "yes", "spiDate", "2025-06-01"));
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
        Element error = doc.getElementById(field + "-error");
        assertThat(error.text()).contains(message);
        Element described = target.attr("type").equals("radio") ? target.closest("fieldset") : target;
        assertThat(described.attr("aria-describedby").split(" ")).contains(field + "-error");
        if (target.tagName().equals("input") && target.attr("type").equals("text")) {
            assertThat(target.val()).isEqualTo(value);
        }
        // Every other answer is kept too.
        Map<String, String> kept = formValues(doc);
        params.forEach((name, v) -> {
            if (!name.equals(field) && !(name.equals("type") && field.equals("type"))) {
                assertThat(kept.get(name)).as(name).isEqualTo(v);
            }
        });
    }

    @Test
    void aResultAddressWithNoAnswersShowsTheQuestionsWithMessages() {
        Document doc = get("/eligibility/result", 400);

        assertThat(doc.select(".error-summary a")).extracting(e -> e.attr("href"))
                .containsExactly("#credential", "#studies", "#spi");
    }

    /** The answers a form would submit: text inputs, checked radios, the selected option. */
    static Map<String, String> formValues(Document doc) {
        Map<String, String> values = new LinkedHashMap<>();
        Element form = doc.selectFirst("main form");
        for (Element input : form.select("input[type=text]")) {
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
                .contains("Only ARDMS decides");
        assertThat(disclaimer.select("a[href=https://www.ardms.org/]")).hasSize(1);
        assertThat(disclaimer.select("time").attr("datetime")).isEqualTo(data.get("lastReviewed").asText());
    }
}

package org.mskguide.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.ChartReader;
import org.mskguide.content.Content;
import org.mskguide.eligibility.planner.PlanChart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The study-count planner over HTTP. "Today" is fixed at 26 November 2026 by the test profile. */
@QuarkusTest
class PlannerResourceTest {

    @Inject
    Content content;

    /** A multipart POST with the CSRF cookie and token a browser would have from the form page. */
    private static RequestSpecification form() {
        Response page = given().get("/eligibility/planner");
        String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();
        return given().cookie("csrf-token", page.cookie("csrf-token")).multiPart("csrf-token", token)
                .redirects().follow(false);
    }

    private static String location(Response response) {
        URI uri = URI.create(response.header("Location"));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** GET an address that is already URL-encoded (as in a Location header or an href). */
    private static Document page(String path, int status) {
        return Jsoup.parse(given().urlEncodingEnabled(false).get(path).then().statusCode(status).extract().asString());
    }

    @Test
    void thePlannerPageExplainsTheWindowAndStoresNothing() throws IOException {
        Document doc = page("/eligibility/planner", 200);
        CredentialRules rules = CredentialRules.from(content);

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("#how-we-count + p").text())
                .contains("that month and of the " + (rules.windowMonths() - 1) + " months before it");
        assertThat(doc.select("main").text()).contains("Nothing is stored");
        Element form = doc.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        for (String id : new String[] { "log", "logFile", "applyIn", "perMonth" }) {
            assertThat(doc.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        EligibilityResourceTest.assertDisclaimer(doc, EligibilityResourceTest.dataFile("rmsks"));
    }

    @Test
    void aPastedLogRedirectsToAPlanThatCountsExactlyUpToTheWindowEdge() {
        Response posted = form().multiPart("log", "2024-01 100\n2024-02 7\n2026-11 3")
                .multiPart("applyIn", "2027-01").multiPart("perMonth", "0")
                .post("/eligibility/planner");

        assertThat(posted.statusCode()).isEqualTo(303);
        String plan = location(posted);
        assertThat(plan).startsWith("/eligibility/planner/result?applyIn=2027-01&perMonth=0&log=2024-01+100");
        Document doc = page(plan, 200);
        // January 2027 with a 36-month window: February 2024 is the first month that counts.
        assertThat(doc.select("#month-2024-01 td").eachText()).containsExactly("100", "Fallen out", "December 2026");
        assertThat(doc.select("#month-2024-02 td").eachText()).containsExactly("7", "Counted", "January 2027");
        assertThat(doc.select("#window-count").text()).contains("10 studies in this window")
                .contains((CredentialRules.from(content).required() - 10) + " more are needed");
        assertThat(doc.select("#dropped-out li").text()).contains("January 2024").contains("fell out from January 2027");
        assertThat(doc.select("#earliest").text()).contains("At 0 a month you would not reach");
        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void anUploadedCsvIsReadAndNotKept() throws IOException {
        Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "msk-guide-uploads");

        Response posted = form().multiPart("logFile", "log.csv",
                "month,count\n2025-06,40\n2026-10,30\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("applyIn", "2027-01").post("/eligibility/planner");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(location(posted)).endsWith("log=2025-06+40%0A2026-10+30");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> left = Files.list(uploads)) {
                assertThat(left).as("uploaded files left behind").isEmpty();
            }
        }
        Document doc = page(location(posted), 200);
        assertThat(doc.select("#window-count").text()).contains("70 studies in this window");
    }

    @Test
    void aBadCsvIsRejectedLineByLine() {
        Response posted = form().multiPart("logFile", "log.csv",
                "2025-06,40\nJane Doe,2025-07,3\n2025-08,-1\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("applyIn", "2027-01").post("/eligibility/planner");

        assertThat(posted.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(posted.asString());
        assertThat(doc.select(".error-summary a")).extracting(Element::text).containsExactly(
                "Line 2 of the file: write just a month and a count, like 2025-03 12.",
                "Line 3 of the file: the count cannot be negative.");
        assertThat(doc.select(".error-summary a").eachAttr("href")).containsOnly("#logFile");
        assertThat(doc.selectFirst("#logFile").attr("aria-describedby")).contains("logFile-error");
        assertThat(doc.text()).doesNotContain("Jane");
    }

    @Test
    void badPlannerAnswersAreShownNextToTheirFieldsAndKept() {
        Response posted = form().multiPart("log", "2025-03 12\n2025-04 nine\n2027-01 4")
                .multiPart("applyIn", "1989-05").multiPart("perMonth", "-2").post("/eligibility/planner");

        assertThat(posted.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(posted.asString());
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.selectFirst("h1").nextElementSibling().hasClass("error-summary")).isTrue();
        assertThat(doc.select(".error-summary a").eachAttr("href"))
                .containsExactly("#log", "#log", "#applyIn", "#perMonth");
        assertThat(doc.select("#log-error p")).extracting(Element::text).containsExactly(
                "Error: Line 2: the count must be a number in digits, like 12.",
                "Error: Line 3: the month is in the future. Log only studies you have performed.");
        assertThat(doc.select("#applyIn-error").text()).contains("must be in 1990 or later");
        assertThat(doc.select("#perMonth-error").text()).contains("cannot be negative");
        assertThat(doc.selectFirst("#log").wholeText()).isEqualTo("2025-03 12\n2025-04 nine\n2027-01 4");
        assertThat(doc.selectFirst("#applyIn").val()).isEqualTo("1989-05");
        assertThat(doc.selectFirst("#perMonth").val()).isEqualTo("-2");
    }

    @Test
    void missingAnswersAndBothSourcesAtOnceAreExplained() {
        Document empty = Jsoup.parse(form().post("/eligibility/planner").then().statusCode(400).extract().asString());
        assertThat(empty.select(".error-summary a").eachAttr("href")).containsExactly("#log", "#applyIn");

        Document both = Jsoup.parse(form().multiPart("log", "2025-03 1")
                .multiPart("logFile", "log.csv", "2025-03,1".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("applyIn", "2027-01").post("/eligibility/planner").then().statusCode(400).extract()
                .asString());
        assertThat(both.select("#logFile-error").text()).contains("not both");
    }

    @Test
    void oversizedLogsGetAMessageNotABareError() {
        String overOurLimit = "2025-01 1\n".repeat(InputLimits.MAX_LOG_BYTES / 10 + 1);
        Document ours = Jsoup.parse(form().multiPart("log", overOurLimit).multiPart("applyIn", "2027-01")
                .post("/eligibility/planner").then().statusCode(400).extract().asString());
        assertThat(ours.select("#log-error").text()).contains("larger than " + InputLimits.MAX_LOG_BYTES / 1024 + " KB");

        // Far beyond any real request (quarkus.http.limits.max-body-size, 64 KB): refused before it is read, with a
        // 413 page that explains and links back to the form (web/error/RequestFailures).
        Response huge = form().multiPart("log", "x".repeat(1_100_000)).multiPart("applyIn", "2027-01")
                .post("/eligibility/planner");
        assertThat(huge.statusCode()).isEqualTo(413);
        Document explained = Jsoup.parse(huge.asString());
        assertThat(explained.select("h1").text()).isEqualTo("That was more than this site accepts");
        assertThat(explained.select("a[href=/eligibility/planner]")).isNotEmpty();
    }

    @Test
    void theChangeLinkReopensTheFormFilledIn() {
        String plan = "/eligibility/planner/result?applyIn=2027-01&perMonth=4&log=2025-03+12%0A2025-04+9";
        Document doc = page(plan, 200);

        String change = doc.selectFirst("#change-plan").attr("href");
        assertThat(change).isEqualTo("/eligibility/planner?applyIn=2027-01&perMonth=4&log=2025-03+12%0A2025-04+9");
        Document form = page(change, 200);
        assertThat(form.selectFirst("#log").wholeText()).isEqualTo("2025-03 12\n2025-04 9");
        assertThat(form.selectFirst("#applyIn").val()).isEqualTo("2027-01");
        assertThat(form.selectFirst("#perMonth").val()).isEqualTo("4");
    }

    @Test
    void aTamperedPlanAddressIsCheckedLikeTheForm() {
        Document doc = page("/eligibility/planner/result?applyIn=2027-01&log=2031-01+5", 400);

        assertThat(doc.select("#log-error").text()).contains("Line 1: the month is in the future");
        given().get("/eligibility/planner/result").then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void thePlansChartAgreesWithItsTablesAndItsThresholdIsTheRulesValue() {
        Document doc = page("/eligibility/planner/result?applyIn=2027-01&log=2024-01+10%0A2024-02+10%0A2025-06+40"
                + "%0A2026-10+30%0A2026-11+5", 200);
        Element svg = doc.selectFirst("svg#" + PlanChart.ID);
        CredentialRules rules = CredentialRules.from(content);

        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(doc.getElementById(id)).as(id).isNotNull();
        }
        Element bars = svg.selectFirst("g.bars-ticks");
        Element line = svg.selectFirst("g.line-ticks");
        List<Double> totals = new ArrayList<>();
        for (String points : svg.select("polyline").eachAttr("points")) {
            String[] pairs = points.split(" ");
            // The projected line starts on the last known point: count that point once.
            for (int i = totals.isEmpty() ? 0 : 1; i < pairs.length; i++) {
                totals.add(ChartReader.valueAt(line, Double.parseDouble(pairs[i].split(",")[1])));
            }
        }
        List<Element> rows = doc.select("#plan-chart-table tbody tr");
        assertThat(rows).hasSize(totals.size());
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            String month = row.id().replace("chart-month-", "");
            List<String> cells = row.select("td").eachText();
            int studies = Integer.parseInt(cells.get(0).replaceAll("\\D.*", ""));
            Element bar = svg.getElementById(PlanChart.ID + "-bar-" + month);
            if (studies == 0) {
                assertThat(bar).as(month).isNull();
            } else {
                assertThat(ChartReader.valueOfHeight(bars, ChartReader.num(bar, "height"))).as(month)
                        .isCloseTo(studies, offset(0.05));
                assertThat(bar.hasClass("bar-hatch")).as(month).isEqualTo(cells.get(0).endsWith("projected"));
            }
            assertThat(totals.get(i)).as(month).isCloseTo(Integer.parseInt(cells.get(2).replaceAll("\\D.*", "")),
                    offset(0.5));
        }
        // Each logged month in the month table is a bar in the fill of its standing.
        Map<String, String> fills = Map.of("Counted", "bar-solid", "Fallen out", "bar-outline",
                "After your application month", "bar-dots");
        for (Element row : doc.select("#month-by-month + .table-wrap tbody tr")) {
            String month = row.id().replace("month-", "");
            Element bar = svg.getElementById(PlanChart.ID + "-bar-" + month);
            assertThat(bar.hasClass(fills.get(row.select("td").get(1).text()))).as(month).isTrue();
            assertThat(ChartReader.valueOfHeight(bars, ChartReader.num(bar, "height"))).as(month)
                    .isCloseTo(Integer.parseInt(row.select("td").get(0).text()), offset(0.05));
        }
        // The threshold is the rules value, and the earliest month is the one the sentence names.
        assertThat(ChartReader.valueAt(line, ChartReader.num(svg.getElementById(PlanChart.ID + "-threshold"), "y1")))
                .isCloseTo(rules.required(), offset(0.5));
        assertThat(svg.select(".threshold-label").text()).isEqualTo(rules.required() + " needed");
        assertThat(svg.select("#" + PlanChart.ID + "-callout-" + PlanChart.EARLIEST + " .callout-label").text())
                .isEqualTo("Earliest you could apply: " + doc.select("#earliest strong").text());
    }
}

package org.mskguide.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The protocol pages and sheets over HTTP, and the scanning log's round trip into the study planner. "Today" is fixed
 * by the test profile; the log's scans are in 2025, in the past on any day the tests run.
 */
@QuarkusTest
class ProtocolPagesTest {

    @Inject
    Protocols protocols;

    @Test
    void everyProtocolPageHasEachViewAtItsAnchorWithADrawingAndAStandard() {
        Document index = Jsoup.parse(given().get("/protocols").then().statusCode(200).extract().asString());
        for (Protocol p : protocols.all()) {
            assertThat(index.select("a[href=" + p.path() + "]")).as(p.joint()).isNotEmpty();
            assertThat(index.select("a[href=" + p.signOffCsvPath() + "]")).as(p.joint()).isNotEmpty();

            Document page = Jsoup.parse(given().get(p.path()).then().statusCode(200).extract().asString());
            for (ProtocolView v : p.views()) {
                var section = page.getElementById(v.id());
                assertThat(section).as(v.id()).isNotNull();
                assertThat(section.select("svg[role=img]")).as(v.id()).hasSize(1);
                assertThat(section.select("a[href=" + v.source().url() + "]")).as(v.id()).isNotEmpty();
                assertThat(page.select(".toc a[href=#" + v.id() + "]")).as(v.id()).hasSize(1);
            }
            assertThat(page.getElementById("differences")).as(p.joint()).isNotNull();
        }
        given().get("/protocols/no-such-joint").then().statusCode(404);
    }

    @Test
    void theSignOffSheetHasARowPerViewTheScaleCitedAndTheLinesToFillIn() {
        for (Protocol p : protocols.all()) {
            Document sheet = Jsoup.parse(given().get(p.signOffPath()).then().statusCode(200).extract().asString());

            assertThat(sheet.select(".sheet-table tbody tr")).as(p.joint()).hasSize(p.views().size());
            assertThat(sheet.text()).contains("Learner's name", "Supervisor's initials", "Date",
                    "Objective Structured Assessment of Ultrasound Skills");
            assertThat(sheet.select("a[href=https://doi.org/10.1002/uog.13198]")).isNotEmpty();

            Response csv = given().get(p.signOffCsvPath());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.asString().lines().count()).as(p.joint()).isEqualTo(p.views().size() + 1L);
        }
    }

    @Test
    void aScanningLogFilledFromTheTemplateRoundTripsIntoThePlannersMonthCounts() {
        String template = given().get("/protocols/scanning-log.csv").then().statusCode(200).extract().asString();
        String filled = template
                + "2025-03-03,knee,quadriceps-tendon,yes\r\n"
                + "2025-03-17,shoulder,\"biceps-short-axis; subscapularis\",no\r\n"
                + "2025-03-28,hip,anterior-recess,yes\r\n"
                + "2025-05-02,elbow,ulnar-nerve,yes\r\n";

        Response page = given().get("/eligibility/planner");
        String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();
        Response posted = given().cookie("csrf-token", page.cookie("csrf-token")).multiPart("csrf-token", token)
                .redirects().follow(false)
                .multiPart("logFile", "my-scanning-log.csv", filled.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("applyIn", "2026-01").post("/eligibility/planner");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).contains("log=2025-03+3%0A2025-05+1");
    }
}

package org.mskguide.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** {@code POST /api/eligibility/rmsks}. "Today" is fixed at 26 November 2026 by the test profile. */
@QuarkusTest
class RmsksApiResourceTest {

    static final org.hamcrest.Matcher<String> PROBLEM_JSON = org.hamcrest.Matchers.startsWith("application/problem+json");

    static final String API = "/api/eligibility/rmsks";
    static final String EXAMPLE = """
            {"activeCredential": true, "credentialType": "RN", "mskStudiesLast36Months": 138,
             "studiesPerMonth": 6, "mskCmeCredits": 12, "spiPassedOn": "2025-06-01"}""";

    @Test
    void theDocumentedExampleGivesEveryCriterionWithItsSource() throws IOException {
        JsonNode data = EligibilityResourceTest.dataFile();
        int required = data.at("/facts/studiesRequired/value").asInt();
        int years = data.at("/facts/examWindowYears/value").asInt();
        int shortBy = required - 138;

        JsonPath json = given().contentType(ContentType.JSON).body(EXAMPLE).post(API)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(json.getBoolean("meetsPrerequisites")).isFalse();
        assertThat(json.getList("criteria.id", String.class)).containsExactly("credential", "studies", "cme", "spi");
        assertThat(json.getString("criteria.find { it.id == 'credential' }.status")).isEqualTo("met");
        assertThat(json.getString("criteria.find { it.id == 'studies' }.status")).isEqualTo("not-met");
        assertThat(json.getInt("criteria.find { it.id == 'studies' }.required")).isEqualTo(required);
        assertThat(json.getInt("criteria.find { it.id == 'studies' }.reported")).isEqualTo(138);
        assertThat(json.getInt("criteria.find { it.id == 'studies' }.shortBy")).isEqualTo(shortBy);
        assertThat(json.getString("criteria.find { it.id == 'cme' }.status")).isEqualTo("recommended");
        assertThat(json.getInt("criteria.find { it.id == 'cme' }.required"))
                .isEqualTo(data.at("/facts/cmeRecommended/value").asInt());
        assertThat(json.getString("reachesStudiesIn"))
                .isEqualTo(java.time.YearMonth.of(2026, 11).plusMonths((shortBy + 5) / 6).toString());
        assertThat(json.getString("mskExamDeadline")).isEqualTo((2025 + years) + "-12-31");
        assertThat(json.getList("criteria.source.title", String.class)).allMatch(t -> !t.isBlank());
        assertThat(json.getList("criteria.source.url", String.class)).allMatch(u -> u.startsWith("https://"));
        assertThat(json.getList("criteria.lastReviewed", String.class)).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(json.getString("rulesLastReviewed")).isEqualTo(data.get("lastReviewed").asText());
        assertThat(json.getString("checkedOn")).isEqualTo("2026-11-26");
        assertThat(json.getList("nextSteps.id", String.class)).contains("studies", "documents", "prep-tool", "msk-exam");
        assertThat(json.getString("disclaimer")).contains("Only ARDMS decides").contains("https://www.ardms.org/");
    }

    @Test
    void onlyTheCredentialAndStudyCountAreRequired() {
        given().contentType(ContentType.JSON).body("{\"activeCredential\": false, \"mskStudiesLast36Months\": 0}")
                .post(API).then().statusCode(200)
                .body("meetsPrerequisites", equalTo(false))
                .body("criteria.status", contains("not-met", "not-met", "recommended", "not-met"))
                .body("reachesStudiesIn", nullValue())
                .body("mskExamDeadline", nullValue())
                .body("nextSteps.id", hasItems("credential", "studies", "exams"));
    }

    @Test
    void physiciansAreFlaggedButChecked() {
        given().contentType(ContentType.JSON)
                .body("{\"activeCredential\": true, \"credentialType\": \"PT/DPT\", \"mskStudiesLast36Months\": 500}")
                .post(API).then().statusCode(200)
                .body("physicianOrAdvanced", equalTo(true))
                .body("meetsPrerequisites", equalTo(true))
                .body("nextSteps[0].link.url", equalTo("https://www.apca.org/certifications-examinations/registered-in-musculoskeletal-sonography/msk-examination-certificate-guide/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": \"138\"}  | mskStudiesLast36Months | must be a whole number",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 12.5}     | mskStudiesLast36Months | must be a whole number",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": -1}       | mskStudiesLast36Months | cannot be negative",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 100001}   | mskStudiesLast36Months | must be at most 100000",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 1e12}     | mskStudiesLast36Months | must be a whole number",
            "{\"activeCredential\": true}                                      | mskStudiesLast36Months | is required",
            "{\"mskStudiesLast36Months\": 3}                                   | activeCredential       | is required",
            "{\"activeCredential\": \"yes\", \"mskStudiesLast36Months\": 3}     | activeCredential       | must be true or false",
            "{\"activeCredential\": 1, \"mskStudiesLast36Months\": 3}           | activeCredential       | must be true or false",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"studiesPerMonth\": -6}     | studiesPerMonth | cannot be negative",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"mskCmeCredits\": 2.5}      | mskCmeCredits   | must be a whole number",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"spiPassedOn\": \"2026-11-27\"} | spiPassedOn | cannot be in the future",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"spiPassedOn\": \"1989-12-31\"} | spiPassedOn | must be in 1990 or later",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"spiPassedOn\": \"1 June 2025\"} | spiPassedOn | must be a date",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"spiPassedOn\": 20000}      | spiPassedOn     | must be a date",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"credentialType\": \"XYZ\"} | credentialType  | must be one of",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"notes\": \"hi\"}          | notes           | is not a known field",
            "{\"activeCredential\": true, \"activeCredential\": false, \"mskStudiesLast36Months\": 3} | activeCredential | is given twice" })
    void badFieldsGetA400NamingTheField(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body).post(API)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", containsString(field))
                .body("errors.find { it.field == '" + field + "' }.message", startsWith(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"activeCredential\": true             | not valid JSON",
            "[1, 2]                                   | must be one JSON object",
            "null                                     | must be a JSON object",
            "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3} {} | must be one JSON object" })
    void malformedBodiesGetA400(String body, String message) {
        given().contentType(ContentType.JSON).body(body).post(API)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString(message));
    }

    @Test
    void emptyOversizedAndNonJsonRequestsAreExplained() {
        given().contentType(ContentType.JSON).post(API).then().statusCode(400).body("detail", containsString("empty"));
        String big = "{\"activeCredential\": true, \"mskStudiesLast36Months\": 3, \"pad\": \""
                + "x".repeat(InputLimits.MAX_JSON_BYTES) + "\"}";
        given().contentType(ContentType.JSON).body(big).post(API).then().statusCode(400)
                .body("detail", containsString("larger than"));
        given().contentType(ContentType.TEXT).body("{}").post(API).then().statusCode(415)
                .contentType(PROBLEM_JSON).body("detail", containsString("application/json"));
        given().header("Content-Type", ";;;").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(API).then().statusCode(415)
                .contentType(PROBLEM_JSON).body("detail", notNullValue());
    }

    @Test
    void everyCriterionHasAKnownStatus() {
        given().contentType(ContentType.JSON).body(EXAMPLE).post(API).then().statusCode(200)
                .body("criteria.status", everyItem(org.hamcrest.Matchers.in(new String[] { "met", "not-met",
                        "recommended" })));
    }
}

package org.mskguide.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /api/v1/eligibility/check} and its alias, the old RMSKS-only address. "Today" is fixed at
 * 26 November 2026 by the test profile.
 */
@QuarkusTest
class SelfCheckApiResourceTest {

    static final org.hamcrest.Matcher<String> PROBLEM_JSON = org.hamcrest.Matchers.startsWith("application/problem+json");

    static final String API = "/api/v1/eligibility/check";
    static final String OLD_API = "/api/eligibility/rmsks";
    static final String EXAMPLE = """
            {"profession": "physical-therapist", "licensed": true, "mskStudiesLast36Months": 138,
             "therapeuticStudies": 4, "realPatientsOnly": true, "studiesPerMonth": 6}""";

    @Inject
    RouteFinder routes;

    @Test
    void theRmskExampleGivesEveryCriterionWithItsSource() throws IOException {
        JsonNode data = EligibilityResourceTest.dataFile("rmsk");
        int required = data.at("/facts/studiesRequired/value").asInt();
        int shortBy = required - 138;

        JsonPath json = given().contentType(ContentType.JSON).body(EXAMPLE).post(API)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(json.getList("route", String.class)).containsExactly("RMSK");
        assertThat(json.getString("checked")).isEqualTo("RMSK");
        assertThat(json.getBoolean("meetsPrerequisites")).isFalse();
        assertThat(json.getList("criteria.id", String.class)).containsExactly("licence", "studies", "therapeutic",
                "real-patients", "cme", "msk-exam");
        assertThat(json.getString("criteria.find { it.id == 'licence' }.status")).isEqualTo("met");
        assertThat(json.getString("criteria.find { it.id == 'studies' }.status")).isEqualTo("not-met");
        assertThat(json.getInt("criteria.find { it.id == 'studies' }.required")).isEqualTo(required);
        assertThat(json.getInt("criteria.find { it.id == 'studies' }.shortBy")).isEqualTo(shortBy);
        assertThat(json.getString("criteria.find { it.id == 'cme' }.status")).isEqualTo("recommended");
        assertThat(json.getString("reachesStudiesIn"))
                .isEqualTo(java.time.YearMonth.of(2026, 11).plusMonths((shortBy + 5) / 6).toString());
        assertThat(json.getString("mskExamDeadline")).isNull();
        assertThat(json.getList("criteria.source.url", String.class)).allMatch(u -> u.startsWith("http"));
        assertThat(json.getList("routeReasons.source.url", String.class)).allMatch(u -> u.startsWith("http"));
        assertThat(json.getList("criteria.lastReviewed", String.class)).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(json.getString("checkedOn")).isEqualTo("2026-11-26");
        assertThat(json.getList("nextSteps.id", String.class)).contains("studies", "apca");
        assertThat(json.getString("disclaimer")).contains("Only the awarding body decides");
    }

    @ParameterizedTest
    @EnumSource(Profession.class)
    void theJsonRouteAgreesWithTheRouteTable(Profession profession) {
        CredentialRoute expected = routes.route(profession);
        String body = "{\"profession\": \"" + profession.code() + "\", \"licensed\": true, \"mskStudiesLast36Months\": 10,"
                + " \"realPatientsOnly\": true, \"prerequisite\": \"unsure\"}";

        JsonPath json = given().contentType(ContentType.JSON).body(body).post(API)
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getList("route", String.class)).containsExactlyElementsOf(expected.codes());
        assertThat(json.getList("routeReasons.text", String.class))
                .containsExactlyElementsOf(expected.reasons().stream().map(Reason::text).toList());
        assertThat(json.getString("checked")).isEqualTo(expected.checked().code());
        if (expected.checked() == Credential.RMSKS) {
            assertThat(json.getList("criteria.status", String.class)).doesNotContain("met");
            assertThat(json.getBoolean("meetsPrerequisites")).isFalse();
            assertThat(json.getList("criteria.id", String.class)).doesNotContain("studies", "licence");
        }
    }

    @Test
    void aRegistrantNeedsOnlyAProfessionAndGetsNoDeadline() {
        given().contentType(ContentType.JSON).body("{\"profession\": \"sonographer-ardms\", \"spiPassedOn\": \"2015-06-01\"}")
                .post(API).then().statusCode(200)
                .body("route", contains("RMSKS"))
                .body("mskExamDeadline", nullValue())
                .body("criteria.id", not(hasItem("spi")))
                .body("nextSteps.id", not(hasItem("retake-spi")));
    }

    @Test
    void theOldAddressIsAnAliasAndOldBodiesWithoutAProfessionGetA400NamingIt() {
        String old = "{\"activeCredential\": true, \"credentialType\": \"RN\", \"mskStudiesLast36Months\": 138}";
        given().contentType(ContentType.JSON).body(old).post(OLD_API)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("profession"))
                .body("errors[0].message", equalTo("is required"));
        String withProfession = EXAMPLE;
        assertThat(given().contentType(ContentType.JSON).body(withProfession).post(OLD_API).then().statusCode(200)
                .extract().asString()).isEqualTo(given().contentType(ContentType.JSON).body(withProfession).post(API)
                .then().statusCode(200).extract().asString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"profession\": \"physician\", \"licensed\": true, \"realPatientsOnly\": true}                          | mskStudiesLast36Months | is required for the RMSK",
            "{\"profession\": \"physician\", \"mskStudiesLast36Months\": 3, \"realPatientsOnly\": true}               | licensed               | is required for the RMSK",
            "{\"profession\": \"physician\", \"licensed\": true, \"mskStudiesLast36Months\": 3}                       | realPatientsOnly       | is required for the RMSK",
            "{\"profession\": \"physician\", \"licensed\": true, \"mskStudiesLast36Months\": 3, \"realPatientsOnly\": true, \"therapeuticStudies\": 4} | therapeuticStudies | cannot be more than",
            "{\"profession\": \"sonographer\"}                                                                 | prerequisite           | is required for the RMSKS",
            "{\"profession\": \"dentist\"}                                                                     | profession             | must be one of",
            "{\"profession\": \"nurse\", \"prerequisite\": \"maybe\"}                                               | prerequisite           | must be one of",
            "{\"profession\": \"physician\", \"licensed\": true, \"mskStudiesLast36Months\": -1, \"realPatientsOnly\": true} | mskStudiesLast36Months | cannot be negative",
            "{\"profession\": \"physician\", \"licensed\": true, \"mskStudiesLast36Months\": 12.5, \"realPatientsOnly\": true} | mskStudiesLast36Months | must be a whole number",
            "{\"profession\": \"physician\", \"licensed\": \"yes\", \"mskStudiesLast36Months\": 3, \"realPatientsOnly\": true} | licensed | must be true or false",
            "{\"profession\": \"sonographer\", \"prerequisite\": \"unsure\", \"spiPassedOn\": \"2026-11-27\"}      | spiPassedOn            | cannot be in the future",
            "{\"profession\": \"sonographer\", \"prerequisite\": \"unsure\", \"spiPassedOn\": \"1 June 2025\"}     | spiPassedOn            | must be a date",
            "{\"profession\": \"sonographer\", \"prerequisite\": \"unsure\", \"notes\": \"hi\"}                     | notes                  | is not a known field",
            "{\"profession\": \"sonographer\", \"profession\": \"nurse\", \"prerequisite\": \"unsure\"}             | profession             | is given twice" })
    void badFieldsGetA400NamingTheField(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body).post(API)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", containsString(field))
                .body("errors.find { it.field == '" + field + "' }.message", startsWith(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"profession\": \"nurse\"             | not valid JSON",
            "[1, 2]                                   | must be one JSON object",
            "null                                     | must be a JSON object",
            "{\"profession\": \"nurse\", \"prerequisite\": \"unsure\"} {} | must be one JSON object" })
    void malformedBodiesGetA400(String body, String message) {
        given().contentType(ContentType.JSON).body(body).post(API)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString(message));
    }

    @Test
    void emptyOversizedAndNonJsonRequestsAreExplained() {
        given().contentType(ContentType.JSON).post(API).then().statusCode(400).body("detail", containsString("empty"));
        String big = "{\"profession\": \"nurse\", \"pad\": \""
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
                        "recommended", "to-do", "ask-ardms" })));
    }
}

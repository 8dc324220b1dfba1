package org.mskguide.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The unversioned paths answer like /api/v1/; CORS is granted to the API's reads and two POSTs only. */
@QuarkusTest
class ApiAliasesAndCorsTest {

    static final String CHECK = "{\"profession\": \"physician\", \"licensed\": true, \"mskStudiesLast36Months\": 138, "
            + "\"realPatientsOnly\": true, \"studiesPerMonth\": 6}";
    static final String ORIGIN = "https://lms.example.edu";

    @Test
    void theUnversionedPathsAnswerExactlyLikeTheVersionedOnes() {
        List<String[]> gets = List.of(new String[] { "/api/quiz?topic=dynamic-imaging", "/api/v1/quiz?topic=dynamic-imaging" },
                new String[] { "/api/quiz?topic=nope", "/api/v1/quiz?topic=nope" },
                new String[] { "/api/quiz/attempts/not-a-uuid", "/api/v1/quiz/attempts/not-a-uuid" });
        for (String[] pair : gets) {
            assertSame(given().get(pair[0]), given().get(pair[1]), pair[0]);
        }
        for (String body : List.of(CHECK, "{\"profession\": 1}", "[]")) {
            assertSame(given().contentType("application/json").body(body).post("/api/eligibility/rmsks"),
                    given().contentType("application/json").body(body).post("/api/v1/eligibility/rmsks"), body);
        }
        assertSame(given().contentType("text/plain").body("{}").post("/api/quiz/attempts"),
                given().contentType("text/plain").body("{}").post("/api/v1/quiz/attempts"), "415");
    }

    @Test
    void anAttemptPostedToTheAliasIsStoredAndReadableUnderBoth() {
        String question = given().get("/api/quiz?topic=dynamic-imaging").jsonPath().getString("questions[0].id");
        Response created = given().contentType("application/json")
                .body("{\"answers\": {\"" + question + "\": \"a\"}}").post("/api/quiz/attempts");

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).contains("/api/v1/quiz/attempts/");
        String id = created.jsonPath().getString("id");
        assertThat(given().get("/api/quiz/attempts/" + id).asString())
                .isEqualTo(given().get("/api/v1/quiz/attempts/" + id).asString());
    }

    private static void assertSame(Response alias, Response versioned, String what) {
        assertThat(alias.statusCode()).as(what).isEqualTo(versioned.statusCode());
        assertThat(alias.contentType()).as(what).isEqualTo(versioned.contentType());
        assertThat(alias.asString()).as(what).isEqualTo(versioned.asString());
    }

    @Test
    void aPreflightIsGrantedForTheSharedEndpointsWithoutCredentials() {
        for (String[] allowed : List.of(new String[] { "POST", "/api/v1/quiz/attempts" },
                new String[] { "POST", "/api/eligibility/rmsks" }, new String[] { "GET", "/api/v1/quiz" },
                new String[] { "GET", "/api/openapi.json" })) {
            Response preflight = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", allowed[0])
                    .header("Access-Control-Request-Headers", "content-type").options(allowed[1]);

            assertThat(preflight.statusCode()).as(allowed[1]).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).as(allowed[1]).isEqualTo("*");
            assertThat(preflight.header("Access-Control-Allow-Methods")).as(allowed[1]).isEqualTo(allowed[0]);
            assertThat(preflight.header("Access-Control-Allow-Headers")).as(allowed[1]).containsIgnoringCase("content-type");
            assertThat(preflight.header("Access-Control-Allow-Credentials")).as(allowed[1]).isNull();
        }
    }

    @Test
    void sharedResponsesCarryTheOriginHeaderAndNoCookie() {
        Response read = given().header("Origin", ORIGIN).get("/api/v1/quiz");
        Response check = given().header("Origin", ORIGIN).contentType("application/json").body(CHECK)
                .post("/api/v1/eligibility/rmsks");
        Response refused = given().header("Origin", ORIGIN).contentType("application/json").body("[]")
                .post("/api/v1/eligibility/rmsks");

        for (Response response : List.of(read, check, refused)) {
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
            assertThat(response.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void theHtmlFormsAndOtherMethodsStaySameOrigin() {
        Response formPreflight = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/quiz");
        Response deletePreflight = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/quiz/attempts/00000000-0000-4000-8000-000000000000");
        Response page = given().header("Origin", ORIGIN).get("/quiz");
        Response form = given().header("Origin", ORIGIN).redirects().follow(false).formParam("topic", "")
                .post("/quiz");

        assertThat(formPreflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(deletePreflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(deletePreflight.statusCode()).isEqualTo(403);
        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
        assertThat(form.header("Access-Control-Allow-Origin")).isNull();
    }
}

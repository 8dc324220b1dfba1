package org.mskguide.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every refusal under /api/ is RFC 9457 problem details, whoever makes it. */
@QuarkusTest
class ApiProblemsTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aFormPostToTheJsonApiGetsProblemDetailsNotABareRefusal() {
        for (String path : new String[] { "/api/v1/quiz/attempts", "/api/v1/eligibility/rmsks" }) {
            int status = given().contentType("application/x-www-form-urlencoded").formParam("answers", "x")
                    .post(path).then()
                    .contentType(startsWith(PROBLEM_JSON))
                    .body("type", equalTo("about:blank"))
                    .body("detail", not(emptyOrNullString()))
                    .body("instance", equalTo(path))
                    .extract().statusCode();
            assertThat(status).as(path).isIn(400, 415);
        }
    }

    @Test
    void anUnknownApiAddressIsA404Problem() {
        given().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().delete("/api/quiz").then()
                .statusCode(405)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(405));
    }

    @Test
    void aWrongContentTypeIsA415ProblemOnBothPosts() {
        for (String path : new String[] { "/api/quiz/attempts", "/api/eligibility/rmsks" }) {
            given().contentType("text/plain").body("{}").post(path).then()
                    .statusCode(415)
                    .contentType(startsWith(PROBLEM_JSON))
                    .body("detail", containsString("application/json"));
        }
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        given().contentType("application/json").body("{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}")
                .post("/api/eligibility/rmsks").then()
                .statusCode(413)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(413));
    }
}

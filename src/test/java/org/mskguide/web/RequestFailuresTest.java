package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.web.error.Problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Requests beyond the limits, and failures outside the resources, get a clear page and no internals. */
@QuarkusTest
class RequestFailuresTest {

    /** Far more than the largest real form (the limit is quarkus.http.limits.max-body-size=64K). */
    static final String OVERSIZED = "a".repeat(100 * 1024);

    @Test
    void anOversizedFormGetsA413PageAndNothingIsRead() {
        Response response = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .body("answer=" + OVERSIZED)
                .post("/quiz");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo(Problem.TOO_LARGE.title());
        assertThat(page.text()).contains("nothing was saved");
        assertThat(response.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void anOversizedApiBodyGetsA413Json() {
        Response response = given()
                .contentType("application/json")
                .body("{\"answers\":\"" + OVERSIZED + "\"}")
                .post("/api/quiz/attempts");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(413);
        assertThat(response.jsonPath().getString("detail")).contains("nothing was saved");
    }

    @Test
    void aFailureOutsideTheResourcesShowsNoStackTraceOrSql() {
        Response response = given().get(FailingRoute.PATH);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        String body = response.asString();
        assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo(Problem.SERVER_ERROR.title());
        assertThat(body).doesNotContain(FailingRoute.SECRET, "IllegalStateException", "at org.", "at io.");
    }

    @Test
    void anUnreadableFormBodyIsA400PageNotA500() {
        Response badEncoding = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .body("topic=%zz")
                .post("/quiz");
        Response cutMultipart = given().redirects().follow(false)
                .contentType("multipart/form-data; boundary=zzz")
                .body("--zzz\r\nContent-Disposition: form-data; name=\"log\"\r\n\r\nbroken"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/eligibility/planner");

        assertThat(badEncoding.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badEncoding.asString()).select("h1").text()).isEqualTo(Problem.BAD_REQUEST.title());
        assertThat(cutMultipart.statusCode()).isEqualTo(400);
        assertThat(cutMultipart.asString()).doesNotContain("Exception", "at org.", "at io.");
    }
}

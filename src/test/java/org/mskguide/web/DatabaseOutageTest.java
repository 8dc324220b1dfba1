package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mskguide.testsupport.EmbeddedPostgresResource;
import org.mskguide.testsupport.PostgresProfile;
import org.mskguide.testsupport.PostgresServer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Stops the real PostgreSQL under the running application, mid-run, and starts the same one again:
 * reading keeps working, a quiz submission gets an honest 503 (never a 500 or a hang), readiness
 * reports the outage, an attempt acknowledged before the outage is still there, and everything
 * recovers by itself.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseOutageTest {

    /** A hang shows up as a failed request instead of a stuck build. */
    static final RestAssuredConfig NO_HANG = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5000)
            .setParam("http.socket.timeout", 5000));

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void databaseIsBack() {
        EmbeddedPostgresResource.server().start();
        waitUntilReady();
    }

    @Test
    void pagesKeepServingSubmissionsGet503ReadinessGoesDownAndEverythingRecovers() throws SQLException {
        PostgresServer db = EmbeddedPostgresResource.server();
        assertThat(given().config(NO_HANG).get("/q/health/ready").statusCode()).isEqualTo(200);
        // Acknowledged just before the outage: the 303 is sent only after the commit.
        Response acknowledged = submit(openQuiz());
        assertThat(acknowledged.statusCode()).isEqualTo(303);
        String resultPath = acknowledged.header("Location").replaceFirst("^https?://[^/]+", "");
        long storedBefore = storedAttempts();
        FilledForm openDuringOutage = openQuiz();
        Response questions = given().config(NO_HANG).get("/api/quiz");
        Map<String, String> apiAnswer = Map.of(questions.jsonPath().getString("questions[0].id"),
                questions.jsonPath().getString("questions[0].choices[0].id"));

        db.stop();

        for (String page : new String[] { "/", "/topics", "/topics/rmsks-credential", "/glossary", "/quiz",
                "/eligibility", "/eligibility/planner" }) {
            assertThat(given().config(NO_HANG).get(page).statusCode()).as(page).isEqualTo(200);
        }
        Response form = submit(openDuringOutage);
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(Long.parseLong(form.header("Retry-After"))).isPositive();
        assertThat(form.contentType()).isEqualTo("text/html;charset=UTF-8");
        Document page = Jsoup.parse(form.asString());
        assertThat(page.select("h1").text()).isEqualTo("Your answers could not be saved");
        assertThat(page.text()).contains("nothing was saved").doesNotContainIgnoringCase("sql")
                .doesNotContain("Exception");
        Response api = given().config(NO_HANG).contentType("application/json")
                .body(Map.of("answers", apiAnswer))
                .post("/api/quiz/attempts");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.header("Retry-After")).isNotBlank();
        assertThat(api.jsonPath().getInt("status")).isEqualTo(503);
        Response result = given().config(NO_HANG).get(resultPath);
        assertThat(result.statusCode()).isEqualTo(503);
        assertThat(result.header("Retry-After")).isNotBlank();
        Response ready = given().config(NO_HANG).get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        // Reported, not asserted (no timing assertions): the pool gives up after 1 s, so these stay near that.
        System.out.printf("Outage answers: form %d ms, API %d ms, result page %d ms, readiness %d ms%n",
                form.time(), api.time(), result.time(), ready.time());
        assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
        assertThat(given().config(NO_HANG).get("/q/health/live").statusCode()).isEqualTo(200);

        db.start();

        assertThat(waitUntilReady()).as("readiness back without a restart").isTrue();
        assertThat(given().config(NO_HANG).get(resultPath).statusCode()).isEqualTo(200);
        // Nothing from the outage was half-stored; the reader's retry of the same form now works.
        assertThat(storedAttempts()).isEqualTo(storedBefore);
        Response retried = submit(openDuringOutage);
        assertThat(retried.statusCode()).isEqualTo(303);
        assertThat(storedAttempts()).isEqualTo(storedBefore + 1);
    }

    /** A quiz form as the browser holds it: the fields to send (first choice picked) and the CSRF cookie. */
    record FilledForm(Map<String, String> fields, String cookie) {
    }

    static FilledForm openQuiz() {
        Response response = given().config(NO_HANG).get("/quiz");
        assertThat(response.statusCode()).isEqualTo(200);
        Element form = Jsoup.parse(response.asString()).selectFirst("form#quiz-form");
        assertThat(form).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        form.select("input[type=radio]").forEach(i -> fields.putIfAbsent(i.attr("name"), i.attr("value")));
        return new FilledForm(fields, response.getCookie("csrf-token"));
    }

    static Response submit(FilledForm form) {
        return given().config(NO_HANG).redirects().follow(false)
                .cookie("csrf-token", form.cookie())
                .formParams(form.fields())
                .post("/quiz");
    }

    long storedAttempts() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from quiz_attempt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Readiness polls until the pool has reconnected by itself (bounded: the test never waits forever). */
    static boolean waitUntilReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (given().config(NO_HANG).get("/q/health/ready").statusCode() == 200) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}

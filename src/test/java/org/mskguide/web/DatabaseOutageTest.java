package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.mskguide.testsupport.QuizBrowser.NO_HANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mskguide.testsupport.EmbeddedPostgresResource;
import org.mskguide.testsupport.PostgresProfile;
import org.mskguide.testsupport.PostgresServer;
import org.mskguide.testsupport.QuizBrowser;
import org.mskguide.testsupport.QuizBrowser.FilledForm;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
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
        Response acknowledged = QuizBrowser.submit(base(), QuizBrowser.open(base()));
        assertThat(acknowledged.statusCode()).isEqualTo(303);
        String resultPath = "/quiz/results/" + QuizBrowser.attemptId(acknowledged);
        long storedBefore = storedAttempts();
        FilledForm openDuringOutage = QuizBrowser.open(base());
        Response questions = given().config(NO_HANG).get("/api/quiz");
        Map<String, String> apiAnswer = Map.of(questions.jsonPath().getString("questions[0].id"),
                questions.jsonPath().getString("questions[0].choices[0].id"));

        db.stop();

        for (String page : new String[] { "/", "/topics", "/topics/rmsks-credential", "/glossary", "/quiz",
                "/eligibility", "/eligibility/planner" }) {
            assertThat(given().config(NO_HANG).get(page).statusCode()).as(page).isEqualTo(200);
        }
        Response form = QuizBrowser.submit(base(), openDuringOutage);
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
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(api.jsonPath().getString("detail")).contains("nothing was saved");
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
        Response retried = QuizBrowser.submit(base(), openDuringOutage);
        assertThat(retried.statusCode()).isEqualTo(303);
        assertThat(storedAttempts()).isEqualTo(storedBefore + 1);
    }

    /** This test's application, as a base URL for {@link QuizBrowser}. */
    static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
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

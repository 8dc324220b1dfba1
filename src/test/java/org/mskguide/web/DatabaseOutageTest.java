package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mskguide.testsupport.EmbeddedPostgresResource;
import org.mskguide.testsupport.PostgresProfile;
import org.mskguide.testsupport.PostgresServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Stops the real PostgreSQL under the running application and starts it again: reading keeps working,
 * readiness reports the outage, and everything recovers by itself.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseOutageTest {

    /** A hang shows up as a failed request instead of a stuck build. */
    static final RestAssuredConfig NO_HANG = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5000)
            .setParam("http.socket.timeout", 5000));

    @AfterEach
    void databaseIsBack() {
        EmbeddedPostgresResource.server().start();
    }

    @Test
    void pagesKeepServingReadinessGoesDownAndEverythingRecovers() {
        PostgresServer db = EmbeddedPostgresResource.server();
        assertThat(given().config(NO_HANG).get("/q/health/ready").statusCode()).isEqualTo(200);

        db.stop();

        assertThat(given().config(NO_HANG).get("/").statusCode()).isEqualTo(200);
        assertThat(given().config(NO_HANG).get("/topics").statusCode()).isEqualTo(200);
        assertThat(given().config(NO_HANG).get("/topics/rmsks-credential").statusCode()).isEqualTo(200);
        Response ready = given().config(NO_HANG).get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
        assertThat(given().config(NO_HANG).get("/q/health/live").statusCode()).isEqualTo(200);

        db.start();

        assertThat(waitUntilReady()).isTrue();
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

package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * POST submissions are limited per client address; the address comes from X-Forwarded-For only
 * because this profile trusts the proxy on 127.0.0.1 (as docker/compose.yaml trusts nginx).
 */
@QuarkusTest
@TestProfile(RateLimiterTest.BehindTrustedProxy.class)
class RateLimiterTest {

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "guide.rate-limit.requests", "3",
                    "guide.rate-limit.period", "PT1H",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "false",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Test
    void theFourthSubmissionFromOneAddressGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            Response allowed = post("/quiz", "203.0.113.10");
            assertThat(allowed.statusCode()).as("submission %d", i + 1).isNotEqualTo(429);
        }
        Response limited = post("/quiz", "203.0.113.10");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(Jsoup.parse(limited.asString()).select("h1").text()).isEqualTo("Please wait a moment");
    }

    @Test
    void anotherAddressHasItsOwnBudgetAndTheApiAnswersJson() {
        for (int i = 0; i < 3; i++) {
            post("/api/quiz/attempts", "203.0.113.20");
        }
        Response limited = post("/api/quiz/attempts", "203.0.113.20");
        Response other = post("/api/quiz/attempts", "203.0.113.21");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(limited.jsonPath().getInt("retryAfterSeconds")).isPositive();
        assertThat(other.statusCode()).isNotEqualTo(429);
    }

    @Test
    void readingPagesIsNeverLimited() {
        for (int i = 0; i < 10; i++) {
            assertThat(given().header("X-Forwarded-For", "203.0.113.30").get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void hstsIsSentWhenTheTrustedProxySaysHttps() {
        Response response = given().header("X-Forwarded-Proto", "https").get("/");

        assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    private static Response post(String path, String client) {
        return given().redirects().follow(false)
                .header("X-Forwarded-For", client)
                .contentType(path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded")
                .body(path.startsWith("/api/") ? "{}" : "a=1")
                .post(path);
    }
}

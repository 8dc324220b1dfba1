package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every kind of response carries the security headers: pages, errors, assets, API, health, 304. The fixed ones are
 * configuration ({@code quarkus.http.header.*}); HSTS and the charset are {@link SecurityHeaders}.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarryTheHeadersAndAStrictPolicy() {
        Response page = given().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "base-uri 'none'", "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void notFoundAndServerErrorsCarryTheHeaders() {
        Response missing = given().get("/topics/no-such-topic");
        Response api = given().get("/api/no-such-thing");
        Response broken = given().get(FailingRoute.PATH);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing);
        assertThat(api.statusCode()).isEqualTo(404);
        assertSecurityHeaders(api);
        assertThat(api.contentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertSecurityHeaders(broken);
    }

    @Test
    void assetsNotModifiedAndHealthCarryTheHeaders() {
        Response css = given().get("/assets/site.css");
        Response notModified = given().header("If-None-Match", css.header("ETag")).get("/assets/site.css");
        Response health = given().get("/q/health/live");

        assertSecurityHeaders(css);
        assertThat(css.contentType()).isEqualTo("text/css;charset=UTF-8");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertSecurityHeaders(notModified);
        assertSecurityHeaders(health);
    }

    @Test
    void noHstsOverPlainHttpNorForAnUntrustedForwardedProto() {
        Response plain = given().get("/");
        Response spoofed = given().header("X-Forwarded-Proto", "https").get("/");

        assertThat(plain.header("Strict-Transport-Security")).isNull();
        // The test profile does not trust any proxy, so this header proves nothing about the scheme.
        assertThat(spoofed.header("Strict-Transport-Security")).isNull();
    }

    /** Sent once each: configuration sets them, and no code path (the pre-rendered route included) adds them again. */
    @Test
    void eachFixedHeaderIsSentOnceFromPreRenderedAndRenderedPages() {
        for (String path : new String[] {"/", "/quiz", "/assets/site.css", "/no-such-page"}) {
            Response response = given().get(path);
            for (String name : FIXED) {
                assertThat(response.headers().getValues(name)).as(path + " " + name).hasSize(1);
            }
        }
    }

    static final String[] FIXED = {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
        "Permissions-Policy", "X-Frame-Options"};

    static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).as("CSP").startsWith("default-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Permissions-Policy")).contains("camera=()");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }
}

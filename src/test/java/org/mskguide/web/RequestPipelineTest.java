package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The request pipeline, read in one place: its stages and their order. */
@QuarkusTest
class RequestPipelineTest {

    @Inject
    RequestPipeline pipeline;

    @Test
    void theStagesRunInThisOrder() {
        assertThat(pipeline.stages()).extracting(RequestPipeline.Stage::name).containsExactly(
                "pre-rendered pages",
                "API version aliases",
                "API CORS",
                "HSTS and text charset",
                "declared body too large",
                "failure page",
                "rate limit");
    }

    @Test
    void aRefusalEarlyInThePipelineStillCarriesTheSecurityHeaders() {
        given().contentType("application/x-www-form-urlencoded").body("topic=" + "x".repeat(70 * 1024)).post("/quiz")
                .then().statusCode(413).header("X-Content-Type-Options", "nosniff");
    }
}

package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What a load balancer and monitoring read: liveness, readiness with the database, Prometheus metrics. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        Response live = given().get("/q/health/live");
        Response ready = given().get("/q/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.jsonPath().getString("status")).isEqualTo("UP");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.jsonPath().getList("checks.name")).contains("Database connections health check");
    }

    @Test
    void prometheusMetricsCoverRequestsAndTheConnectionPool() {
        given().get("/").then().statusCode(200);

        Response metrics = given().get("/q/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.asString()).contains("http_server_requests_seconds_count", "agroal_", "jvm_memory_used_bytes");
    }
}

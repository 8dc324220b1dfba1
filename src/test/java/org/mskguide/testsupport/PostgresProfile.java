package org.mskguide.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a {@code @QuarkusTest} against a real PostgreSQL instead of H2. The database kind is a build-time
 * setting; a test profile re-augments the application, so overriding it here really switches the
 * driver, dialect and Flyway database module (PostgresProfileTest proves it).
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The production acquisition timeout (the H2 test profile raises it): the outage tests measure with it.
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.acquisition-timeout", "1S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}

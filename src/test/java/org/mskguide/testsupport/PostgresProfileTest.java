package org.mskguide.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The PostgreSQL profile really runs on PostgreSQL, with the Flyway migrations applied. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresProfileTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationTalksToPostgresqlAndFlywayMigratedIt() throws SQLException {
        // The driver is chosen by the build-time database kind: proof that the profile re-augmented the app.
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration()
                .connectionProviderClass().getName()).isEqualTo("org.postgresql.Driver");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void testsRunTheMajorVersionThatProductionRuns() throws SQLException, IOException {
        String compose = Files.readString(Path.of("docker", "compose.yaml"));
        Matcher image = Pattern.compile("image:\\s*postgres:(\\d+)").matcher(compose);
        assertThat(image.find()).as("docker/compose.yaml names a postgres:<major> image").isTrue();
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(Integer.parseInt(image.group(1)));
        }
    }
}

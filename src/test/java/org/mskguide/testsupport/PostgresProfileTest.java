package org.mskguide.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

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
}

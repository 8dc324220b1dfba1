package org.mskguide.report;

import org.mskguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every test of {@link ReportResourceTest} (storing, refusing and listing reports) on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReportResourcePostgresTest extends ReportResourceTest {
}

package org.mskguide.mockexam;

import org.mskguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every test of {@link MockExamResourceTest} (V5's tables, storing, refusing, late, statistics) on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class MockExamResourcePostgresTest extends MockExamResourceTest {
}

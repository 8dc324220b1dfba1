package org.mskguide.quiz;

import org.mskguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every test of {@link QuizApiResourceTest} (grade, store, read back, bad input) again on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class QuizApiResourcePostgresTest extends QuizApiResourceTest {
}

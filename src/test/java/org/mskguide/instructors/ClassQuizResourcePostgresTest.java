package org.mskguide.instructors;

import org.mskguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every test of {@link ClassQuizResourceTest} (storing, reading and deleting class quizzes) on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ClassQuizResourcePostgresTest extends ClassQuizResourceTest {
}

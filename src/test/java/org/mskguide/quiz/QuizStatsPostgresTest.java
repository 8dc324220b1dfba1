package org.mskguide.quiz;

import org.mskguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every test of {@link QuizStatsTest} (the statistics queries, old results) again on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class QuizStatsPostgresTest extends QuizStatsTest {
}

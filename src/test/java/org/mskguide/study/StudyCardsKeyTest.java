package org.mskguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The study card key follows the CSRF key's rule: required in production, random only on embedded H2. */
class StudyCardsKeyTest {

    @Test
    void noKeyOnASharedDatabaseRefusesToStart() {
        assertThat(StudyCards.problem(Optional.empty(), "jdbc:postgresql://db/guide")).contains("GUIDE_STUDY_KEY");
    }

    @Test
    void noKeyOnEmbeddedH2IsAllowedWithARandomKey() {
        assertThat(StudyCards.problem(Optional.empty(), "jdbc:h2:file:./data/guide")).isNull();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThat(StudyCards.problem(Optional.of("short"), "jdbc:h2:mem:x")).contains("at least 32");
        assertThat(StudyCards.problem(Optional.of("x".repeat(32)), "jdbc:postgresql://db/guide")).isNull();
    }
}

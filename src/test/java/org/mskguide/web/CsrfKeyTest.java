package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CsrfKeyTest {

    static final String POSTGRES = "jdbc:postgresql://db:5432/guide";

    @Test
    void withoutAKeyOnlyASingleEmbeddedH2InstanceMayStart() {
        assertThat(CsrfKey.problem(Optional.empty(), POSTGRES)).contains("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
        assertThat(CsrfKey.problem(Optional.empty(), "jdbc:h2:tcp://db/guide")).isNotNull();
        assertThat(CsrfKey.problem(Optional.empty(), null)).isNotNull();
        assertThat(CsrfKey.problem(Optional.empty(), "jdbc:h2:file:./data/msk-guide")).isNull();
    }

    @Test
    void aShortKeyIsRefusedEvenOnH2() {
        assertThat(CsrfKey.problem(Optional.of("short"), POSTGRES)).contains("at least 32");
        assertThat(CsrfKey.problem(Optional.of("short"), "jdbc:h2:mem:x")).contains("at least 32");
        assertThat(CsrfKey.problem(Optional.of("x".repeat(32)), POSTGRES)).isNull();
    }

    @Test
    void onlyAnEmbeddedH2DatabaseCountsAsASingleInstance() {
        assertThat(CsrfKey.isEmbeddedH2("jdbc:h2:file:./data/msk-guide")).isTrue();
        assertThat(CsrfKey.isEmbeddedH2("jdbc:h2:mem:test")).isTrue();
        assertThat(CsrfKey.isEmbeddedH2("jdbc:h2:tcp://db/guide")).isFalse();
        assertThat(CsrfKey.isEmbeddedH2(POSTGRES)).isFalse();
        assertThat(CsrfKey.isEmbeddedH2(null)).isFalse();
    }

    @Test
    void textualTypesWithoutACharsetGetOne() {
        assertThat(SecurityHeaders.needsCharset("text/html")).isTrue();
        assertThat(SecurityHeaders.needsCharset("application/json")).isTrue();
        assertThat(SecurityHeaders.needsCharset("application/json; charset=UTF-8")).isFalse();
        assertThat(SecurityHeaders.needsCharset("image/png")).isFalse();
    }
}

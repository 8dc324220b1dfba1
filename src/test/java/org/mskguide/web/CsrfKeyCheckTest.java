package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CsrfKeyCheckTest {

    @Test
    void aMissingOrShortKeyStopsTheStartWithAMessageNamingTheVariable() {
        assertThat(CsrfKeyCheck.problem(Optional.empty(), false)).contains("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
        assertThat(CsrfKeyCheck.problem(Optional.of("  "), false)).contains("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
        assertThat(CsrfKeyCheck.problem(Optional.of("short"), false)).contains("at least 32");
        assertThat(CsrfKeyCheck.problem(Optional.of("x".repeat(32)), false)).isNull();
    }

    @Test
    void onlyAnEmbeddedH2DatabaseCountsAsASingleInstance() {
        assertThat(CsrfKeySource.isEmbeddedH2("jdbc:h2:file:./data/msk-guide")).isTrue();
        assertThat(CsrfKeySource.isEmbeddedH2("jdbc:h2:mem:test")).isTrue();
        assertThat(CsrfKeySource.isEmbeddedH2("jdbc:h2:tcp://db/guide")).isFalse();
        assertThat(CsrfKeySource.isEmbeddedH2("jdbc:postgresql://db:5432/guide")).isFalse();
        assertThat(CsrfKeySource.isEmbeddedH2(null)).isFalse();
    }

    @Test
    void textualTypesWithoutACharsetGetOne() {
        assertThat(SecurityHeaders.needsCharset("text/html")).isTrue();
        assertThat(SecurityHeaders.needsCharset("application/json")).isTrue();
        assertThat(SecurityHeaders.needsCharset("application/json; charset=UTF-8")).isFalse();
        assertThat(SecurityHeaders.needsCharset("image/png")).isFalse();
    }
}

package org.mskguide.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mskguide.instructors.ClassSecrets;

/** The maintainers' key check without Quarkus. */
class MaintainerKeyTest {

    static final String KEY = "k3Y-for_a-test-only-0123456789abcdefgh";
    static final MaintainerKey CONFIGURED = MaintainerKey.fromConfig(Optional.of(ClassSecrets.hash(KEY)));

    @Test
    void onlyTheKeyBehindTheHashIsAdmitted() {
        assertThat(CONFIGURED.admits(KEY)).isTrue();
        assertThat(CONFIGURED.admits(KEY.substring(1) + "x")).isFalse();
        assertThat(CONFIGURED.admits(KEY.toUpperCase())).isFalse();
    }

    @Test
    void missingShortOrOddlyShapedKeysAreNotEvenHashed() {
        assertThat(CONFIGURED.admits(null)).isFalse();
        assertThat(CONFIGURED.admits("")).isFalse();
        assertThat(CONFIGURED.admits("short-key")).isFalse();
        assertThat(CONFIGURED.admits(KEY + " ")).isFalse();
        assertThat(CONFIGURED.admits("x".repeat(257))).isFalse();
    }

    @Test
    void theHashItselfIsNotAKey() {
        assertThat(CONFIGURED.admits(ClassSecrets.hash(KEY))).isFalse();
    }

    @Test
    void withNoHashConfiguredNobodyIsAdmitted() {
        MaintainerKey none = MaintainerKey.fromConfig(Optional.empty());
        assertThat(none.isConfigured()).isFalse();
        assertThat(none.admits(KEY)).isFalse();
        assertThat(MaintainerKey.fromConfig(Optional.of("  ")).admits(KEY)).isFalse();
    }

    @Test
    void aHashThatIsNotSha256HexStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> MaintainerKey.fromConfig(Optional.of(KEY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guide.reports.key-hash");
        assertThatThrownBy(() -> MaintainerKey.fromConfig(Optional.of(ClassSecrets.hash(KEY).toUpperCase())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.mskguide.instructors;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClassSecretsTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void codesAreTenBase32CharactersAndDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ClassSecrets.newCode(random);
            assertThat(code).matches("[a-z2-7]{10}");
            assertThat(ClassSecrets.isCodeShaped(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void keysCarryAtLeast128RandomBitsInBase64url() {
        String key = ClassSecrets.newKey(random);
        assertThat(key).matches("[A-Za-z0-9_-]{32}");
        assertThat(Base64.getUrlDecoder().decode(key)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(ClassSecrets.newKey(random)).isNotEqualTo(key);
        assertThat(ClassSecrets.isKeyShaped(key)).isTrue();
    }

    @Test
    void onlyTheHashIsKeptAndOnlyTheRightKeyMatchesIt() {
        String key = ClassSecrets.newKey(random);
        String stored = ClassSecrets.hash(key);

        assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(key);
        assertThat(ClassSecrets.matches(key, stored)).isTrue();
        assertThat(ClassSecrets.matches(ClassSecrets.newKey(random), stored)).isFalse();
        assertThat(ClassSecrets.matches(key.substring(1) + "A", stored)).isFalse();
        assertThat(ClassSecrets.matches(null, stored)).isFalse();
        // The SHA-256 of "abc" (FIPS 180-2 test vector): the hash is the standard one.
        assertThat(ClassSecrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedCodesAndKeysAreRecognised() {
        assertThat(ClassSecrets.isCodeShaped("ABCDEFGHIJ")).isFalse();
        assertThat(ClassSecrets.isCodeShaped("abc")).isFalse();
        assertThat(ClassSecrets.isCodeShaped("abcdefgh1j")).isFalse();
        assertThat(ClassSecrets.isCodeShaped(null)).isFalse();
        assertThat(ClassSecrets.isKeyShaped("short")).isFalse();
        assertThat(ClassSecrets.isKeyShaped("x".repeat(31) + "=")).isFalse();
    }
}

package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The one-attempt cookie's value: signed for one class, refused when altered, copied to another class, or forged. */
class ClassCookiesTest {

    static final byte[] KEY = "a test key that is not a secret.".getBytes(StandardCharsets.UTF_8);
    static final UUID ATTEMPT = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void aValueVerifiesForItsClassOnly() {
        String value = ClassCookies.value(KEY, "abcdefgh23", ATTEMPT);
        assertThat(value).startsWith(ATTEMPT + ".");
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", value)).contains(ATTEMPT);
        assertThat(ClassCookies.verify(KEY, "zzzzzzzz23", value)).isEmpty();
        assertThat(ClassCookies.verify("another key, another instance..".getBytes(StandardCharsets.UTF_8), "abcdefgh23",
                value)).isEmpty();
    }

    @Test
    void alteredOrMalformedValuesAreIgnored() {
        String value = ClassCookies.value(KEY, "abcdefgh23", ATTEMPT);
        UUID other = UUID.fromString("11111111-2222-3333-4444-555555555555");
        String swapped = other + value.substring(value.indexOf('.'));
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", swapped)).isEmpty();
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", value + "x")).isEmpty();
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", "no-dot")).isEmpty();
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", "")).isEmpty();
        assertThat(ClassCookies.verify(KEY, "abcdefgh23", null)).isEmpty();
        assertThat(ClassCookies.name("abcdefgh23")).isEqualTo("class-abcdefgh23");
    }
}

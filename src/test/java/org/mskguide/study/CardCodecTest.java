package org.mskguide.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CardCodecTest {

    private final CardCodec codec = new CardCodec("a-test-key-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8));

    private static StudyCard sample() {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
        entries.put("rmsks-five-year-counting", new StudyCard.Entry(1, 20_600));
        entries.put("anisotropy-basics", new StudyCard.Entry(5, 20_616));
        entries.put("é-unicode-id", new StudyCard.Entry(3, 0));
        return new StudyCard(entries);
    }

    @Test
    void roundTripKeepsEveryEntryInOrder() throws InvalidCard {
        String token = codec.encode(sample());
        assertThat(token).matches("[A-Za-z0-9_-]+");
        StudyCard back = codec.decode(token);
        assertThat(back).isEqualTo(sample());
        assertThat(back.entries().keySet()).containsExactlyElementsOf(sample().entries().keySet());
    }

    @Test
    void anEmptyCardRoundTrips() throws InvalidCard {
        assertThat(codec.decode(codec.encode(new StudyCard(Map.of()))).isEmpty()).isTrue();
    }

    @Test
    void aChangedByteIsRefusedAsTampered() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode(sample()));
        // Move the second question to a different box by hand: the signature no longer matches.
        int box = 1 + 2 + 1 + "rmsks-five-year-counting".length();
        bytes[box] = 5;
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOfSatisfying(InvalidCard.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidCard.Reason.TAMPERED));
    }

    @Test
    void aCardSignedWithAnotherKeyIsRefused() {
        CardCodec other = new CardCodec("another-key-of-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.decode(other.encode(sample()))).isInstanceOfSatisfying(InvalidCard.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidCard.Reason.TAMPERED));
    }

    @Test
    void anotherVersionIsRefusedAsOutdated() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode(sample()));
        bytes[0] = (byte) (CardCodec.VERSION + 1);
        String other = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThatThrownBy(() -> codec.decode(other)).isInstanceOfSatisfying(InvalidCard.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidCard.Reason.OUTDATED));
    }

    @Test
    void truncatedOrGarbledInputIsRefusedNeverThrowsAnythingElse() {
        String token = codec.encode(sample());
        for (int length = 0; length < token.length(); length++) {
            String cut = token.substring(0, length);
            assertThatThrownBy(() -> codec.decode(cut)).as("cut to %d", length).isInstanceOf(InvalidCard.class);
        }
        for (String bad : new String[] { null, "", "   ", "not base64!", "%%%", "AQ" }) {
            assertThatThrownBy(() -> codec.decode(bad)).as(bad).isInstanceOfSatisfying(InvalidCard.class,
                    e -> assertThat(e.reason()).isNotNull());
        }
    }
}

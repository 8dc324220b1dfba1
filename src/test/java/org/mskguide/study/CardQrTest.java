package org.mskguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The QR code holds exactly the card's link: ZXing's reader gets it back, and the card in it decodes. */
class CardQrTest {

    private final CardCodec codec = new CardCodec("a-test-key-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8));

    private static StudyCard cardOf(int questions) {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < questions; i++) {
            entries.put("question-number-" + i + "-of-a-long-topic", new StudyCard.Entry(1 + i % 5, 20_600 + i));
        }
        return new StudyCard(entries);
    }

    @Test
    void aCardsLinkSurvivesTheQrCode() throws Exception {
        StudyCard card = cardOf(12);
        String url = "https://msk-guide.example/study?card=" + codec.encode(card);
        String svg = CardQr.svg(url, "card-qr").orElseThrow();
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"card-qr-title\"");

        String read = QrDecoder.decode(svg);
        assertThat(read).isEqualTo(url);
        assertThat(codec.decode(read.substring(read.indexOf("card=") + 5))).isEqualTo(card);
    }

    @Test
    void aLinkTooLongForAQrCodeGivesNoneRatherThanAFailure() {
        String url = "https://msk-guide.example/study?card=" + codec.encode(cardOf(200));
        assertThat(url.length()).isGreaterThan(3_000);
        assertThat(CardQr.svg(url, "card-qr")).isEmpty();
    }
}

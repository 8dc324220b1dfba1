package org.mskguide.mockexam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The signed attempt: round trip, a moved deadline refused, late judged against a fixed clock. */
class AttemptTokenTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final AttemptToken.Codec codec = new AttemptToken.Codec(
            "a-test-key-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8));

    private final AttemptToken token = new AttemptToken(START, START.plus(Duration.ofMinutes(60)),
            List.of("rmsks-two-exams", "anisotropy-basics", "shoulder-views"));

    @Test
    void roundTripKeepsTimesAndQuestionsInOrder() throws InvalidAttempt {
        String encoded = codec.encode(token);
        assertThat(encoded).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(encoded)).isEqualTo(token);
    }

    @Test
    void aForgedDeadlineIsRefusedAsTampered() {
        String encoded = codec.encode(token);
        String body = new String(Base64.getUrlDecoder().decode(encoded.substring(0, encoded.indexOf('.'))),
                StandardCharsets.UTF_8);
        long deadline = START.plus(Duration.ofMinutes(60)).getEpochSecond();
        // A reader gives themselves a day instead of an hour, keeping the old signature.
        String later = body.replace("|" + deadline + "|", "|" + (deadline + 86_400) + "|");
        assertThat(later).isNotEqualTo(body);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes(StandardCharsets.UTF_8))
                + encoded.substring(encoded.indexOf('.'));
        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOfSatisfying(InvalidAttempt.class, e -> {
            assertThat(e.reason()).isEqualTo(InvalidAttempt.Reason.TAMPERED);
            assertThat(e.getMessage()).contains("time limit or questions were changed");
        });
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        AttemptToken.Codec other = new AttemptToken.Codec(
                "another-key-of-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.decode(other.encode(token))).isInstanceOfSatisfying(InvalidAttempt.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidAttempt.Reason.TAMPERED));
    }

    @Test
    void cutOrGarbledTokensAreMalformedNeverAnException() {
        String encoded = codec.encode(token);
        for (String bad : new String[] { null, "", "   ", "no-dot-at-all", ".", "abc.", "!!!.???",
                encoded.substring(0, encoded.indexOf('.') + 3), "x".repeat(AttemptToken.Codec.MAX_LENGTH + 1) }) {
            assertThatThrownBy(() -> codec.decode(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidAttempt.class);
        }
    }

    @Test
    void lateOnlyAfterTheDeadlineByAFixedClock() {
        Clock atDeadline = Clock.fixed(token.deadline(), ZoneOffset.UTC);
        assertThat(token.lateAt(Clock.offset(atDeadline, Duration.ofMinutes(-1)).instant())).isFalse();
        assertThat(token.lateAt(atDeadline.instant())).isFalse();
        assertThat(token.lateAt(Clock.offset(atDeadline, Duration.ofSeconds(1)).instant())).isTrue();
    }
}

package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers are grouped by hand for speed; they must read exactly as {@code %,d} in English. */
class WordingTest {

    @Test
    void groupsThousandsLikeTheEnglishFormat() {
        long[] values = { 0, 1, 9, 10, 99, 100, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890,
                -1, -999, -1000, -1_234_567, Long.MAX_VALUE, Long.MIN_VALUE };
        for (long n : values) {
            assertThat(Wording.number(n)).as("%d", n).isEqualTo(String.format(Locale.ENGLISH, "%,d", n));
        }
        for (long n = -20_000; n <= 20_000; n += 7) {
            assertThat(Wording.number(n)).isEqualTo(String.format(Locale.ENGLISH, "%,d", n));
        }
    }

    @Test
    void countsStudiesInWords() {
        assertThat(Wording.studies(1)).isEqualTo("1 study");
        assertThat(Wording.studies(1500)).isEqualTo("1,500 studies");
    }
}

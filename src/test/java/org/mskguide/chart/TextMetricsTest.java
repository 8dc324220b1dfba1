package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWord() {
        String text = "Which sentence about the limits of ultrasound is fair, and which of these statements would a"
                + " careful reader of the guide agree with?";

        List<String> lines = TextMetrics.wrap(text, 16, 300);

        assertThat(lines).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(TextMetrics.width(line, 16)).isLessThanOrEqualTo(300));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordLongerThanTheLineGetsALineOfItsOwn() {
        assertThat(TextMetrics.wrap("a supercalifragilisticexpialidocious word", 16, 100))
                .containsExactly("a", "supercalifragilisticexpialidocious", "word");
    }

    @Test
    void widthGrowsWithTextAndSize() {
        assertThat(TextMetrics.width("Now", 16)).isBetween(25.0, 50.0);
        assertThat(TextMetrics.width("Window for January 2027", 16)).isGreaterThan(TextMetrics.width("Window", 16));
        assertThat(TextMetrics.width("150 needed", 18)).isGreaterThan(TextMetrics.width("150 needed", 16));
    }
}

package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Coordinates are written by hand for speed; they must read exactly as the formatted text they replace. */
class SvgNumberTest {

    /** The text Svg.num wrote before: the value rounded to tenths, whole numbers without a decimal. */
    private static String formatted(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    @Test
    void writesTheSameTextAsFormattingToOneDecimal() {
        double[] edges = { 0, -0.0, 0.04, 0.05, -0.04, -0.05, -0.06, 0.95, 0.96, -0.95, 12, 12.25, 12.35, -12.35, 99.95,
                1234.56, -1234.56, 1e6 + 0.1 };
        for (double value : edges) {
            assertThat(Svg.num(value)).as("%s", value).isEqualTo(formatted(value));
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * 4000;
            assertThat(Svg.num(value)).as("%s", value).isEqualTo(formatted(value));
        }
    }
}

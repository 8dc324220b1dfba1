package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void aCountScaleEndsOnANiceTickAtOrAboveTheLargestValue() {
        NiceScale scale = NiceScale.upTo(150, 5, true);

        assertThat(scale.step()).isEqualTo(50);
        assertThat(scale.ticks()).containsExactly(0.0, 50.0, 100.0, 150.0);
        assertThat(NiceScale.upTo(95, 5, true).ticks()).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
        assertThat(NiceScale.upTo(1234, 5, true).ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0);
    }

    @Test
    void sharesGetTidyDecimalTicks() {
        assertThat(NiceScale.upTo(1, 6, false).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(NiceScale.upTo(0.3, 4, false).ticks()).containsExactly(0.0, 0.1, 0.2, 0.3);
    }

    @Test
    void countsNeverGetAFractionalStep() {
        assertThat(NiceScale.upTo(3, 5, true).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0);
        assertThat(NiceScale.upTo(7, 5, true).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
        assertThat(NiceScale.upTo(0.4, 5, true).ticks()).containsExactly(0.0, 1.0);
    }

    @Test
    void nothingToShowStillGivesAnAxis() {
        assertThat(NiceScale.upTo(0, 5, true).ticks()).containsExactly(0.0, 1.0);
        assertThat(NiceScale.upTo(-3, 5, false).max()).isPositive();
    }

    @Test
    void everyScaleCoversItsValueWithinTheTickLimitAtANiceStep() {
        for (double largest : List.of(1.0, 2.0, 9.0, 10.0, 11.0, 37.0, 99.0, 101.0, 150.0, 151.0, 999.0, 1001.0,
                36_000.0, 100_000.0, 0.07, 0.55)) {
            for (int maxTicks = 2; maxTicks <= 8; maxTicks++) {
                for (boolean integers : new boolean[] { true, false }) {
                    NiceScale scale = NiceScale.upTo(largest, maxTicks, integers);
                    String what = largest + " in " + maxTicks + " ticks" + (integers ? ", whole" : "");
                    assertThat(scale.max()).as(what).isGreaterThanOrEqualTo(largest);
                    assertThat(scale.ticks().size()).as(what).isLessThanOrEqualTo(Math.max(maxTicks, 2));
                    double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
                    assertThat(mantissa).as(what).isIn(1.0, 2.0, 2.5, 5.0);
                    if (integers) {
                        assertThat(scale.step() % 1).as(what).isZero();
                    }
                }
            }
        }
    }

    @Test
    void valuesMapLinearlyAndClampAtTheEnds() {
        NiceScale scale = NiceScale.upTo(150, 5, true);

        assertThat(scale.at(75, 100, 400)).isEqualTo(250);
        assertThat(scale.at(0, 300, 100)).isEqualTo(300);
        assertThat(scale.fraction(-5)).isZero();
        assertThat(scale.fraction(500)).isEqualTo(1);
        assertThatThrownBy(() -> NiceScale.upTo(10, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthTicksTest {

    @Test
    void aThreeYearAxisIsLabelledEachJanuaryWithTheYear() {
        List<MonthTicks.Tick> ticks = MonthTicks.between(YearMonth.of(2024, 2), YearMonth.of(2027, 1), 4);

        assertThat(ticks).extracting(MonthTicks.Tick::label).containsExactly("2025", "2026", "2027");
        // With room for 7 labels, every 6 months: January and July.
        assertThat(MonthTicks.between(YearMonth.of(2024, 2), YearMonth.of(2027, 1), 7))
                .extracting(MonthTicks.Tick::label)
                .containsExactly("Jul 2024", "Jan 2025", "Jul 2025", "Jan 2026", "Jul 2026", "Jan 2027");
        assertThat(ticks).extracting(MonthTicks.Tick::month)
                .allSatisfy(m -> assertThat(m.getMonthValue()).isEqualTo(1));
    }

    @Test
    void aShortAxisNamesMonthsAtARegularStep() {
        List<MonthTicks.Tick> ticks = MonthTicks.between(YearMonth.of(2026, 11), YearMonth.of(2027, 10), 7);

        // 12 months: every month is too many for 7 labels; every 2nd month counted from January fits.
        assertThat(ticks).extracting(MonthTicks.Tick::label)
                .containsExactly("Nov 2026", "Jan 2027", "Mar 2027", "May 2027", "Jul 2027", "Sep 2027");
        assertThat(MonthTicks.between(YearMonth.of(2026, 11), YearMonth.of(2027, 1), 7))
                .extracting(MonthTicks.Tick::label).containsExactly("Nov 2026", "Dec 2026", "Jan 2027");
    }

    @Test
    void aLongAxisStepsInWholeYearsAndNeverExceedsTheLimit() {
        for (int months = 1; months <= 600; months += 7) {
            YearMonth first = YearMonth.of(1990, 3);
            List<MonthTicks.Tick> ticks = MonthTicks.between(first, first.plusMonths(months - 1L), 6);
            assertThat(ticks).as(months + " months").isNotEmpty().hasSizeLessThanOrEqualTo(6);
        }
        assertThat(MonthTicks.between(YearMonth.of(2000, 1), YearMonth.of(2039, 12), 6))
                .extracting(MonthTicks.Tick::label).containsExactly("2000", "2010", "2020", "2030");
    }

    @Test
    void evenAOneLabelAxisGetsALabel() {
        assertThat(MonthTicks.between(YearMonth.of(2026, 2), YearMonth.of(2026, 11), 1))
                .extracting(MonthTicks.Tick::label).containsExactly("Jul 2026");
        assertThat(MonthTicks.between(YearMonth.of(2026, 2), YearMonth.of(2026, 2), 0))
                .extracting(MonthTicks.Tick::label).containsExactly("Feb 2026");
    }
}

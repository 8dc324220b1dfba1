package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates are joined by hand for speed; they must read exactly as the English patterns they replace. */
class DatesTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Test
    void writesEveryDayAsTheEnglishPattern() {
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.getYear() < 2041; d = d.plusDays(1)) {
            assertThat(Dates.day(d)).isEqualTo(DAY.format(d));
        }
        assertThat(Dates.day(LocalDate.of(2026, 11, 26))).isEqualTo("26 November 2026");
        assertThat(Dates.day(LocalDate.of(999, 3, 4))).isEqualTo(DAY.format(LocalDate.of(999, 3, 4)));
        assertThat(Dates.day(LocalDate.of(12345, 3, 4))).isEqualTo(DAY.format(LocalDate.of(12345, 3, 4)));
    }

    @Test
    void writesEveryMonthAsTheEnglishPattern() {
        for (YearMonth m = YearMonth.of(1999, 1); m.getYear() < 2041; m = m.plusMonths(1)) {
            assertThat(Dates.month(m)).isEqualTo(MONTH.format(m));
        }
        assertThat(Dates.month(YearMonth.of(2027, 1))).isEqualTo("January 2027");
        assertThat(Dates.month(YearMonth.of(999, 1))).isEqualTo(MONTH.format(YearMonth.of(999, 1)));
    }
}

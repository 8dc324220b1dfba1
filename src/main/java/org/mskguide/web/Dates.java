package org.mskguide.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The site's one way of writing dates for readers, in sentences and templates alike. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    // A result page writes a dozen dates; joining the parts is several times cheaper than the formatter. Years
    // outside four digits (never seen here) still go through the formatter, which pads and signs them.
    private static final String[] MONTH_NAMES = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };

    private Dates() {
    }

    /** {@code 26 November 2026}. */
    public static String day(LocalDate date) {
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            return DAY.format(date);
        }
        return date.getDayOfMonth() + " " + MONTH_NAMES[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code January 2027}. */
    public static String month(YearMonth month) {
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            return MONTH.format(month);
        }
        return MONTH_NAMES[month.getMonthValue() - 1] + " " + month.getYear();
    }
}

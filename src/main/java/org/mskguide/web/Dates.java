package org.mskguide.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The site's one way of writing dates for readers, in sentences and templates alike. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** {@code 26 November 2026}. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** {@code January 2027}. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }
}

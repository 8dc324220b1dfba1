package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the self-check writes dates and numbers in its sentences: "1 June 2025", "January 2027", "1,200". */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "1 study", "12 studies". */
    static String studies(long n) {
        return number(n) + (n == 1 ? " study" : " studies");
    }
}

package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.mskguide.web.Dates;

/** How the self-check writes dates and numbers in its sentences: "1 June 2025", "January 2027", "1,200". */
public final class Wording {

    private Wording() {
    }

    public static String day(LocalDate date) {
        return Dates.day(date);
    }

    public static String month(YearMonth month) {
        return Dates.month(month);
    }

    public static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "1 study", "12 studies". */
    public static String studies(long n) {
        return number(n) + (n == 1 ? " study" : " studies");
    }
}

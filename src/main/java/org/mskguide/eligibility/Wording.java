package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;

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

    /** {@code 12,345}: thousands separated by commas, as {@code String.format(Locale.ENGLISH, "%,d", n)}. */
    public static String number(long n) {
        // By hand because every result page words several numbers, and String.format parses its pattern each time.
        if (n == Long.MIN_VALUE) {
            return "-9,223,372,036,854,775,808";
        }
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** "1 study", "12 studies". */
    public static String studies(long n) {
        return number(n) + (n == 1 ? " study" : " studies");
    }
}

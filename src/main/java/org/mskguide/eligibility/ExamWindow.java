package org.mskguide.eligibility;

import java.time.LocalDate;

import org.mskguide.content.FiveYearRule;

/**
 * The ARDMS exam window ("five-year rule"), counted in calendar years: it starts the day the first exam is passed
 * and runs through the rest of that year plus the next {@code years} years. A first pass on 6 June 2011 with a
 * five-year window means the second exam must be passed by 31 December 2016.
 */
public final class ExamWindow {

    private ExamWindow() {
    }

    /** The last day on which the second exam may be passed. */
    public static LocalDate deadline(LocalDate firstPass, int years) {
        return new FiveYearRule(years).deadline(firstPass);
    }

    /** True while the second exam can still be passed on {@code today}. */
    public static boolean open(LocalDate firstPass, int years, LocalDate today) {
        return !today.isAfter(deadline(firstPass, years));
    }
}

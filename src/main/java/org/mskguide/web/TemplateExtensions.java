package org.mskguide.web;

import java.time.LocalDate;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    /** {@code {page.lastReviewed.longDate}} prints {@code 26 November 2026}. */
    static String longDate(LocalDate date) {
        return date == null ? "" : Dates.day(date);
    }

    /** {@code {plan.reachedIn.monthYear}} prints {@code January 2027} for a {@code java.time.YearMonth}. */
    static String monthYear(java.time.YearMonth month) {
        return month == null ? "" : Dates.month(month);
    }

    /** {@code {share.percent}} prints {@code 0.4567} as {@code 46%}. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}

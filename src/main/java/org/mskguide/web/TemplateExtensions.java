package org.mskguide.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** {@code {page.lastReviewed.longDate}} prints {@code 26 November 2026}. */
    static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** {@code {plan.reachedIn.monthYear}} prints {@code January 2027} for a {@code java.time.YearMonth}. */
    static String monthYear(java.time.YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** {@code {share.percent}} prints {@code 0.4567} as {@code 46%}. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}

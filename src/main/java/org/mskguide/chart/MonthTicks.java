package org.mskguide.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Labels for a time axis counted in months: every month, or every 2, 3 or 6 months, or every 1, 2, 5 or 10 years,
 * whichever is the smallest step that keeps the number of labels within the limit. Labels fall on months that are
 * multiples of the step counted from January, so a 6-month step labels January and July, a yearly step each January.
 * <p>
 * Example: {@code MonthTicks.between(YearMonth.of(2024, 2), YearMonth.of(2027, 1), 7)} labels January 2025, 2026
 * and 2027 as {@code 2025}, {@code 2026}, {@code 2027}, each tick in front of its January.
 */
public final class MonthTicks {

    private static final int[] STEPS = { 1, 2, 3, 6, 12, 24, 60, 120, 240, 600 };
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * One label on the axis.
     *
     * @param month the month the tick stands in front of
     * @param label {@code Jan 2027}, or {@code 2027} on a yearly axis
     */
    public record Tick(YearMonth month, String label) {
    }

    private MonthTicks() {
    }

    /** Ticks for the months from {@code first} to {@code last}, both included, at most {@code maxLabels} of them. */
    public static List<Tick> between(YearMonth first, YearMonth last, int maxLabels) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The axis ends before it starts: " + first + " to " + last);
        }
        int limit = Math.max(1, maxLabels);
        for (int step : STEPS) {
            List<Tick> ticks = ticks(first, last, step);
            if (ticks.isEmpty()) {
                // A short axis that holds no multiple of the step: label where it starts.
                return List.of(new Tick(first, SHORT.format(first)));
            }
            if (ticks.size() <= limit) {
                return ticks;
            }
        }
        return ticks(first, last, STEPS[STEPS.length - 1]);
    }

    private static List<Tick> ticks(YearMonth first, YearMonth last, int step) {
        List<Tick> ticks = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long index = m.getYear() * 12L + m.getMonthValue() - 1;
            if (index % step == 0) {
                ticks.add(new Tick(m, step >= 12 ? Integer.toString(m.getYear()) : SHORT.format(m)));
            }
        }
        return ticks;
    }
}

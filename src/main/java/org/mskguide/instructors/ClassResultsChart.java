package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.chart.BarChart;
import org.mskguide.chart.Fill;
import org.mskguide.chart.NiceScale;

/**
 * The class's scores as bars: one row per score (or range of scores) from the lowest to the highest, the bar as long as
 * the number of attempts that got it. Drawn from {@link ClassStats#bins()}, the same numbers as the table beside it.
 * Example: {@code ClassResultsChart.svg(stats)}.
 */
public final class ClassResultsChart {

    public static final String ID = "class-scores-chart";

    private ClassResultsChart() {
    }

    /** The chart, or null without attempts (there is nothing to draw). */
    public static String svg(ClassStats stats) {
        if (stats.attempts() == 0) {
            return null;
        }
        List<BarChart.Row> rows = new ArrayList<>();
        int most = 0;
        for (ClassStats.Bin bin : stats.bins()) {
            most = Math.max(most, bin.count());
            rows.add(new BarChart.Row(bin.key(), bin.label(stats.total()),
                    bin.count() == 0 ? List.of() : List.of(new BarChart.Segment(bin.count(), Fill.SOLID)),
                    attempts(bin.count()), null));
        }
        String description = "One bar per score" + (stats.grouped() ? " range" : "") + ", from the lowest score (" + stats.lowest() + " right) to the highest ("
                + stats.highest() + " right): the longer the bar, the more attempts got that score. "
                + attempts(stats.attempts()) + " in all; the median score is " + stats.median() + " of "
                + stats.total() + ".";
        return new BarChart(ID, "How many attempts got each score", description, "Attempts",
                NiceScale.upTo(most, 6, true), v -> String.valueOf(Math.round(v)), List.of(), rows).svg();
    }

    static String attempts(int count) {
        return count + (count == 1 ? " attempt" : " attempts");
    }
}

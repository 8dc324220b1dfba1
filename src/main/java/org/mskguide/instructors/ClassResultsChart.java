package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.chart.BarChart;
import org.mskguide.chart.Fill;
import org.mskguide.chart.NiceScale;

/**
 * The class's scores as bars: one row per possible score (0 right up to all right), the bar as long as the number of
 * attempts that got it. Drawn from {@link ClassStats#distribution()}, the same numbers as the table beside it.
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
        for (int score = 0; score < stats.distribution().size(); score++) {
            int count = stats.distribution().get(score);
            most = Math.max(most, count);
            rows.add(new BarChart.Row("s" + score, score + " of " + stats.total() + " right",
                    count == 0 ? List.of() : List.of(new BarChart.Segment(count, Fill.SOLID)), attempts(count), null));
        }
        String description = "One bar per score, from 0 right to all " + stats.total() + " right: the longer the bar, "
                + "the more attempts got that score. " + attempts(stats.attempts()) + " in all; the median score is "
                + ClassStats.number(stats.median()) + " of " + stats.total() + ", and half of the attempts scored between "
                + ClassStats.number(stats.lowerQuartile()) + " and " + ClassStats.number(stats.upperQuartile()) + ".";
        return new BarChart(ID, "How many attempts got each score", description, "Attempts",
                NiceScale.upTo(most, 6, true), v -> String.valueOf(Math.round(v)), List.of(), rows).svg();
    }

    static String attempts(int count) {
        return count + (count == 1 ? " attempt" : " attempts");
    }
}

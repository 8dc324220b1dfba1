package org.mskguide.quiz;

import java.util.List;

import org.mskguide.chart.BarChart;
import org.mskguide.chart.Fill;
import org.mskguide.chart.NiceScale;

/**
 * {@code /quiz/stats} as bars: the share of answers that were right for each question, in the order of the table
 * (weakest first), each bar a link to the section the question tests. Drawn from the same rows as the table.
 * <p>
 * Example: {@code StatsChart.svg(page.rows())}.
 */
public final class StatsChart {

    /** The chart's id on the page; ids inside it start with this. */
    public static final String ID = "stats-chart";

    private StatsChart() {
    }

    /** The chart, or null when nobody has answered any of the questions yet (there is nothing to draw). */
    public static String svg(List<QuizPages.StatsRow> rows) {
        long answered = rows.stream().filter(r -> r.share() != null).count();
        if (answered == 0) {
            return null;
        }
        List<BarChart.Row> bars = rows.stream()
                .map(r -> new BarChart.Row(r.questionId(), r.questionText(),
                        r.share() == null ? List.of() : List.of(new BarChart.Segment(r.share(), Fill.SOLID)),
                        r.rightText(), r.section().href()))
                .toList();
        QuizPages.StatsRow weakest = rows.get(0);
        String description = "One bar per question, weakest first: the longer the bar, the larger the share of"
                + " answers that were right. The weakest is \"" + weakest.questionText() + "\" at "
                + weakest.rightText() + "." + (answered < rows.size()
                        ? " " + (rows.size() - answered) + " of the " + rows.size() + " questions have no answers yet."
                        : "")
                + " Each bar links to the section its question tests.";
        return new BarChart(ID, "Share of answers that were right, by question", description,
                "Share of answers that were right", NiceScale.upTo(1, 6, false), BarChart::percent, List.of(), bars)
                .svg();
    }
}

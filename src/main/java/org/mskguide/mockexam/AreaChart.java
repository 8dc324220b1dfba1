package org.mskguide.mockexam;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.chart.BarChart;
import org.mskguide.chart.Fill;
import org.mskguide.chart.Legend;
import org.mskguide.chart.NiceScale;

/**
 * A mock exam's score as bars: the whole exam, then one bar per content area, each split into right (solid), not right
 * (hatched) and unanswered (outlined) as shares of the area's questions, with the words ("8 of 12 right (67%)") at the
 * end of each bar. Drawn from the same {@link AreaScore} rows as the table beside it. Pure Java.
 * <p>
 * Example: {@code AreaChart.svg(scores)}.
 */
public final class AreaChart {

    /** The chart's id on the page; ids inside it start with this. */
    public static final String ID = "area-chart";

    private AreaChart() {
    }

    public static String svg(List<AreaScore> scores) {
        List<BarChart.Row> bars = new ArrayList<>();
        for (AreaScore s : scores) {
            double total = Math.max(1, s.total());
            bars.add(new BarChart.Row(s.key(), s.title(), List.of(new BarChart.Segment(s.right() / total, Fill.SOLID),
                    new BarChart.Segment(s.wrong() / total, Fill.HATCH),
                    new BarChart.Segment(s.unanswered() / total, Fill.OUTLINE)), s.rightText(), null));
        }
        List<Legend> legend = new ArrayList<>(List.of(new Legend(Fill.SOLID, "Right")));
        if (scores.stream().anyMatch(s -> s.wrong() > 0)) {
            legend.add(new Legend(Fill.HATCH, "Not right"));
        }
        if (scores.stream().anyMatch(s -> s.unanswered() > 0)) {
            legend.add(new Legend(Fill.OUTLINE, "Unanswered"));
        }
        StringBuilder description = new StringBuilder("You got ").append(scores.get(0).rightText()).append(". By area: ");
        for (int i = 1; i < scores.size(); i++) {
            description.append(i > 1 ? "; " : "").append(scores.get(i).title()).append(", ")
                    .append(scores.get(i).rightText());
        }
        return new BarChart(ID, "Your score, and by content area", description.append('.').toString(),
                "Share of the questions", NiceScale.upTo(1, 6, false), BarChart::percent, legend, bars).svg();
    }
}

package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.chart.BarChart;
import org.mskguide.chart.Fill;
import org.mskguide.chart.Legend;
import org.mskguide.chart.NiceScale;

/**
 * A quiz result's score as a bar, and one bar per topic under it when the quiz spans several: each bar split into
 * right (solid), not right (hatched) and unanswered (outlined), measured as a share of the questions. Drawn from the
 * same {@link QuizPages.TopicScore} rows as the table under it.
 * <p>
 * Example: {@code ScoreChart.svg(result.byTopic())}.
 */
public final class ScoreChart {

    /** The chart's id on the page; ids inside it start with this. */
    public static final String ID = "score-chart";

    private ScoreChart() {
    }

    public static String svg(List<QuizPages.TopicScore> scores) {
        List<BarChart.Row> bars = new ArrayList<>();
        boolean wrong = false;
        boolean unanswered = false;
        for (QuizPages.TopicScore s : scores) {
            double total = Math.max(1, s.total());
            List<BarChart.Segment> segments = new ArrayList<>();
            segments.add(new BarChart.Segment(s.right() / total, Fill.SOLID));
            segments.add(new BarChart.Segment(s.wrong() / total, Fill.HATCH));
            segments.add(new BarChart.Segment(s.unanswered() / total, Fill.OUTLINE));
            wrong |= s.wrong() > 0;
            unanswered |= s.unanswered() > 0;
            bars.add(new BarChart.Row(s.key(), s.title(), segments, s.rightText(), null));
        }
        List<Legend> legend = new ArrayList<>(List.of(new Legend(Fill.SOLID, "Right")));
        if (wrong) {
            legend.add(new Legend(Fill.HATCH, "Not right"));
        }
        if (unanswered) {
            legend.add(new Legend(Fill.OUTLINE, "Unanswered"));
        }
        QuizPages.TopicScore all = scores.get(0);
        StringBuilder description = new StringBuilder("You got ").append(all.rightText()).append('.');
        if (scores.size() > 1) {
            description.append(" By topic: ");
            for (int i = 1; i < scores.size(); i++) {
                description.append(i > 1 ? "; " : "").append(scores.get(i).title()).append(", ")
                        .append(scores.get(i).rightText());
            }
            description.append('.');
        }
        return new BarChart(ID, scores.size() > 1 ? "Your score, and by topic" : "Your score",
                description.toString(), "Share of the questions", NiceScale.upTo(1, 6, false), BarChart::percent,
                legend, bars).svg();
    }
}

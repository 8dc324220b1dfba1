package org.mskguide.eligibility.planner;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.chart.Fill;
import org.mskguide.chart.Legend;
import org.mskguide.chart.Marker;
import org.mskguide.chart.MonthChart;
import org.mskguide.eligibility.Wording;

/**
 * The study plan as a chart, drawn from {@link StudyPlan#timeline()}, the list the chart's table of numbers is
 * made from: studies each month (logged, projected at the reader's pace, fallen out of the window) above, and below
 * the studies the window would hold for an application in each month, against the minimum from the rules data.
 * <p>
 * Example: {@code PlanChart.svg(plan)} in the plan page's resource.
 */
public final class PlanChart {

    /** The chart's id on the page; ids inside it start with this. */
    public static final String ID = "plan-chart";
    /** The callouts' keys: the earliest month and the reader's own month. */
    public static final String EARLIEST = "earliest";
    public static final String APPLY_IN = "apply-in";

    private PlanChart() {
    }

    /** The fill a month's bar gets: what kind of month it is. */
    public static Fill fill(StudyPlan.TimelineMonth m) {
        if (m.isProjected()) {
            return Fill.HATCH;
        }
        return switch (m.status()) {
            case COUNTED -> Fill.SOLID;
            case BEFORE_WINDOW -> Fill.OUTLINE;
            case AFTER_APPLICATION -> Fill.DOTS;
        };
    }

    /** The chart as an inline {@code <svg>}. */
    public static String svg(StudyPlan plan) {
        List<MonthChart.Month> months = plan.timeline().stream()
                .map(m -> new MonthChart.Month(m.month(), m.studies(), fill(m), m.windowTotal(), m.isProjected()))
                .toList();
        String applyIn = Wording.month(plan.applyIn());
        boolean projection = plan.timeline().stream().anyMatch(StudyPlan.TimelineMonth::isProjected);

        List<Legend> legend = new ArrayList<>();
        addIfUsed(legend, months, Fill.SOLID, "Logged, counts for " + applyIn);
        addIfUsed(legend, months, Fill.OUTLINE, "Logged, fallen out");
        addIfUsed(legend, months, Fill.DOTS, "Logged, after " + applyIn);
        addIfUsed(legend, months, Fill.HATCH, "Projected, " + Wording.number(plan.pace()) + " a month");

        List<MonthChart.Callout> callouts = new ArrayList<>();
        if (plan.earliest() != null) {
            callouts.add(new MonthChart.Callout(EARLIEST, plan.earliest(), earliestLabel(plan), Marker.TRIANGLE));
        }
        callouts.add(new MonthChart.Callout(APPLY_IN, plan.applyIn(), applyInLabel(plan), Marker.SQUARE));

        return new MonthChart(ID, "Your studies month by month, and when you could reach "
                + Wording.number(plan.required()), description(plan), "Studies each month",
                "Studies in the " + plan.windowMonths() + "-month window if you apply in that month", months,
                new MonthChart.Band(plan.windowStart(), plan.applyIn(), "Window for " + applyIn),
                projection ? plan.thisMonth() : null, "Logged up to " + Wording.month(plan.thisMonth()),
                plan.required(), Wording.number(plan.required()) + " needed", callouts, legend).svg();
    }

    /** The label of the earliest month, e.g. "Earliest you could apply: February 2028". */
    public static String earliestLabel(StudyPlan plan) {
        return "Earliest you could apply: " + Wording.month(plan.earliest());
    }

    /** The label of the reader's own month, e.g. "Your month, January 2027: 95 studies". */
    public static String applyInLabel(StudyPlan plan) {
        int total = plan.projectedAtApplication() != null ? plan.projectedAtApplication() : plan.counted();
        return "Your month, " + Wording.month(plan.applyIn()) + ": " + Wording.studies(total);
    }

    private static String description(StudyPlan plan) {
        StringBuilder text = new StringBuilder("Bars show your studies each month from ")
                .append(Wording.month(plan.timelineStart())).append(" to ")
                .append(Wording.month(plan.timeline().get(plan.timeline().size() - 1).month()))
                .append(": solid bars count for ").append(Wording.month(plan.applyIn()))
                .append(", outlined bars have fallen out of its window");
        if (plan.timeline().stream().anyMatch(StudyPlan.TimelineMonth::isProjected)) {
            text.append(", hatched bars are the ").append(Wording.number(plan.pace()))
                    .append(" a month assumed from ").append(Wording.month(plan.projectionFrom()));
        }
        text.append(". The line shows how many studies the window would hold if you applied in each month, against the ")
                .append(Wording.number(plan.required())).append(" needed. ");
        if (plan.earliest() != null) {
            text.append("It first reaches ").append(Wording.number(plan.required())).append(" in ")
                    .append(Wording.month(plan.earliest())).append('.');
        } else {
            text.append("At this pace it never reaches ").append(Wording.number(plan.required())).append('.');
        }
        if (plan.timelineCut()) {
            text.append(" Logged months before ").append(Wording.month(plan.timelineStart()))
                    .append(" are not drawn; the month table lists them.");
        }
        return text.toString();
    }

    private static void addIfUsed(List<Legend> legend, List<MonthChart.Month> months, Fill fill, String label) {
        if (months.stream().anyMatch(m -> m.fill() == fill && m.count() > 0)) {
            legend.add(new Legend(fill, label));
        }
    }
}

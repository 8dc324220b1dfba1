package org.mskguide.eligibility.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.ChartReader;
import org.mskguide.chart.Fill;
import org.mskguide.eligibility.CredentialRules;
import org.mskguide.eligibility.TestRules;

/**
 * The plan's chart says what the plan's tables say: it is read back from its SVG (bar heights and the threshold
 * measured against the chart's own axis labels) and compared with the records that fill the tables.
 */
class PlanChartTest {

    private static final List<StudyMonth> LOG = List.of(new StudyMonth(YearMonth.of(2024, 1), 10, 1),
            new StudyMonth(YearMonth.of(2024, 2), 10, 2), new StudyMonth(YearMonth.of(2025, 6), 40, 3),
            new StudyMonth(YearMonth.of(2026, 10), 30, 4), new StudyMonth(YearMonth.of(2026, 11), 5, 5));

    private static StudyPlan plan(CredentialRules rules) {
        return new StudyPlanner(rules, TestRules.on(2026, 11, 26)).plan(LOG, YearMonth.of(2027, 1), null);
    }

    @Test
    void everyBarIsTheMonthsStudiesInTheFillOfItsStanding() {
        StudyPlan plan = plan(TestRules.standard());
        Element svg = ChartReader.parse(PlanChart.svg(plan));
        Element axis = svg.selectFirst("g.bars-ticks");

        for (StudyPlan.TimelineMonth m : plan.timeline()) {
            Element bar = svg.getElementById(PlanChart.ID + "-bar-" + m.month());
            if (m.studies() == 0) {
                assertThat(bar).as(m.month().toString()).isNull();
                continue;
            }
            assertThat(ChartReader.valueOfHeight(axis, ChartReader.num(bar, "height"))).as(m.month().toString())
                    .isCloseTo(m.studies(), offset(0.05));
            assertThat(bar.hasClass("bar-" + PlanChart.fill(m).name().toLowerCase())).isTrue();
        }
        // The month table's rows (logged months) are bars in the fill of their status.
        for (StudyPlan.PlanMonth m : plan.months()) {
            Element bar = svg.getElementById(PlanChart.ID + "-bar-" + m.month());
            Fill expected = switch (m.status()) {
                case COUNTED -> Fill.SOLID;
                case BEFORE_WINDOW -> Fill.OUTLINE;
                case AFTER_APPLICATION -> Fill.DOTS;
            };
            assertThat(bar.hasClass("bar-" + expected.name().toLowerCase())).as(m.month().toString()).isTrue();
        }
        assertThat(svg.select(".legend-label")).extracting(ChartReader::text).containsExactly(
                "Logged, counts for January 2027", "Logged, fallen out", "Projected, 5 a month");
    }

    @Test
    void theThresholdLineSitsAtTheStudiesRequiredAndMovesWhenItChanges() {
        for (int required : List.of(150, 120, 200)) {
            StudyPlan plan = plan(TestRules.with(Map.of("studiesRequired", required, "studiesWindowMonths", 36)));
            Element svg = ChartReader.parse(PlanChart.svg(plan));
            Element line = svg.getElementById(PlanChart.ID + "-threshold");

            assertThat(ChartReader.valueAt(svg.selectFirst("g.line-ticks"), ChartReader.num(line, "y1")))
                    .as("required %d", required).isCloseTo(required, offset(0.5));
            assertThat(svg.select(".threshold-label").text()).isEqualTo(required + " needed");
        }
        // With the real rules data, the line sits at the value in content/credentials/rmsks.yml.
        StudyPlan real = plan(TestRules.real());
        Element svg = ChartReader.parse(PlanChart.svg(real));
        assertThat(ChartReader.valueAt(svg.selectFirst("g.line-ticks"),
                ChartReader.num(svg.getElementById(PlanChart.ID + "-threshold"), "y1")))
                .isCloseTo(TestRules.real().required(), offset(0.5));
    }

    @Test
    void theLineIsTheWindowTotalAndItsCalloutsAreTheEarliestMonthAndTheReadersMonth() {
        StudyPlan plan = plan(TestRules.standard());
        Element svg = ChartReader.parse(PlanChart.svg(plan));
        Element axis = svg.selectFirst("g.line-ticks");
        String known = svg.selectFirst("polyline.line-known").attr("points");
        String projected = svg.selectFirst("polyline.line-projected").attr("points");
        List<String> points = new ArrayList<>(List.of(known.split(" ")));
        List<String> rest = List.of(projected.split(" "));
        points.addAll(rest.subList(1, rest.size()));

        assertThat(points).hasSize(plan.timeline().size());
        for (int i = 0; i < points.size(); i++) {
            double y = Double.parseDouble(points.get(i).split(",")[1]);
            assertThat(ChartReader.valueAt(axis, y)).as(plan.timeline().get(i).month().toString())
                    .isCloseTo(plan.timeline().get(i).windowTotal(), offset(0.5));
        }
        assertThat(svg.select("#" + PlanChart.ID + "-callout-" + PlanChart.EARLIEST + " .callout-label").text())
                .isEqualTo("Earliest you could apply: February 2028");
        assertThat(svg.select("#" + PlanChart.ID + "-callout-" + PlanChart.APPLY_IN + " .callout-label").text())
                .isEqualTo("Your month, January 2027: " + plan.projectedAtApplication() + " studies");
        assertThat(svg.select("#" + PlanChart.ID + "-band .band-label").text()).isEqualTo("Window for January 2027");
        assertThat(svg.selectFirst("desc").text()).contains("It first reaches 150 in February 2028.");
    }

    @Test
    void aPaceThatNeverGetsThereHasNoEarliestCalloutAndSaysSo() {
        StudyPlan plan = new StudyPlanner(TestRules.standard(), TestRules.on(2026, 11, 26))
                .plan(List.of(new StudyMonth(YearMonth.of(2026, 11), 4, 1)), YearMonth.of(2027, 6), 4);

        Element svg = ChartReader.parse(PlanChart.svg(plan));

        assertThat(plan.earliest()).isNull();
        assertThat(svg.getElementById(PlanChart.ID + "-callout-" + PlanChart.EARLIEST)).isNull();
        assertThat(svg.selectFirst("desc").text()).contains("At this pace it never reaches 150.");
    }
}

package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MonthChartTest {

    private static final YearMonth START = YearMonth.of(2024, 1);

    /** 24 months: 10 a month logged for 12 months, then 6 a month projected; totals climb by the month's count. */
    private static List<MonthChart.Month> months() {
        List<MonthChart.Month> months = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 24; i++) {
            int count = i < 12 ? 10 + i : 6;
            total += count;
            months.add(new MonthChart.Month(START.plusMonths(i), count, i < 12 ? Fill.SOLID : Fill.HATCH, total,
                    i >= 12));
        }
        return months;
    }

    private static MonthChart chart(int threshold) {
        return new MonthChart("m", "Studies", "What it shows.", "Each month", "Running total", months(),
                new MonthChart.Band(START.plusMonths(3), START.plusMonths(14), "Window"), START.plusMonths(11),
                "Logged up to December 2024", threshold, threshold + " needed",
                List.of(new MonthChart.Callout("reached", START.plusMonths(20), "Reached: September 2025",
                        Marker.TRIANGLE)),
                List.of(new Legend(Fill.SOLID, "Logged"), new Legend(Fill.HATCH, "Projected")));
    }

    @Test
    void barsAreAsTallAsTheirCountsOnTheChartsOwnAxis() {
        Element svg = ChartReader.parse(chart(150).svg());
        Element axis = svg.selectFirst("g.bars-ticks");

        for (MonthChart.Month month : months()) {
            Element bar = svg.getElementById("m-bar-" + month.month());
            assertThat(ChartReader.valueOfHeight(axis, ChartReader.num(bar, "height"))).as(month.month().toString())
                    .isCloseTo(month.count(), offset(0.05));
            assertThat(bar.hasClass("bar-" + month.fill().name().toLowerCase())).isTrue();
        }
    }

    @Test
    void theThresholdLineSitsAtItsValueAndMovesWithIt() {
        for (int threshold : List.of(150, 120, 300)) {
            Element svg = ChartReader.parse(chart(threshold).svg());
            Element line = svg.getElementById("m-threshold");

            assertThat(ChartReader.valueAt(svg.selectFirst("g.line-ticks"), ChartReader.num(line, "y1")))
                    .as("threshold %d", threshold).isCloseTo(threshold, offset(0.5));
            assertThat(svg.select(".threshold-label").text()).isEqualTo(threshold + " needed");
        }
    }

    @Test
    void theLineIsSolidOverKnownMonthsAndDashedOverProjectedOnesWithItsCalloutOnIt() {
        Element svg = ChartReader.parse(chart(150).svg());
        Element axis = svg.selectFirst("g.line-ticks");
        String[] known = svg.selectFirst("polyline.line-known").attr("points").split(" ");
        String[] projected = svg.selectFirst("polyline.line-projected").attr("points").split(" ");

        assertThat(known).hasSize(12);
        // The projection starts from the last known point, so the line has no gap.
        assertThat(projected).hasSize(13);
        assertThat(projected[0]).isEqualTo(known[11]);
        List<MonthChart.Month> months = months();
        for (int i = 0; i < 12; i++) {
            double y = Double.parseDouble(known[i].split(",")[1]);
            assertThat(ChartReader.valueAt(axis, y)).isCloseTo(months.get(i).total(), offset(0.5));
        }
        Element callout = svg.getElementById("m-callout-reached");
        assertThat(callout.select(".callout-label").text()).isEqualTo("Reached: September 2025");
        Element marker = callout.selectFirst(".marker-triangle");
        assertThat(marker).isNotNull();
        double x = Double.parseDouble(projected[20 - 11].split(",")[0]);
        assertThat(marker.attr("d")).startsWith("M" + Svg.num(x) + " ");
    }

    @Test
    void theBandAndTheNowLineAreLabelled() {
        Element svg = ChartReader.parse(chart(150).svg());

        assertThat(svg.select("#m-band .band-label").text()).isEqualTo("Window");
        Element band = svg.selectFirst("#m-band rect");
        Element first = svg.getElementById("m-bar-2024-04");
        Element last = svg.getElementById("m-bar-2025-03");
        assertThat(ChartReader.num(band, "x")).isLessThan(ChartReader.num(first, "x"));
        assertThat(ChartReader.num(band, "x") + ChartReader.num(band, "width"))
                .isGreaterThan(ChartReader.num(last, "x") + ChartReader.num(last, "width"));
        assertThat(svg.select("#m-now .now-label").text()).isEqualTo("Logged up to December 2024");
    }

    @Test
    void monthsMustFollowEachOther() {
        List<MonthChart.Month> gap = List.of(new MonthChart.Month(START, 1, Fill.SOLID, 1, false),
                new MonthChart.Month(START.plusMonths(2), 1, Fill.SOLID, 2, false));

        assertThatThrownBy(() -> new MonthChart("m", "t", "d", "b", "l", gap, null, null, "", 1, "1", List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("follow");
    }
}

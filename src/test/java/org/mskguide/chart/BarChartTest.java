package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static BarChart.Row row(String key, String label, double share, String href) {
        return new BarChart.Row(key, label, List.of(new BarChart.Segment(share, Fill.SOLID)),
                BarChart.percent(share), href);
    }

    private static BarChart chart(List<BarChart.Row> rows, List<Legend> legend) {
        return new BarChart("test-chart", "Shares", "One bar per item.", "Share right", NiceScale.upTo(1, 6, false),
                BarChart::percent, legend, rows);
    }

    @Test
    void eachBarIsAsLongAsItsValueOnTheChartsOwnAxis() {
        List<BarChart.Row> rows = List.of(row("a", "First", 0.25, null), row("b", "Second", 0.5, null),
                row("c", "Third", 1, null), row("d", "Fourth", 0, null));

        Element svg = ChartReader.parse(chart(rows, List.of()).svg());

        for (BarChart.Row row : rows) {
            Element drawn = svg.getElementById("test-chart-row-" + row.key());
            assertThat(ChartReader.text(drawn.selectFirst(".bar-label"))).isEqualTo(row.label());
            assertThat(ChartReader.text(drawn.selectFirst(".bar-value"))).isEqualTo(row.valueText());
            assertThat(ChartReader.barShare(svg, drawn)).as(row.key()).isCloseTo(row.total(),
                    offset(0.001));
        }
        assertThat(svg.select("g.axis text.tick:not(.tick-bottom)")).extracting(ChartReader::text)
                .containsExactly("0%", "20%", "40%", "60%", "80%", "100%");
    }

    @Test
    void stackedSegmentsFollowEachOtherAndTheLegendNamesEachFill() {
        BarChart.Row row = new BarChart.Row("all", "All questions", List.of(new BarChart.Segment(0.5, Fill.SOLID),
                new BarChart.Segment(0.25, Fill.HATCH), new BarChart.Segment(0.25, Fill.OUTLINE)), "4 of 8 right", null);
        List<Legend> legend = List.of(new Legend(Fill.SOLID, "Right"), new Legend(Fill.HATCH, "Not right"),
                new Legend(Fill.OUTLINE, "Unanswered"));

        Element svg = ChartReader.parse(chart(List.of(row), legend).svg());
        Element drawn = svg.getElementById("test-chart-row-all");

        assertThat(ChartReader.segmentShare(svg, drawn, Fill.SOLID)).isCloseTo(0.5, offset(0.001));
        assertThat(ChartReader.segmentShare(svg, drawn, Fill.HATCH)).isCloseTo(0.25, offset(0.001));
        List<Element> rects = drawn.select("rect[class*=bar-]");
        assertThat(ChartReader.num(rects.get(1), "x")).isCloseTo(
                ChartReader.num(rects.get(0), "x") + ChartReader.num(rects.get(0), "width"),
                offset(0.11));
        assertThat(svg.select("g.legend .legend-label")).extracting(ChartReader::text)
                .containsExactly("Right", "Not right", "Unanswered");
        // The hatch is a pattern inside this chart, named after it.
        assertThat(svg.select("defs pattern")).extracting(p -> p.id()).containsExactly("test-chart-hatch");
        assertThat(drawn.selectFirst("rect.bar-hatch").attr("fill")).isEqualTo("url(#test-chart-hatch)");
    }

    @Test
    void aChartWithLinksIsAGroupOfLinksAndOneWithoutIsAnImage() {
        Element linked = ChartReader.parse(chart(List.of(row("a", "First", 0.3, "/topics/a#b")), List.of()).svg());
        Element image = ChartReader.parse(chart(List.of(row("a", "First", 0.3, null)), List.of()).svg());

        assertThat(linked.attr("role")).isEqualTo("group");
        assertThat(linked.select("a#test-chart-row-a").attr("href")).isEqualTo("/topics/a#b");
        assertThat(image.attr("role")).isEqualTo("img");
        assertThat(image.select("a")).isEmpty();
    }

    @Test
    void aRowWithoutAValueHasAnEmptyTrackAndSaysSo() {
        BarChart.Row none = new BarChart.Row("n", "Nobody yet", List.of(), "No answers yet", null);

        Element drawn = ChartReader.parse(chart(List.of(none), List.of()).svg()).getElementById("test-chart-row-n");

        assertThat(drawn.select("rect[class*=bar-]")).isEmpty();
        assertThat(drawn.select("rect.track")).hasSize(1);
        assertThat(ChartReader.text(drawn.selectFirst(".bar-value"))).isEqualTo("No answers yet");
    }

    @Test
    void longLabelsWrapInsideTheDrawingAndReadAsOneSentence() {
        String label = "A 2005 article by Jacobson named areas where ultrasound has advantages over magnetic resonance"
                + " imaging (MRI). Which is one of them, according to the guide's own summary of that article?";

        Element svg = ChartReader.parse(chart(List.of(row("long", label, 0.4, null)), List.of()).svg());
        Element text = svg.selectFirst("#test-chart-row-long .bar-label");

        assertThat(text.select("tspan")).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(TextMetrics.width(line.text(), 16)).isLessThanOrEqualTo(720 - 16));
        assertThat(ChartReader.text(text)).isEqualTo(label);
    }
}

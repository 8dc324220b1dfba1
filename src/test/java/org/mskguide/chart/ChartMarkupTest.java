package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every chart's markup promises, whatever it draws: accessible name and description, text escaped, nothing but
 * drawing, colours by class only, ids scoped to the chart, labels large enough and inside the picture.
 */
class ChartMarkupTest {

    /** Text a reader (or a stored question) might contain that must stay text. */
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'quotes' ]]> <!-- -->";

    record Sample(String name, String id, String svg) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> charts() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("bar chart", "bars", new BarChart("bars", "Bars " + HOSTILE, "About " + HOSTILE,
                "Axis " + HOSTILE, NiceScale.upTo(1, 6, false), BarChart::percent,
                List.of(new Legend(Fill.SOLID, "Right " + HOSTILE), new Legend(Fill.HATCH, "Not right")),
                List.of(new BarChart.Row("one", HOSTILE, List.of(new BarChart.Segment(0.4, Fill.SOLID),
                        new BarChart.Segment(0.2, Fill.HATCH)), "40% " + HOSTILE, "/topics/x?a=1&b=\"2\"")))
                .svg()));
        List<MonthChart.Month> months = new ArrayList<>();
        YearMonth start = YearMonth.of(2024, 1);
        for (int i = 0; i < 40; i++) {
            Fill fill = i < 2 ? Fill.OUTLINE : i < 35 ? Fill.SOLID : i < 37 ? Fill.DOTS : Fill.HATCH;
            months.add(new MonthChart.Month(start.plusMonths(i), i % 5 * 3, fill, i * 4L, i >= 35));
        }
        samples.add(new Sample("month chart", "months", new MonthChart("months", "Months " + HOSTILE, HOSTILE,
                "Bars " + HOSTILE, "Line " + HOSTILE, months,
                new MonthChart.Band(start.plusMonths(2), start.plusMonths(37), "Window " + HOSTILE),
                start.plusMonths(34), "Now " + HOSTILE, 150, "150 " + HOSTILE,
                List.of(new MonthChart.Callout("c", start.plusMonths(38), HOSTILE, Marker.TRIANGLE)),
                List.of(new Legend(Fill.SOLID, "Logged"), new Legend(Fill.DOTS, "After"))).svg()));
        samples.add(new Sample("timeline", "dates", new Timeline("dates", "Dates " + HOSTILE, HOSTILE, List.of(
                new Timeline.Event("today", LocalDate.of(2026, 11, 28), "Today", HOSTILE, Marker.CIRCLE),
                new Timeline.Event("end", LocalDate.of(2031, 12, 31), HOSTILE, "31 December 2031", Marker.SQUARE)))
                .svg()));
        return samples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void theRootIsAnAccessibleScalableSvg(Sample sample) {
        Element svg = ChartReader.parse(sample.svg());

        assertThat(svg.attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.attr("viewBox")).startsWith("0 0 720 ");
        assertThat(svg.hasAttr("width") || svg.hasAttr("height")).as("size comes from CSS").isFalse();
        assertThat(svg.attr("role")).isIn("img", "group");
        assertThat(svg.attr("aria-labelledby")).isEqualTo(sample.id() + "-title " + sample.id() + "-desc");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.child(0).id()).isEqualTo(sample.id() + "-title");
        assertThat(svg.child(1).tagName()).isEqualTo("desc");
        assertThat(svg.child(1).id()).isEqualTo(sample.id() + "-desc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void textIsEscapedAndNothingButDrawingIsInside(Sample sample) {
        Element svg = ChartReader.parse(sample.svg());

        assertThat(svg.select("script, style, foreignObject, image, iframe")).isEmpty();
        assertThat(svg.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            if (!a.getKey().equals("xmlns")) {
                assertThat(a.getValue()).doesNotContain("javascript:", "http:", "https:");
            }
        }));
        assertThat(svg.select("title").text()).contains(HOSTILE);
        assertThat(svg.wholeText()).contains(HOSTILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void coloursComeFromPaletteClassesAndIdsAreScopedToTheChart(Sample sample) {
        Element svg = ChartReader.parse(sample.svg());

        assertThat(svg.getAllElements()).allSatisfy(e -> {
            String fill = e.attr("fill");
            assertThat(fill).as("fill of " + e.tagName()).matches("|url\\(#" + sample.id() + "-[a-z]+\\)");
            assertThat(e.attr("stroke")).isEmpty();
            if (!e.id().isEmpty() && e != svg) {
                assertThat(e.id()).startsWith(sample.id() + "-");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void labelsAreAtLeast15UnitsAndStayInsideThePicture(Sample sample) {
        Element svg = ChartReader.parse(sample.svg());
        String[] box = svg.attr("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);

        for (Element text : svg.select("text")) {
            double size = ChartReader.fontSize(text);
            assertThat(size).as("font size of \"" + text.text() + "\"").isGreaterThanOrEqualTo(15);
            List<Element> lines = text.select("tspan").isEmpty() ? List.of(text) : text.select("tspan");
            for (Element line : lines) {
                double x = ChartReader.num(line, "x");
                double y = ChartReader.num(line, "y");
                double w = TextMetrics.width(line.ownText(), size, text.hasClass("t-bold"));
                String anchor = text.attr("text-anchor");
                double left = switch (anchor) {
                    case "end" -> x - w;
                    case "middle" -> x - w / 2;
                    default -> x;
                };
                assertThat(left).as("left edge of \"" + line.ownText() + "\"").isGreaterThanOrEqualTo(0);
                assertThat(left + w).as("right edge of \"" + line.ownText() + "\"").isLessThanOrEqualTo(width);
                assertThat(y - size).as("top of \"" + line.ownText() + "\"").isGreaterThanOrEqualTo(0);
                assertThat(y + size * 0.3).as("bottom of \"" + line.ownText() + "\"").isLessThanOrEqualTo(height);
            }
        }
    }
}

package org.mskguide.chart;

import java.util.EnumSet;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one row per item, each row's label written above its bar so that long labels (a quiz question)
 * wrap instead of being cut. A bar may be stacked from segments (right, not right, unanswered); the text at the
 * end of each row says the value in words, so the numbers are readable without measuring bars. A row with a
 * link becomes one link (label, bar and value), and the chart is then a labelled group rather than an image.
 * <p>
 * Example: {@code new BarChart("stats-chart", "Share right", "...", "Share of answers that were right",
 * NiceScale.upTo(1, 6, false), BarChart::percent, List.of(), rows).svg()}.
 *
 * @param id          unique on the page; ids inside start with it
 * @param title       the accessible name, short
 * @param description one or two sentences on what the chart shows
 * @param axisLabel   what the scale measures, shown above it
 * @param scale       the scale the bars are measured on
 * @param tickFormat  how a tick value is written, e.g. {@link #percent(double)}
 * @param legend      the key, when bars have more than one fill; may be empty
 * @param rows        the bars, top to bottom
 */
public record BarChart(String id, String title, String description, String axisLabel, NiceScale scale,
        DoubleFunction<String> tickFormat, List<Legend> legend, List<Row> rows) {

    private static final double MARGIN = 8;
    private static final double LINE = 20;
    private static final double BAR = 22;
    private static final double ROW_GAP = 20;
    private static final double VALUE_GAP = 12;
    private static final double MAX_VALUE_COLUMN = 240;

    public BarChart {
        legend = List.copyOf(legend);
        rows = List.copyOf(rows);
    }

    /**
     * One bar.
     *
     * @param key       stable and id-safe, e.g. a question id; the row's element id is {@code <chart>-row-<key>}
     * @param label     the text above the bar
     * @param segments  stacked from 0 in order; empty for a row with no value yet
     * @param valueText the value in words at the end of the row, e.g. "46% (6 of 13)"
     * @param href      where the row links to, or null
     */
    public record Row(String key, String label, List<Segment> segments, String valueText, String href) {
        public Row {
            segments = List.copyOf(segments);
        }

        /** The sum of the segments: where the bar ends. */
        public double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    /** One part of a bar, in the scale's units. */
    public record Segment(double value, Fill fill) {
    }

    /** A share as a whole percentage: 0.456 is {@code 46%}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** The bar's height, or more when the value's words need more than one line. */
    private static double barRowHeight(Row row, double valueWidth) {
        return Math.max(BAR, TextMetrics.wrap(row.valueText, Frame.FONT, valueWidth).size() * LINE + 2);
    }

    /** The chart as an inline {@code <svg>} element. */
    public String svg() {
        double right = Frame.WIDTH - MARGIN;
        double valueColumn = Math.min(MAX_VALUE_COLUMN,
                rows.stream().mapToDouble(r -> TextMetrics.width(r.valueText, Frame.FONT)).max().orElse(0))
                + VALUE_GAP;
        double plotLeft = MARGIN;
        double plotRight = right - valueColumn;
        double labelWidth = right - MARGIN;

        double legendHeight = Legend.height(legend, MARGIN, right);
        double y = MARGIN + legendHeight + (legendHeight > 0 ? 8 : 0);
        double axisTitleY = y + 16;
        double ticksY = axisTitleY + 24;
        double rowsTop = ticksY + 10;
        double height = rowsTop;
        double valueWidth = valueColumn - VALUE_GAP;
        for (Row row : rows) {
            height += TextMetrics.wrap(row.label, Frame.FONT, labelWidth).size() * LINE + 6
                    + barRowHeight(row, valueWidth) + ROW_GAP;
        }
        double rowsBottom = height - ROW_GAP + 6;
        height = rowsBottom + 24 + MARGIN;

        EnumSet<Fill> fills = EnumSet.noneOf(Fill.class);
        rows.forEach(r -> r.segments.forEach(s -> fills.add(s.fill)));
        legend.forEach(l -> fills.add(l.fill()));
        boolean links = rows.stream().anyMatch(r -> r.href != null);
        Svg svg = Frame.begin(id, height, title, description, links, fills);

        Legend.draw(svg, id, legend, MARGIN, right, MARGIN);
        svg.text(plotLeft, axisTitleY, axisLabel, "class", "axis-label t-bold");
        // Tick labels above the rows and again below them, so a long chart reads at either end; the grid is
        // drawn inside each bar's track only, so it never crosses a label.
        svg.open("g", "class", "axis", "font-size", Svg.num(Frame.SMALL));
        List<Double> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            double tick = ticks.get(i);
            double x = scale.at(tick, plotLeft, plotRight);
            String anchor = i == 0 ? "start" : i == ticks.size() - 1 ? "end" : "middle";
            svg.text(x, ticksY, tickFormat.apply(tick), "class", "tick", "text-anchor", anchor);
            svg.text(x, rowsBottom + 20, tickFormat.apply(tick), "class", "tick tick-bottom", "text-anchor", anchor);
        }
        svg.close();

        double rowTop = rowsTop;
        for (Row row : rows) {
            List<String> lines = TextMetrics.wrap(row.label, Frame.FONT, labelWidth);
            if (row.href != null) {
                svg.open("a", "href", row.href, "id", id + "-row-" + row.key, "class", "chart-row");
            } else {
                svg.open("g", "id", id + "-row-" + row.key, "class", "chart-row");
            }
            Frame.lines(svg, MARGIN, rowTop + 15, LINE, lines, "class", "bar-label");
            double barTop = rowTop + lines.size() * LINE + 6;
            svg.leaf("rect", "x", Svg.num(plotLeft), "y", Svg.num(barTop), "width", Svg.num(plotRight - plotLeft),
                    "height", Svg.num(BAR), "class", "track f-none s-grid");
            StringBuilder grid = new StringBuilder();
            for (double tick : ticks.subList(1, ticks.size() - 1)) {
                grid.append('M').append(Svg.num(scale.at(tick, plotLeft, plotRight))).append(' ')
                        .append(Svg.num(barTop)).append('v').append(Svg.num(BAR));
            }
            if (!grid.isEmpty()) {
                svg.leaf("path", "d", grid.toString(), "class", "grid f-none s-grid");
            }
            double from = 0;
            for (Segment segment : row.segments) {
                double x0 = scale.at(from, plotLeft, plotRight);
                double x1 = scale.at(from + segment.value, plotLeft, plotRight);
                if (x1 > x0) {
                    segment.fill.rect(svg, id, x0, barTop, x1 - x0, BAR);
                }
                from += segment.value;
            }
            Frame.lines(svg, plotRight + VALUE_GAP, barTop + 16, LINE,
                    TextMetrics.wrap(row.valueText, Frame.FONT, valueWidth), "class", "bar-value");
            svg.close();
            rowTop = barTop + barRowHeight(row, valueWidth) + ROW_GAP;
        }
        return svg.finish();
    }
}

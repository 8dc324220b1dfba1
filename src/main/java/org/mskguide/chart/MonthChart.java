package org.mskguide.chart;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Two panels over the same run of months: above, a bar for each month's count (its fill says what kind of month
 * it is); below, a line of a running total with a horizontal threshold line, and labelled points on it. A shaded,
 * labelled band marks a span of months in the upper panel, and a "now" line divides both panels where the known
 * months end and the projected ones begin.
 * <p>
 * Built for the study-count planner: bars are studies per month (logged, projected, fallen out), the line is the
 * window total for an application in that month, the threshold is the studies required.
 *
 * @param id          unique on the page; ids inside start with it
 * @param title       the accessible name, short
 * @param description one or two sentences on what the chart shows and what it says
 * @param barsTitle   the upper panel's heading
 * @param lineTitle   the lower panel's heading
 * @param months      consecutive months, oldest first (at least one)
 * @param band        the span to shade, or null
 * @param now         the last known month: the divider goes after it; null for none
 * @param nowLabel    the divider's label
 * @param threshold   the value of the threshold line
 * @param thresholdLabel the threshold line's label, e.g. "150 needed"
 * @param callouts    labelled points on the line
 * @param legend      the key for the bars' fills
 */
public record MonthChart(String id, String title, String description, String barsTitle, String lineTitle,
        List<Month> months, Band band, YearMonth now, String nowLabel, int threshold, String thresholdLabel,
        List<Callout> callouts, List<Legend> legend) {

    private static final double LEFT = 64;
    private static final double RIGHT = Frame.WIDTH - 16;
    private static final double BARS_HEIGHT = 150;
    private static final double LINE_HEIGHT = 170;
    private static final double LABEL_ROW = 22;

    public MonthChart {
        months = List.copyOf(months);
        callouts = List.copyOf(callouts);
        legend = List.copyOf(legend);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("A month chart needs at least one month");
        }
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).month.equals(months.get(i - 1).month.plusMonths(1))) {
                throw new IllegalArgumentException("Months must follow each other: " + months.get(i - 1).month
                        + " then " + months.get(i).month);
            }
        }
    }

    /**
     * One month.
     *
     * @param month     the month
     * @param count     the bar's value
     * @param fill      the bar's fill: what kind of month it is
     * @param total     the line's value at this month
     * @param projected true when the line's value here is a projection (drawn dashed)
     */
    public record Month(YearMonth month, int count, Fill fill, long total, boolean projected) {
    }

    /** A span of months to shade in the upper panel, with its label above it. */
    public record Band(YearMonth from, YearMonth to, String label) {
    }

    /** A labelled point on the line. */
    public record Callout(String key, YearMonth month, String label, Marker marker) {
    }

    /** The chart as an inline {@code <svg>} element. */
    public String svg() {
        YearMonth first = months.get(0).month;
        double slot = (RIGHT - LEFT) / months.size();
        List<MonthTicks.Tick> ticks = MonthTicks.between(first, months.get(months.size() - 1).month,
                (int) Math.max(2, (RIGHT - LEFT) / 96));

        // Labels above the upper panel: the band's and the divider's, in rows that never overlap.
        LabelRows topLabels = new LabelRows(LEFT, RIGHT, Frame.FONT);
        LabelRows.Placed bandLabel = null;
        if (band != null) {
            bandLabel = topLabels.centred(x(band.from, first, slot), x(band.to, first, slot) + slot, band.label);
        }
        LabelRows.Placed nowPlaced = null;
        double nowX = now == null ? -1 : x(now, first, slot) + slot;
        if (now != null && nowX > LEFT && nowX < RIGHT + 0.5) {
            nowPlaced = topLabels.beside(nowX, nowLabel);
        }
        LabelRows lineLabels = new LabelRows(LEFT, RIGHT, Frame.FONT);
        List<LabelRows.Placed> calloutLabels = new ArrayList<>();
        for (Callout callout : callouts) {
            calloutLabels.add(lineLabels.beside(centre(callout.month, first, slot), callout.label));
        }

        double legendHeight = Legend.height(legend, 8, RIGHT);
        double barsTitleY = 8 + legendHeight + 22;
        double topLabelsY = barsTitleY + 8;
        double barsTop = topLabelsY + topLabels.rowCount() * LABEL_ROW + 8;
        double barsBottom = barsTop + BARS_HEIGHT;
        double lineTitleY = barsBottom + 34 + 34;
        double lineLabelsY = lineTitleY + 8;
        double lineTop = lineLabelsY + lineLabels.rowCount() * LABEL_ROW + 12;
        double lineBottom = lineTop + LINE_HEIGHT;
        double height = lineBottom + 34 + 8;

        EnumSet<Fill> fills = EnumSet.noneOf(Fill.class);
        months.forEach(m -> fills.add(m.fill));
        legend.forEach(l -> fills.add(l.fill()));
        Svg svg = Frame.begin(id, height, title, description, false, fills);
        Legend.draw(svg, id, legend, 8, RIGHT, 8);

        // Upper panel: one bar a month.
        svg.text(8, barsTitleY, barsTitle, "class", "panel-title t-bold");
        NiceScale counts = NiceScale.upTo(months.stream().mapToInt(Month::count).max().orElse(0), 5, true);
        if (band != null) {
            double bx0 = Math.max(LEFT, x(band.from, first, slot));
            double bx1 = Math.min(RIGHT, x(band.to, first, slot) + slot);
            if (bx1 > bx0) {
                svg.open("g", "class", "band", "id", id + "-band");
                svg.leaf("rect", "x", Svg.num(bx0), "y", Svg.num(barsTop), "width", Svg.num(bx1 - bx0), "height",
                        Svg.num(BARS_HEIGHT), "class", "f-accent2 band-area", "fill-opacity", "0.16");
                svg.leaf("path", "d", "M" + Svg.num(bx0) + " " + Svg.num(barsBottom) + "V" + Svg.num(barsTop) + "H"
                        + Svg.num(bx1) + "V" + Svg.num(barsBottom), "class", "f-none s-accent2 band-edge",
                        "stroke-width", "2");
                double labelY = topLabelsY + (bandLabel.row() + 1) * LABEL_ROW - 6;
                svg.text(bandLabel.x(), labelY, band.label, "class", "band-label halo", "text-anchor", bandLabel.anchor());
                svg.close();
            }
        }
        yAxis(svg, counts, barsTop, barsBottom, "bars-ticks");
        svg.open("g", "class", "bars");
        for (Month m : months) {
            if (m.count > 0) {
                double h = counts.fraction(m.count) * BARS_HEIGHT;
                double bx = x(m.month, first, slot) + slot * 0.15;
                m.fill.rect(svg, id, bx, barsBottom - h, Math.max(1, slot * 0.7), h, "id", id + "-bar-" + m.month);
            }
        }
        svg.close();
        xAxis(svg, ticks, first, slot, barsBottom);

        // Lower panel: the running total against the threshold.
        svg.text(8, lineTitleY, lineTitle, "class", "panel-title t-bold");
        long highest = Math.max(threshold, months.stream().mapToLong(Month::total).max().orElse(0));
        NiceScale totals = NiceScale.upTo(highest, 5, true);
        yAxis(svg, totals, lineTop, lineBottom, "line-ticks");
        double thresholdY = y(totals, threshold, lineTop, lineBottom);
        svg.leaf("line", "x1", Svg.num(LEFT), "x2", Svg.num(RIGHT), "y1", Svg.num(thresholdY), "y2",
                Svg.num(thresholdY), "class", "threshold s-accent2 s-dash", "id", id + "-threshold",
                "stroke-width", "2.5");
        line(svg, first, slot, totals, lineTop, lineBottom);
        // On the left, where the callouts (months ahead) are not; drawn over the line, with a halo.
        svg.text(LEFT + 6, thresholdY - 7, thresholdLabel, "class", "threshold-label t-bold halo");
        for (int i = 0; i < callouts.size(); i++) {
            Callout callout = callouts.get(i);
            LabelRows.Placed placed = calloutLabels.get(i);
            int index = (int) ChronoUnit.MONTHS.between(first, callout.month);
            if (index < 0 || index >= months.size()) {
                continue;
            }
            double cx = centre(callout.month, first, slot);
            double cy = y(totals, months.get(index).total, lineTop, lineBottom);
            double labelY = lineLabelsY + (placed.row() + 1) * LABEL_ROW - 6;
            svg.open("g", "class", "callout", "id", id + "-callout-" + callout.key);
            svg.leaf("line", "x1", Svg.num(cx), "x2", Svg.num(cx), "y1", Svg.num(labelY + 4), "y2", Svg.num(cy),
                    "class", "s-ink leader", "stroke-dasharray", "2 3");
            callout.marker.draw(svg, cx, cy, "f-paper s-ink");
            svg.text(placed.x(), labelY, callout.label, "class", "callout-label halo", "text-anchor", placed.anchor());
            svg.close();
        }
        xAxis(svg, ticks, first, slot, lineBottom);

        if (nowPlaced != null) {
            double labelY = topLabelsY + (nowPlaced.row() + 1) * LABEL_ROW - 6;
            svg.open("g", "class", "now", "id", id + "-now");
            svg.leaf("line", "x1", Svg.num(nowX), "x2", Svg.num(nowX), "y1", Svg.num(labelY - 14), "y2",
                    Svg.num(lineBottom), "class", "s-ink", "stroke-width", "1.5", "stroke-dasharray", "6 4");
            svg.text(nowPlaced.x(), labelY, nowLabel, "class", "now-label halo", "text-anchor", nowPlaced.anchor());
            svg.close();
        }
        return svg.finish();
    }

    /** The polyline of totals: solid over known months, dashed over projected ones. */
    private void line(Svg svg, YearMonth first, double slot, NiceScale totals, double top, double bottom) {
        StringBuilder known = new StringBuilder();
        StringBuilder projected = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            String point = Svg.num(centre(m.month, first, slot)) + "," + Svg.num(y(totals, m.total, top, bottom)) + " ";
            if (!m.projected) {
                known.append(point);
            } else {
                if (projected.isEmpty() && i > 0 && !months.get(i - 1).projected) {
                    // Join the projection to the last known point.
                    Month last = months.get(i - 1);
                    projected.append(Svg.num(centre(last.month, first, slot))).append(',')
                            .append(Svg.num(y(totals, last.total, top, bottom))).append(' ');
                }
                projected.append(point);
            }
        }
        svg.open("g", "class", "total-line");
        if (!known.isEmpty()) {
            svg.leaf("polyline", "points", known.toString().strip(), "class", "f-none s-accent line-known",
                    "stroke-width", "3");
        }
        if (!projected.isEmpty()) {
            svg.leaf("polyline", "points", projected.toString().strip(), "class", "f-none s-accent line-projected",
                    "stroke-width", "3", "stroke-dasharray", "8 5");
        }
        svg.close();
    }

    private static void yAxis(Svg svg, NiceScale scale, double top, double bottom, String cssClass) {
        svg.open("g", "class", "axis " + cssClass, "font-size", Svg.num(Frame.SMALL));
        for (double tick : scale.ticks()) {
            double y = y(scale, tick, top, bottom);
            svg.leaf("line", "x1", Svg.num(LEFT), "x2", Svg.num(RIGHT), "y1", Svg.num(y), "y2", Svg.num(y), "class",
                    tick == 0 ? "s-ink" : "s-grid");
            svg.text(LEFT - 8, y + 5, String.format(Locale.ENGLISH, "%,d", Math.round(tick)), "class",
                    "tick", "text-anchor", "end");
        }
        svg.close();
    }

    private static void xAxis(Svg svg, List<MonthTicks.Tick> ticks, YearMonth first, double slot, double bottom) {
        svg.open("g", "class", "axis month-ticks", "font-size", Svg.num(Frame.SMALL));
        LabelRows fit = new LabelRows(8, Frame.WIDTH - 8, Frame.SMALL);
        for (MonthTicks.Tick tick : ticks) {
            double x = x(tick.month(), first, slot);
            svg.leaf("line", "x1", Svg.num(x), "x2", Svg.num(x), "y1", Svg.num(bottom), "y2", Svg.num(bottom + 6),
                    "class", "s-ink");
            LabelRows.Placed placed = fit.centred(x, x, tick.label());
            if (placed.row() == 0) {
                svg.text(placed.x(), bottom + 24, tick.label(), "class", "tick", "text-anchor", "middle");
            }
        }
        svg.close();
    }

    private static double x(YearMonth month, YearMonth first, double slot) {
        return LEFT + ChronoUnit.MONTHS.between(first, month) * slot;
    }

    private static double centre(YearMonth month, YearMonth first, double slot) {
        return x(month, first, slot) + slot / 2;
    }

    private static double y(NiceScale scale, double value, double top, double bottom) {
        return scale.at(value, bottom, top);
    }
}

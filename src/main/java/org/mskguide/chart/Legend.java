package org.mskguide.chart;

import java.util.List;

/**
 * One key entry: a swatch in a fill and what it means. Entries flow left to right and wrap onto new rows.
 *
 * @param fill  the fill of the bars it explains
 * @param label what those bars are, e.g. "Projected, 5 a month"
 */
public record Legend(Fill fill, String label) {

    static final double ROW = 26;
    private static final double SWATCH = 22;
    private static final double AFTER_SWATCH = 7;
    private static final double BETWEEN = 22;

    /** The height the entries take when laid out from {@code left} to {@code right}. */
    static double height(List<Legend> entries, double left, double right) {
        return entries.isEmpty() ? 0 : layout(null, null, entries, left, right, 0) * ROW;
    }

    /** Draws the entries with their top at {@code top}; returns the height used. */
    static double draw(Svg svg, String chartId, List<Legend> entries, double left, double right, double top) {
        if (entries.isEmpty()) {
            return 0;
        }
        svg.open("g", "class", "legend");
        int rows = layout(svg, chartId, entries, left, right, top);
        svg.close();
        return rows * ROW;
    }

    /** Lays the entries out (drawing them when {@code svg} is given) and returns the number of rows. */
    private static int layout(Svg svg, String chartId, List<Legend> entries, double left, double right, double top) {
        int row = 0;
        double x = left;
        for (Legend entry : entries) {
            double width = SWATCH + AFTER_SWATCH + TextMetrics.width(entry.label, Frame.FONT);
            if (x > left && x + width > right) {
                row++;
                x = left;
            }
            if (svg != null) {
                double y = top + row * ROW;
                entry.fill.rect(svg, chartId, x, y + 5, SWATCH, 15);
                svg.text(x + SWATCH + AFTER_SWATCH, y + 18, entry.label, "class", "legend-label");
            }
            x += width + BETWEEN;
        }
        return row + 1;
    }
}

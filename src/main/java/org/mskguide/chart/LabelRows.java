package org.mskguide.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels that point at positions along an axis into rows so that no two overlap: each label goes into the
 * first row where it fits, starting at its point (or ending there, when it would run out of the drawing on the
 * right), and never outside {@code [left, right]}.
 * <p>
 * Example: two labels at x = 100 and x = 110 end up in rows 0 and 1; a label at x = 700 in a 720-wide drawing is
 * anchored at its end.
 */
final class LabelRows {

    /** Space kept between two labels in one row. */
    private static final double GAP = 12;

    /**
     * Where one label goes.
     *
     * @param row    0 for the first row
     * @param x      where the text is anchored
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    record Placed(int row, double x, String anchor, double from, double to) {
    }

    private final double left;
    private final double right;
    private final double fontSize;
    private final List<List<double[]>> rows = new ArrayList<>();

    LabelRows(double left, double right, double fontSize) {
        this.left = left;
        this.right = right;
        this.fontSize = fontSize;
    }

    /** Places a label for the point at {@code x}, beside it. */
    Placed beside(double x, String text) {
        double width = TextMetrics.width(text, fontSize);
        double start = x + 4;
        String anchor = "start";
        double anchorX = start;
        if (start + width > right) {
            anchorX = Math.max(left + width, x - 4);
            start = anchorX - width;
            anchor = "end";
            if (anchorX > right) {
                anchorX = right;
                start = right - width;
            }
        }
        return place(start, start + width, anchorX, anchor);
    }

    /** Places a label centred over the span from {@code from} to {@code to}, kept inside the drawing. */
    Placed centred(double from, double to, String text) {
        double width = TextMetrics.width(text, fontSize);
        double centre = Math.max(left + width / 2, Math.min(right - width / 2, (from + to) / 2));
        return place(centre - width / 2, centre + width / 2, centre, "middle");
    }

    /** How many rows the labels placed so far use. */
    int rowCount() {
        return rows.size();
    }

    private Placed place(double from, double to, double anchorX, String anchor) {
        int row = 0;
        while (row < rows.size() && overlaps(rows.get(row), from, to)) {
            row++;
        }
        if (row == rows.size()) {
            rows.add(new ArrayList<>());
        }
        rows.get(row).add(new double[] { from, to });
        return new Placed(row, anchorX, anchor, from, to);
    }

    private static boolean overlaps(List<double[]> row, double from, double to) {
        return row.stream().anyMatch(span -> from < span[1] + GAP && to > span[0] - GAP);
    }
}

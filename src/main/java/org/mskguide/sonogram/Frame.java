package org.mskguide.sonogram;

/**
 * Where the scanned area sits on the 512 x 384 picture, and millimetres per pixel. Pixels are square, as on a
 * scanner: a deeper setting makes the scanned area narrower on the screen, with black either side.
 */
public record Frame(double mmPerPixel, int left, int top, int width, int height) {

    public static final int CANVAS_WIDTH = 512;
    public static final int CANVAS_HEIGHT = 384;
    /** Width of the transducer's face, mm (a common MSK linear array is about 38 mm wide). */
    public static final double PROBE_MM = 38;
    static final int MARGIN_LEFT = 8;
    static final int MARGIN_RIGHT = 32;
    static final int MARGIN_TOP = 6;
    static final int MARGIN_BOTTOM = 6;

    /** The frame for a displayed depth. */
    public static Frame forDepth(double depthMm) {
        int maxW = CANVAS_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
        int maxH = CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        double s = Math.max(depthMm / maxH, PROBE_MM / maxW);
        int w = Math.min(maxW, (int) Math.round(PROBE_MM / s));
        int h = Math.min(maxH, (int) Math.round(depthMm / s));
        return new Frame(s, MARGIN_LEFT + (maxW - w) / 2, MARGIN_TOP, w, h);
    }

    /** Millimetres across (0 at the transducer's centre) of a scan column's centre. */
    public double x(int column) {
        return -PROBE_MM / 2 + (column + 0.5) * mmPerPixel;
    }

    /** Depth in mm of a scan row's centre. */
    public double z(int row) {
        return (row + 0.5) * mmPerPixel;
    }

    /** Picture x (pixels) of a lateral position in mm. */
    public double pictureX(double xMm) {
        return left + (xMm + PROBE_MM / 2) / mmPerPixel;
    }

    /** Picture y (pixels) of a depth in mm. */
    public double pictureY(double zMm) {
        return top + zMm / mmPerPixel;
    }
}

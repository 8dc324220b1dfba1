package org.mskguide.sonogram;

/** The marks a scanner draws beside the image: a depth scale (every 5 mm, longer every 10 mm) and the focus. */
final class Marks {

    private static final byte SCALE = (byte) 170;
    private static final byte FOCUS = (byte) 230;

    private Marks() {
    }

    static void draw(byte[] grey, Frame frame, Scan scan) {
        int x = frame.left() + frame.width() + 4;
        for (int mm = 0; mm <= (int) scan.depthMm(); mm += 5) {
            int y = (int) Math.round(frame.pictureY(mm));
            int len = mm % 10 == 0 ? 6 : 3;
            for (int dx = 0; dx < len; dx++) {
                set(grey, x + dx, y, SCALE);
            }
        }
        // The focus: a small triangle pointing at the image.
        int fy = (int) Math.round(frame.pictureY(scan.focusMm()));
        for (int dx = 0; dx < 6; dx++) {
            for (int dy = -dx / 2; dy <= dx / 2; dy++) {
                set(grey, x + 10 + dx, fy + dy, FOCUS);
            }
        }
    }

    private static void set(byte[] grey, int x, int y, byte value) {
        if (x >= 0 && x < Frame.CANVAS_WIDTH && y >= 0 && y < Frame.CANVAS_HEIGHT) {
            grey[y * Frame.CANVAS_WIDTH + x] = value;
        }
    }
}

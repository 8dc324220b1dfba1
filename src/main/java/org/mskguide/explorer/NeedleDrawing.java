package org.mskguide.explorer;

/**
 * Draws the needle explorer: the side view (skin, transducer, the beam's thin slice, needle and target) and the screen
 * view the sonographer would see, computed from the same geometry so the two always agree. In plane the needle lies in
 * the slice, so the screen shows it whole, as a line; out of plane it crosses the slice, so the screen shows a dot.
 */
public final class NeedleDrawing {

    static final int WIDTH = 360;
    static final int HEIGHT = 300;

    // Side view, in drawing units: 40 to the centimetre, skin at y = 80, a 4 cm transducer centred on the target.
    static final double SIDE_CM = 40;
    static final double SKIN_Y = 80;
    static final double TARGET_X = 220;
    static final double TARGET_R = 12;
    static final double PROBE_LEFT = 140;
    static final double PROBE_RIGHT = 300;
    static final double END_ON_WIDTH = 30;
    static final double SLICE_WIDTH = 16;
    /** Where the needle goes through the skin: 1.5 cm beside the transducer in plane, 2 cm from the slice out of it. */
    static final double IN_PLANE_ENTRY_X = 80;
    static final double OUT_OF_PLANE_ENTRY_X = 140;
    /** How much needle shows above the skin. */
    static final double HUB_LENGTH = 40;

    // Screen view: the picture is the slice under the transducer, 4 cm wide and 5 cm deep, 50 units to the centimetre.
    static final double SCREEN_CM = 50;
    static final double IMAGE_X = 100;
    static final double IMAGE_Y = 20;
    static final double IMAGE_WIDTH = (PROBE_RIGHT - PROBE_LEFT) / SIDE_CM * SCREEN_CM;
    static final double IMAGE_HEIGHT = NeedleView.SCREEN_DEPTH_CM * SCREEN_CM;

    private NeedleDrawing() {
    }

    /** A point in drawing units. */
    record Point(double x, double y) {
    }

    /** The target's centre in the side view: under the transducer's middle, {@code depthCm} below the skin. */
    static Point sideTarget(NeedleView view) {
        return new Point(TARGET_X, SKIN_Y + view.depthCm() * SIDE_CM);
    }

    /** Where the needle goes through the skin in the side view. */
    static Point sideEntry(NeedleView view) {
        return new Point(view.inPlane() ? IN_PLANE_ENTRY_X : OUT_OF_PLANE_ENTRY_X, SKIN_Y);
    }

    /** A side-view point under the transducer as it appears on the screen (same place, screen scale). */
    static Point onScreen(Point side) {
        double scale = SCREEN_CM / SIDE_CM;
        return new Point(IMAGE_X + (side.x() - PROBE_LEFT) * scale, IMAGE_Y + (side.y() - SKIN_Y) * scale);
    }

    /**
     * In plane, where the needle comes into the picture: the point of its path under the transducer's left edge,
     * i.e. on the screen's left edge. Out of plane it only ever shows where it meets the slice, at the target.
     */
    static Point screenNeedleStart(NeedleView view) {
        Point entry = sideEntry(view);
        Point target = sideTarget(view);
        if (!view.inPlane()) {
            return onScreen(target);
        }
        double along = (PROBE_LEFT - entry.x()) / (target.x() - entry.x());
        return onScreen(new Point(PROBE_LEFT, entry.y() + along * (target.y() - entry.y())));
    }

    /** The side view for this approach and depth. */
    public static Figure side(NeedleView view) {
        Point target = sideTarget(view);
        Point entry = sideEntry(view);
        double length = Math.hypot(target.x() - entry.x(), target.y() - entry.y());
        double ux = (target.x() - entry.x()) / length;
        double uy = (target.y() - entry.y()) / length;
        Point hub = new Point(entry.x() - HUB_LENGTH * ux, entry.y() - HUB_LENGTH * uy);
        String depth = view.depthCm() + " cm";
        String title = "Side view: " + (view.inPlane() ? "in-plane" : "out-of-plane") + " needle, target " + depth
                + " deep";
        String description = view.inPlane()
                ? "The transducer lies along the skin, and its beam is a thin slice seen face-on. The needle goes in"
                        + " beside the transducer and runs inside that slice, down to a target " + depth
                        + " below the skin."
                : "The transducer is seen end-on, so its beam is a thin slice seen edge-on. The needle comes from the"
                        + " side and crosses the slice at the target, " + depth + " below the skin.";
        Svg svg = Svg.open("needle-side", WIDTH, HEIGHT, title, description)
                .rect(10, SKIN_Y, 340, HEIGHT - 10 - SKIN_Y, "f-muscle s-ink s-thin")
                .rect(10, SKIN_Y, 340, 10, "f-skin s-ink s-thin")
                .text(346, SKIN_Y - 8, "Skin", "t-small", "end");
        if (view.inPlane()) {
            svg.roundedRect(PROBE_LEFT, SKIN_Y - 36, PROBE_RIGHT - PROBE_LEFT, 36, 6, "ex-probe f-probe s-ink")
                    .text(TARGET_X, SKIN_Y - 12, "Transducer", "", "middle")
                    .rect(PROBE_LEFT, SKIN_Y + 10, PROBE_RIGHT - PROBE_LEFT, HEIGHT - 20 - SKIN_Y - 10,
                            "ex-slice f-none s-accent s-dash")
                    .text(PROBE_RIGHT - 6, HEIGHT - 26, "Beam slice", "t-small", "end");
        } else {
            svg.roundedRect(TARGET_X - END_ON_WIDTH / 2, SKIN_Y - 36, END_ON_WIDTH, 36, 6, "ex-probe f-probe s-ink")
                    .text(TARGET_X + END_ON_WIDTH / 2 + 8, SKIN_Y - 40, "Transducer", "", "start")
                    .text(TARGET_X + END_ON_WIDTH / 2 + 8, SKIN_Y - 20, "end-on", "t-small", "start")
                    .rect(TARGET_X - SLICE_WIDTH / 2, SKIN_Y + 10, SLICE_WIDTH, HEIGHT - 20 - SKIN_Y - 10,
                            "ex-slice f-none s-accent s-dash")
                    .text(TARGET_X + SLICE_WIDTH / 2 + 8, HEIGHT - 26, "Beam slice", "t-small", "start");
        }
        svg.circle(target.x(), target.y(), TARGET_R, "ex-target f-fluid s-ink")
                .text(target.x() + TARGET_R + 8, target.y() + 6, "Target", "", "start")
                .line(hub.x(), hub.y(), target.x(), target.y(), "ex-needle s-accent s-thick")
                .circle(hub.x(), hub.y(), 5, "f-accent")
                .text(hub.x(), hub.y() - 12, "Needle", "", "start");
        return new Figure("Side view: the transducer, the needle and the target.", svg.close());
    }

    /** The screen view: skin at the top, depth going down; the needle as a line (in plane) or a dot (out of plane). */
    public static Figure screen(NeedleView view) {
        Point target = onScreen(sideTarget(view));
        double targetR = TARGET_R * SCREEN_CM / SIDE_CM;
        String depth = view.depthCm() + " cm";
        String title = view.inPlane() ? "Screen view: the whole needle as a bright line"
                : "Screen view: the needle as a bright dot";
        String description = "Skin is at the top and depth goes down, 0 to " + NeedleView.SCREEN_DEPTH_CM + " cm. "
                + (view.inPlane()
                        ? "A bright line runs from the left edge down to the dark target at " + depth
                                + ": the needle's shaft and its tip."
                        : "The target is a dark circle at " + depth + " with a bright dot in it: the only part of"
                                + " the needle inside the slice.");
        Svg svg = Svg.open("needle-screen", WIDTH, HEIGHT, title, description)
                .roundedRect(1, 1, WIDTH - 2, HEIGHT - 2, 8, "f-screen s-ink s-thin")
                .rect(IMAGE_X, IMAGE_Y, IMAGE_WIDTH, IMAGE_HEIGHT, "f-hypo");
        for (int cm = 0; cm <= NeedleView.SCREEN_DEPTH_CM; cm++) {
            double y = IMAGE_Y + cm * SCREEN_CM;
            svg.line(IMAGE_X - 8, y, IMAGE_X, y, "s-screen s-thin")
                    .text(IMAGE_X - 12, y + 6, cm + " cm", "t-screen t-small", "end");
        }
        svg.circle(target.x(), target.y(), targetR, "ex-target f-anechoic s-screen s-thin")
                .text(target.x() + targetR + 8, target.y() + 6, "Target", "t-screen", "start");
        if (view.inPlane()) {
            Point start = screenNeedleStart(view);
            svg.line(start.x(), start.y(), target.x(), target.y(), "ex-needle f-none s-screen s-thick")
                    .text(IMAGE_X + 8, start.y() - 12, "Needle: a bright line", "t-screen", "start");
        } else {
            svg.circle(target.x(), target.y(), 5, "ex-needle f-bright")
                    .text(target.x(), target.y() - targetR - 12, "Needle: a bright dot", "t-screen", "middle");
        }
        return new Figure("Screen view: what the sonographer sees.", svg.close());
    }
}

package org.mskguide.explorer;

import org.mskguide.sonogram.Frame;

/**
 * Draws the needle explorer's side view: skin, transducer, the beam's thin slice, the needle at its angle and the
 * target, from the same geometry as the simulated image beside it ({@link NeedleView#tipXmm()}), so the two agree. In
 * plane the transducer is seen side-on and the needle runs inside its slice; out of plane it is seen end-on and the
 * needle crosses the slice.
 */
public final class NeedleDrawing {

    static final int WIDTH = 360;
    static final int HEIGHT = 300;

    // Side view, in drawing units: 4 to the millimetre, skin at y = 80, the transducer's face centred at x = 220.
    static final double SIDE_MM = 4;
    static final double SKIN_Y = 80;
    static final double CENTRE_X = 220;
    static final double LEFT_EDGE = 10;
    static final double TARGET_R = 12;
    static final double PROBE_LEFT = CENTRE_X - Frame.PROBE_MM / 2 * SIDE_MM;
    static final double PROBE_RIGHT = CENTRE_X + Frame.PROBE_MM / 2 * SIDE_MM;
    static final double END_ON_WIDTH = 30;
    static final double SLICE_WIDTH = 16;
    /** How much needle shows above the skin. */
    static final double HUB_LENGTH = 40;
    /** Room the label "Needle" takes at the drawing's text size (6 characters, generously wide). */
    static final double NEEDLE_LABEL_WIDTH = 66;
    /** Room the label "Target" takes. */
    static final double TARGET_LABEL_WIDTH = 66;

    private NeedleDrawing() {
    }

    /** A point in drawing units. */
    record Point(double x, double y) {
    }

    /** The target's centre: where the simulated image puts the tip, {@code depthCm} below the skin. */
    static Point target(NeedleView view) {
        return new Point(CENTRE_X + view.tipXmm() * SIDE_MM, SKIN_Y + view.depthCm() * 10 * SIDE_MM);
    }

    /** Where the needle goes through the skin: back from the target along its angle. */
    static Point entry(NeedleView view) {
        return new Point(target(view).x() - view.runMm() * SIDE_MM, SKIN_Y);
    }

    /** The side view for this approach, depth and angle. */
    public static Figure side(NeedleView view) {
        Point target = target(view);
        Point entry = entry(view);
        double radians = Math.toRadians(view.angleDeg());
        double ux = Math.cos(radians);
        double uy = Math.sin(radians);
        // A flat needle to a deep target goes in beyond the drawing's left edge: draw it from the edge.
        boolean entersInside = entry.x() - HUB_LENGTH * ux >= LEFT_EDGE;
        Point start = entersInside ? new Point(entry.x() - HUB_LENGTH * ux, entry.y() - HUB_LENGTH * uy)
                : new Point(LEFT_EDGE, target.y() - (target.x() - LEFT_EDGE) * Math.tan(radians));
        String depth = view.depthCm() + " cm";
        String angle = view.angleDeg() + " degrees";
        String title = "Side view: " + (view.inPlane() ? "in-plane" : "out-of-plane") + " needle at " + angle
                + ", target " + depth + " deep";
        String description = (view.inPlane()
                ? "The transducer lies along the skin, and its beam is a thin slice seen face-on. The needle goes in"
                        + " at the transducer's end and runs inside that slice, "
                : "The transducer is seen end-on, so its beam is a thin slice seen edge-on. The needle comes from the"
                        + " side and crosses the slice, ")
                + "at " + angle + " to the skin, down to a target " + depth + " below the skin.";
        Drawing svg = Drawing.open("needle-side", WIDTH, HEIGHT, title, description)
                .text(10, 26, "Angle: " + view.angleDeg() + "°", "t-bold", "start")
                .rect(LEFT_EDGE, SKIN_Y, 340, HEIGHT - 10 - SKIN_Y, "f-muscle s-ink s-thin")
                .rect(LEFT_EDGE, SKIN_Y, 340, 10, "f-skin s-ink s-thin")
                .text(346, SKIN_Y - 8, "Skin", "t-small", "end");
        if (view.inPlane()) {
            svg.roundedRect(PROBE_LEFT, SKIN_Y - 36, PROBE_RIGHT - PROBE_LEFT, 36, 6, "ex-probe f-probe s-ink")
                    .text(CENTRE_X, SKIN_Y - 12, "Transducer", "", "middle")
                    .rect(PROBE_LEFT, SKIN_Y + 10, PROBE_RIGHT - PROBE_LEFT, HEIGHT - 20 - SKIN_Y - 10,
                            "ex-slice f-none s-accent s-dash")
                    .text(PROBE_RIGHT - 6, HEIGHT - 26, "Beam slice", "t-small", "end");
        } else {
            svg.roundedRect(CENTRE_X - END_ON_WIDTH / 2, SKIN_Y - 36, END_ON_WIDTH, 36, 6, "ex-probe f-probe s-ink")
                    .text(CENTRE_X + END_ON_WIDTH / 2 + 8, SKIN_Y - 40, "Transducer", "", "start")
                    .text(CENTRE_X + END_ON_WIDTH / 2 + 8, SKIN_Y - 20, "end-on", "t-small", "start")
                    .rect(CENTRE_X - SLICE_WIDTH / 2, SKIN_Y + 10, SLICE_WIDTH, HEIGHT - 20 - SKIN_Y - 10,
                            "ex-slice f-none s-accent s-dash")
                    .text(CENTRE_X + SLICE_WIDTH / 2 + 8, HEIGHT - 26, "Beam slice", "t-small", "start");
        }
        // Right of the target where the drawing has room, else above its right side: the needle comes from the left
        // and the beam slice's label is lower down.
        boolean targetFitsRight = target.x() + TARGET_R + 8 + TARGET_LABEL_WIDTH <= WIDTH - 10;
        svg.circle(target.x(), target.y(), TARGET_R, "ex-target f-fluid s-ink")
                .text(targetFitsRight ? target.x() + TARGET_R + 8 : target.x() + TARGET_R - 4,
                        targetFitsRight ? target.y() + 6 : target.y() - TARGET_R - 6, "Target", "", "start")
                .line(start.x(), start.y(), target.x(), target.y(), "ex-needle s-accent s-thick");
        if (entersInside) {
            // Left of the hub where it fits, else beside it: never up in the row of the angle's label.
            boolean fitsLeft = start.x() - 12 - NEEDLE_LABEL_WIDTH >= LEFT_EDGE;
            svg.circle(start.x(), start.y(), 5, "f-accent")
                    .text(fitsLeft ? start.x() - 12 : start.x() + 10, fitsLeft ? start.y() + 6 : start.y() - 8,
                            "Needle", "", fitsLeft ? "end" : "start");
        } else {
            svg.text(LEFT_EDGE + 6, Math.max(start.y() - 10, SKIN_Y + 28), "Needle", "", "start");
        }
        return new Figure("Side view: the transducer, the needle and the target.", svg.close());
    }
}

package org.mskguide.explorer;

/**
 * Draws the beam-angle explorer's side view: transducer, beam, tendon in muscle, the beam tilted by the chosen angle,
 * drawn at its true angle. The screen beside it is the simulated image ({@link SimulatedScreen}).
 */
public final class BeamAngleDrawing {

    static final int WIDTH = 360;
    static final int HEIGHT = 300;

    // Side view: skin line, tendon band and the point the transducer turns about (the middle of its face).
    static final double SKIN_Y = 110;
    static final double TENDON_TOP = 190;
    static final double TENDON_HEIGHT = 32;
    static final double PIVOT_X = 180;
    static final double PROBE_WIDTH = 120;
    static final double PROBE_HEIGHT = 48;

    private BeamAngleDrawing() {
    }

    /** The side view for this angle. */
    public static Figure side(BeamAngle angle) {
        int degrees = angle.degrees();
        String title = degrees == 0 ? "Side view: beam square to the tendon"
                : "Side view: beam tilted " + angle.label() + " from square";
        String description = "A transducer on the skin over a tendon that runs across the picture, with muscle around"
                + " it. " + (degrees == 0 ? "The beam goes straight down, square to the tendon, along the dashed line."
                        : "The beam is tilted " + angle.label() + " away from the dashed line, which is square to the"
                                + " tendon.");
        Drawing svg = Drawing.open("beam-side", WIDTH, HEIGHT, title, description);
        svg.text(10, 26, "Dashed line: square to tendon", "t-small", "start")
                .text(350, 26, "Tilt: " + degrees + "°", "t-bold", "end")
                .rect(10, SKIN_Y, 340, HEIGHT - 10 - SKIN_Y, "f-muscle s-ink s-thin")
                .text(10, SKIN_Y - 8, "Skin", "t-small", "start")
                .text(340, TENDON_TOP - 18, "Muscle", "", "end")
                .rect(10, TENDON_TOP, 340, TENDON_HEIGHT, "ex-tendon f-tendon s-ink s-thin");
        for (int fibre = 1; fibre <= 3; fibre++) {
            double y = TENDON_TOP + fibre * TENDON_HEIGHT / 4;
            svg.line(14, y, 346, y, "s-ink s-thin");
        }
        svg.text(340, TENDON_TOP + TENDON_HEIGHT + 24, "Tendon", "", "end")
                .line(PIVOT_X, SKIN_Y, PIVOT_X, TENDON_TOP, "s-ink s-dash");
        double radians = Math.toRadians(degrees);
        // Drawn straight down inside a group turned by the angle, long enough to end on the tendon's surface.
        double beamLength = (TENDON_TOP - SKIN_Y) / Math.cos(radians);
        svg.rotated(degrees, PIVOT_X, SKIN_Y, "ex-probe")
                .roundedRect(PIVOT_X - PROBE_WIDTH / 2, SKIN_Y - PROBE_HEIGHT, PROBE_WIDTH, PROBE_HEIGHT, 6,
                        "f-probe s-ink")
                .text(PIVOT_X, SKIN_Y - PROBE_HEIGHT / 2 + 6, "Transducer", "", "middle")
                .line(PIVOT_X, SKIN_Y, PIVOT_X, SKIN_Y + beamLength - 10, "ex-beam s-accent s-thick")
                .polygon("f-accent", PIVOT_X - 7, SKIN_Y + beamLength - 12, PIVOT_X + 7, SKIN_Y + beamLength - 12,
                        PIVOT_X, SKIN_Y + beamLength)
                .end();
        double beamMidX = PIVOT_X - (TENDON_TOP - SKIN_Y) / 2 * Math.tan(radians);
        svg.text(beamMidX - 12, (SKIN_Y + TENDON_TOP) / 2 + 6, "Beam", "", "end");
        return new Figure("Side view: how the beam meets the tendon.", svg.close());
    }
}

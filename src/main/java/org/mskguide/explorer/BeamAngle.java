package org.mskguide.explorer;

import java.util.List;

import org.mskguide.web.AppRoutes;

/**
 * One state of the beam-angle explorer: the tilt between the ultrasound beam and a line square to the tendon, in whole
 * degrees. Only the angles offered on the page are states ({@link #CHOICES}); each has its own URL,
 * {@code /explore/beam-angle?angle=10}.
 */
public record BeamAngle(int degrees) {

    /**
     * The angles offered: square-on, three inside the 2-7 degree band the study reported, three beyond it. One degree
     * is left out on purpose: the study reports no band for it.
     */
    public static final List<Integer> CHOICES = List.of(0, 2, 4, 7, 10, 15, 20);
    public static final BeamAngle SQUARE = new BeamAngle(0);
    public static final int MAX = 20;

    public BeamAngle {
        if (!CHOICES.contains(degrees)) {
            throw new IllegalArgumentException("Not an offered angle: " + degrees);
        }
    }

    public EchoBand band() {
        return EchoBand.at(degrees);
    }

    /** The state's own address, e.g. {@code /explore/beam-angle?angle=10}. */
    public String path() {
        return AppRoutes.EXPLORE_BEAM_ANGLE + "?" + BeamAngleForm.ANGLE + "=" + degrees;
    }

    /** {@code 10 degrees}. */
    public String label() {
        return degrees + " degrees";
    }
}

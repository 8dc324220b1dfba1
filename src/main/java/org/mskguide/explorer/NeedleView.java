package org.mskguide.explorer;

import java.util.List;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.AppRoutes;

/**
 * One state of the needle explorer: the approach, the target's depth below the skin in whole centimetres and the
 * needle's angle to the skin in degrees, e.g. {@code /explore/needle?approach=out-of-plane&depth=3&angle=45}.
 */
public record NeedleView(NeedleApproach approach, int depthCm, int angleDeg) {

    /** Target depths offered, in cm; the screen shows 0 to {@link #SCREEN_DEPTH_CM} cm. */
    public static final List<Integer> DEPTHS = List.of(1, 2, 3, 4);
    /** Angles to the skin offered, in degrees: from nearly flat to steep. */
    public static final List<Integer> ANGLES = List.of(15, 30, 45, 60);
    public static final int DEFAULT_ANGLE = 30;
    public static final int SCREEN_DEPTH_CM = 5;
    public static final NeedleView DEFAULT = new NeedleView(NeedleApproach.IN_PLANE, 2, DEFAULT_ANGLE);
    /** In plane, the tip stays at least this far inside the picture's right edge, mm from the centre. */
    static final double MAX_TIP_X = 12;

    public NeedleView {
        if (approach == null || !DEPTHS.contains(depthCm) || !ANGLES.contains(angleDeg)) {
            throw new IllegalArgumentException("Not an offered needle view: " + approach + ", " + depthCm + " cm, "
                    + angleDeg + " degrees");
        }
    }

    /** The view at the default angle, as addresses published before the angle was a choice still ask for it. */
    public NeedleView(NeedleApproach approach, int depthCm) {
        this(approach, depthCm, DEFAULT_ANGLE);
    }

    public boolean inPlane() {
        return approach == NeedleApproach.IN_PLANE;
    }

    /** How far the needle travels sideways, mm, from the skin down to the target at its angle. */
    double runMm() {
        return depthCm * 10 / Math.tan(Math.toRadians(angleDeg));
    }

    /**
     * Where the tip lies across the picture, mm from its centre, to one decimal. In plane the needle goes through the
     * skin at the transducer's end, so a steep needle to a shallow target ends near the left edge; a flat one would
     * end beyond the right edge, so its tip is kept inside the picture. Out of plane the needle crosses the middle.
     */
    double tipXmm() {
        if (!inPlane()) {
            return 0;
        }
        double x = Math.min(MAX_TIP_X, -Frame.PROBE_MM / 2 + runMm());
        return Math.round(x * 10) / 10.0;
    }

    /** The simulated image of this view. */
    SonogramRequest sonogram() {
        return new SonogramRequest(View.NEEDLE, Variant.NORMAL, false,
                SonogramRequest.needle(inPlane(), angleDeg, depthCm * 10, tipXmm()), View.NEEDLE.defaults());
    }

    /** The state's own address. */
    public String path() {
        return AppRoutes.EXPLORE_NEEDLE + "?" + NeedleForm.APPROACH + "=" + approach.param() + "&" + NeedleForm.DEPTH + "="
                + depthCm + "&" + NeedleForm.ANGLE + "=" + angleDeg;
    }
}

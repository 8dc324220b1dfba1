package org.mskguide.explorer;

import java.util.List;

import org.mskguide.web.AppRoutes;

/**
 * One state of the needle explorer: the approach and the target's depth below the skin in whole centimetres, e.g.
 * {@code /explore/needle?approach=out-of-plane&depth=3}.
 */
public record NeedleView(NeedleApproach approach, int depthCm) {

    /** Target depths offered, in cm; the drawn screen shows 0 to {@link #SCREEN_DEPTH_CM} cm. */
    public static final List<Integer> DEPTHS = List.of(1, 2, 3, 4);
    public static final int SCREEN_DEPTH_CM = 5;
    public static final NeedleView DEFAULT = new NeedleView(NeedleApproach.IN_PLANE, 2);

    public NeedleView {
        if (approach == null || !DEPTHS.contains(depthCm)) {
            throw new IllegalArgumentException("Not an offered needle view: " + approach + ", " + depthCm + " cm");
        }
    }

    public boolean inPlane() {
        return approach == NeedleApproach.IN_PLANE;
    }

    /** The state's own address. */
    public String path() {
        return AppRoutes.EXPLORE_NEEDLE + "?" + NeedleForm.APPROACH + "=" + approach.param() + "&" + NeedleForm.DEPTH + "="
                + depthCm;
    }
}

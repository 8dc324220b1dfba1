package org.mskguide.sonogram;

/**
 * Where the transducer sits for one view, as data the {@link ProbeDrawing} draws from and the page states in words.
 * Used by the scanning protocols (from their YAML) and by the simulated views ({@link View#probe()}).
 *
 * @param side   the side of the body part the drawing shows, e.g. {@code front}, {@code back}, {@code outer side}
 * @param x      the centre of the transducer footprint on the drawing (0-240, left to right)
 * @param y      the centre of the footprint (0-260, top = toward the head)
 * @param angle  the footprint's turn in degrees: 0 lies across the limb with the marker on the left, 90 lies along it
 *               with the marker toward the head, 180 and 270 flip the marker
 * @param place  in words: where the transducer lies and which way, e.g. "across the front of the shoulder"
 * @param marker in words: where the transducer's orientation marker points, e.g. "toward the head"
 */
public record Probe(String side, int x, int y, int angle, String place, String marker) {

    /** Whether the footprint lies closer to along the limb than across it. */
    public boolean alongLimb() {
        int a = Math.floorMod(angle, 180);
        return a > 45 && a < 135;
    }
}

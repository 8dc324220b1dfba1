package org.mskguide.sonogram;

/**
 * A needle in the scan: in plane it enters from the left and runs down to its tip at {@code (tipX, tipDepth)} mm;
 * out of plane it crosses the image plane at that point.
 *
 * @param angleDeg insertion angle from the skin line, degrees (steeper needles send less echo back)
 * @param diameterMm outer diameter; 0.7 mm is about 22 gauge
 */
public record Needle(boolean inPlane, double angleDeg, double tipX, double tipDepth, double diameterMm) {

    public Needle {
        if (!(angleDeg > 0 && angleDeg < 90) || !(tipDepth > 0) || !(diameterMm > 0)) {
            throw new IllegalArgumentException("Not a needle: angle " + angleDeg + ", depth " + tipDepth);
        }
    }
}

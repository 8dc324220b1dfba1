package org.mskguide.sonogram;

import java.util.function.DoubleUnaryOperator;

/**
 * One named part of a phantom: its tissue, its outline, and the course of its fibres. {@code guide(x)} is the depth
 * (mm) of one fibre at lateral position x; the others run parallel to it. Where a fibre slopes, the beam meets it
 * off square and its echo falls (anisotropy): the beam is square to a fibre when its slope plus the tilt is zero.
 *
 * @param name the label a reader sees, e.g. {@code "Supraspinatus tendon"}
 * @param labelled whether the picture labels it (background parts, such as skin, may stay unlabelled)
 * @param longAxis for fibrous tissue, whether the fibres lie in the image plane (lines) or cross it (dots)
 */
public record Structure(String name, Tissue tissue, Outline outline, DoubleUnaryOperator guide, boolean labelled,
        boolean longAxis) {

    /** A labelled structure whose fibres run straight at {@code fibreDeg} from the skin line (positive: deeper to
     * the right). */
    public static Structure of(String name, Tissue tissue, Outline outline, double fibreDeg) {
        double tan = Math.tan(Math.toRadians(fibreDeg));
        return new Structure(name, tissue, outline, x -> x * tan, true, true);
    }

    /** A labelled structure with fibres parallel to the skin. */
    public static Structure of(String name, Tissue tissue, Outline outline) {
        return of(name, tissue, outline, 0);
    }

    /** A labelled structure whose fibres follow a curve, e.g. a tendon bending over a bone. */
    public static Structure curved(String name, Tissue tissue, Outline outline, DoubleUnaryOperator guide) {
        return new Structure(name, tissue, outline, guide, true, true);
    }

    /** The fibres' angle to the skin line at {@code x}, degrees. */
    public double fibreDeg(double x) {
        double dz = guide.applyAsDouble(x + 0.25) - guide.applyAsDouble(x - 0.25);
        return Math.toDegrees(Math.atan2(dz, 0.5));
    }

    /** The same structure cut across (short axis): fibres show as dots. */
    public Structure across() {
        return new Structure(name, tissue, outline, guide, labelled, false);
    }

    /** The same structure without a label. */
    public Structure unlabelled() {
        return new Structure(name, tissue, outline, guide, false, longAxis);
    }
}

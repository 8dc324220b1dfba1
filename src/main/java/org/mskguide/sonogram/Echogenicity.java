package org.mskguide.sonogram;

/**
 * How bright a structure shows, in the words sonographers use: compared with a reference tissue in the same image
 * (the muscle, or the fat under the skin where the view has no muscle), because echogenicity is relative. The
 * words come from the grey level measured over the structure in the rendered picture, so they follow the picture
 * whatever the controls do to it.
 *
 * <p>Bands: within 3 dB of the reference is "about as bright" (isoechoic), the band this simulator's anisotropy is
 * tested against (Crass 1988, Radiology 167:499: tendon isoechoic to muscle at 2-7 degrees of tilt); below grey 22
 * the display is black whatever the reference (anechoic).
 */
public enum Echogenicity {
    /** Black on the display: almost no echo. */
    ANECHOIC,
    /** Darker than the reference. */
    HYPOECHOIC,
    /** Within 3 dB of the reference, or the reference itself. */
    ISOECHOIC,
    /** Brighter than the reference. */
    HYPERECHOIC,
    /** Bone or calcium: a bright surface line with black shadow below (its mean grey is mostly the shadow). */
    SURFACE;

    /** Grey levels per decibel on the display: 255 levels over the dynamic range. */
    static final double GREY_PER_DB = 255 / Simulator.DYNAMIC_RANGE_DB;
    /** The isoechoic band, decibels either side of the reference. */
    static final double SAME_DB = 3;
    /** Below this mean grey a region looks black. */
    static final int BLACK = 22;

    /** The class of a structure whose mean grey is {@code grey}, against a reference whose mean grey is {@code ref}. */
    static Echogenicity of(Tissue tissue, int grey, int ref) {
        if (tissue == Tissue.BONE || tissue == Tissue.CALCIFICATION) {
            return SURFACE;
        }
        if (grey < BLACK) {
            return ANECHOIC;
        }
        double db = (grey - ref) / GREY_PER_DB;
        return db > SAME_DB ? HYPERECHOIC : db < -SAME_DB ? HYPOECHOIC : ISOECHOIC;
    }

    /**
     * The words, e.g. {@code "brighter than the deltoid muscle (hyperechoic)"}; {@code reference} is the reference
     * structure's name in lower case, and {@code self} whether this is the reference itself.
     */
    public String words(String reference, boolean self) {
        return switch (this) {
            case ANECHOIC -> "black (anechoic)";
            case HYPOECHOIC -> "darker than the " + reference + " (hypoechoic)";
            case ISOECHOIC -> self ? "grey, with fine speckle (the brightness the others are compared with)"
                    : "about as bright as the " + reference + " (isoechoic)";
            case HYPERECHOIC -> "brighter than the " + reference + " (hyperechoic)";
            case SURFACE -> "a bright surface line with black shadow below";
        };
    }

    /** The short form the alternative text uses, e.g. {@code "brighter than the deltoid muscle"}. */
    String shortWords(String reference, boolean self) {
        return switch (this) {
            case ANECHOIC -> "black";
            case HYPOECHOIC -> "darker than the " + reference;
            case ISOECHOIC -> self ? "grey" : "about as bright as the " + reference;
            case HYPERECHOIC -> "brighter than the " + reference;
            case SURFACE -> "a bright line with shadow below";
        };
    }
}

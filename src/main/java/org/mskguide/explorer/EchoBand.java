package org.mskguide.explorer;

/**
 * How bright a normal tendon looks next to muscle, in the three bands Crass and colleagues reported (Radiology 1988):
 * clearly brighter with the beam square to the tendon, about as bright as muscle when tilted 2 to 7 degrees, darker
 * beyond. Bands, not a curve: the study gives no brightness values between them.
 */
public enum EchoBand {

    BRIGHTER("brighter than muscle", "hyperechoic"),
    LIKE_MUSCLE("about as bright as muscle", "isoechoic"),
    DARKER("darker than muscle", "hypoechoic");

    /** Largest tilt, in degrees, at which the study still found tendon about as bright as muscle. */
    static final int LAST_LIKE_MUSCLE = 7;
    /** Smallest tilt, in degrees, at which the study found tendon about as bright as muscle. */
    static final int FIRST_LIKE_MUSCLE = 2;

    private final String words;
    private final String term;

    EchoBand(String words, String term) {
        this.words = words;
        this.term = term;
    }

    /**
     * The band for a tilt in whole degrees, e.g. {@code at(0)} is {@link #BRIGHTER}, {@code at(4)} is
     * {@link #LIKE_MUSCLE}, {@code at(10)} is {@link #DARKER}. A tilt of 1 degree has no reported band, so it is refused.
     */
    static EchoBand at(int degrees) {
        if (degrees == 0) {
            return BRIGHTER;
        }
        if (degrees >= FIRST_LIKE_MUSCLE && degrees <= LAST_LIKE_MUSCLE) {
            return LIKE_MUSCLE;
        }
        if (degrees > LAST_LIKE_MUSCLE) {
            return DARKER;
        }
        throw new IllegalArgumentException("No reported brightness band for " + degrees + " degrees");
    }

    /** Plain words, e.g. {@code darker than muscle}. */
    public String words() {
        return words;
    }

    /** The sonographer's term, e.g. {@code hypoechoic}. */
    public String term() {
        return term;
    }
}

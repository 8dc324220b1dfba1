package org.mskguide.sonogram;

/**
 * The scanner's controls for one image. Each value is checked against the range a learner meets on an MSK scanner;
 * a value outside it throws {@link IllegalArgumentException} whose message starts with the control's name, so a
 * caller can tell the reader which one was wrong.
 *
 * @param frequencyMHz transducer centre frequency, 5 to 18 MHz (MSK linear transducers reach 15-18 MHz and above:
 *     facts.md, AAPM&amp;R KnowledgeNow)
 * @param depthMm displayed depth, 10 to 60 mm
 * @param focusMm transmit focus, 2 mm to the displayed depth
 * @param gainDb overall gain, -20 to +20 dB
 * @param tiltDeg beam angle away from the phantom's own geometry, -30 to +30 degrees (heel-toe rocking)
 * @param seed the random scatterers; the same seed gives the same image, bit for bit
 */
public record Scan(double frequencyMHz, double depthMm, double focusMm, double gainDb, double tiltDeg, long seed) {

    public static final double MIN_FREQUENCY = 5;
    public static final double MAX_FREQUENCY = 18;
    public static final double MIN_DEPTH = 10;
    public static final double MAX_DEPTH = 60;
    public static final double MIN_FOCUS = 2;
    public static final double MAX_GAIN = 20;
    public static final double MAX_TILT = 30;

    /** The settings most pictures use: 12 MHz, 30 mm deep, focus at 15 mm, no extra gain, no tilt. */
    public static final Scan DEFAULT = new Scan(12, 30, 15, 0, 0, 1);

    public Scan {
        check("frequency", frequencyMHz, MIN_FREQUENCY, MAX_FREQUENCY);
        check("depth", depthMm, MIN_DEPTH, MAX_DEPTH);
        check("focus", focusMm, MIN_FOCUS, depthMm);
        check("gain", gainDb, -MAX_GAIN, MAX_GAIN);
        check("tilt", tiltDeg, -MAX_TILT, MAX_TILT);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + trim(min) + " and " + trim(max));
        }
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    public Scan withFrequency(double mhz) {
        return new Scan(mhz, depthMm, focusMm, gainDb, tiltDeg, seed);
    }

    public Scan withDepth(double mm) {
        return new Scan(frequencyMHz, mm, Math.min(focusMm, mm), gainDb, tiltDeg, seed);
    }

    public Scan withFocus(double mm) {
        return new Scan(frequencyMHz, depthMm, mm, gainDb, tiltDeg, seed);
    }

    public Scan withGain(double db) {
        return new Scan(frequencyMHz, depthMm, focusMm, db, tiltDeg, seed);
    }

    public Scan withTilt(double deg) {
        return new Scan(frequencyMHz, depthMm, focusMm, gainDb, deg, seed);
    }

    public Scan withSeed(long s) {
        return new Scan(frequencyMHz, depthMm, focusMm, gainDb, tiltDeg, s);
    }

    /** Wavelength in mm at 1540 m/s: about 0.10 mm at 15 MHz, 0.21 mm at 7.5 MHz. */
    public double wavelengthMm() {
        return 1.54 / frequencyMHz;
    }
}

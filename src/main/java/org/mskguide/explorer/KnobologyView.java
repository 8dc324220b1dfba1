package org.mskguide.explorer;

import java.util.List;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.AppRoutes;

/**
 * One state of the image-settings (knobology) explorer: the four controls a learner meets first on a scanner, in the
 * units its screen shows, e.g. {@code /explore/knobology?frequency=15&depth=3&focus=1&gain=5}.
 *
 * @param frequencyMHz the transducer's frequency, MHz
 * @param depthCm      how deep the screen shows, cm
 * @param focusCm      where the beam is focused, cm below the skin (never below the screen)
 * @param gainDb       extra gain, dB (0 is the starting setting)
 */
public record KnobologyView(int frequencyMHz, int depthCm, int focusCm, int gainDb) {

    public static final List<Integer> FREQUENCIES = List.of(6, 8, 10, 12, 15, 18);
    public static final List<Integer> DEPTHS = List.of(2, 3, 4, 5, 6);
    public static final List<Integer> FOCUSES = List.of(1, 2, 3, 4, 5);
    public static final List<Integer> GAINS = List.of(-10, -5, 0, 5, 10);
    /** The starting settings: the simulator's own for this view, which the explorer compares each state with. */
    public static final KnobologyView START = new KnobologyView(10, 5, 2, 0);

    // Where the test view's structures lie (sonogram.Phantoms, the knobology view), for the teaching text.
    static final double NERVE_CM = 1.5;
    static final double CYST_CM = 2.4;
    static final double BONE_CM = 4;

    public KnobologyView {
        if (!FREQUENCIES.contains(frequencyMHz) || !DEPTHS.contains(depthCm) || !FOCUSES.contains(focusCm)
                || focusCm > depthCm || !GAINS.contains(gainDb)) {
            throw new IllegalArgumentException("Not an offered setting: " + frequencyMHz + " MHz, " + depthCm
                    + " cm, focus " + focusCm + " cm, gain " + gainDb + " dB");
        }
    }

    /** The simulated image of these settings. */
    SonogramRequest sonogram() {
        return new SonogramRequest(View.KNOBOLOGY, Variant.NORMAL, false, null, View.KNOBOLOGY.defaults()
                .withFrequency(frequencyMHz).withDepth(depthCm * 10).withFocus(focusCm * 10).withGain(gainDb));
    }

    /** The state's own address, every setting in it. */
    public String path() {
        return AppRoutes.EXPLORE_KNOBOLOGY + "?" + KnobologyForm.FREQUENCY + "=" + frequencyMHz + "&"
                + KnobologyForm.DEPTH + "=" + depthCm + "&" + KnobologyForm.FOCUS + "=" + focusCm + "&"
                + KnobologyForm.GAIN + "=" + gainDb;
    }

    /** {@code 10 MHz, 5 cm deep, focus at 2 cm, gain 0 dB}. */
    public String label() {
        return frequencyMHz + " MHz, " + depthCm + " cm deep, focus at " + focusCm + " cm, gain " + signed(gainDb)
                + " dB";
    }

    static String signed(int db) {
        return db > 0 ? "+" + db : String.valueOf(db);
    }
}

package org.mskguide.explorer;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.web.FieldErrors;

/**
 * The image-settings (knobology) explorer's page, built from a {@link Reading} of the address: four groups of radio
 * buttons (frequency, depth, focus, gain), any problems, and for a valid address the simulated image with a note per
 * setting saying what it does to the picture and why. The sentence names what differs from the starting settings.
 */
public record KnobologyExplorer(List<Option> frequencies, List<Option> depths, List<Option> focuses,
        List<Option> gains, FieldErrors errors, ExplorerResult result, List<Citation> sources) {

    /** E.g. {@code of(KnobologyForm.read(query), sources.knobology())}. */
    public static KnobologyExplorer of(Reading<KnobologyView> reading, List<Citation> sources) {
        KnobologyView view = reading.state();
        return new KnobologyExplorer(
                Option.numbers(KnobologyForm.FREQUENCY, KnobologyView.FREQUENCIES, f -> f + " MHz", reading),
                Option.numbers(KnobologyForm.DEPTH, KnobologyView.DEPTHS, cm -> cm + " cm", reading),
                Option.numbers(KnobologyForm.FOCUS, KnobologyView.FOCUSES, cm -> cm + " cm", reading),
                Option.numbers(KnobologyForm.GAIN, KnobologyView.GAINS, db -> KnobologyView.signed(db) + " dB",
                        reading),
                reading.errors(), view == null ? null : result(view), sources);
    }

    static ExplorerResult result(KnobologyView view) {
        Figure image = SimulatedScreen.of(view.sonogram(), "Test view at " + view.label()
                + ": tendon, muscle, a nerve, a cyst and the bone surface.");
        return new ExplorerResult(view.label(), sentence(view), List.of(image), view.path(), notes(view));
    }

    /** What differs from the starting settings, in a line each; or how to start. */
    static String sentence(KnobologyView view) {
        KnobologyView start = KnobologyView.START;
        List<String> changes = new ArrayList<>();
        if (view.frequencyMHz() != start.frequencyMHz()) {
            changes.add(view.frequencyMHz() > start.frequencyMHz()
                    ? "Higher frequency (" + view.frequencyMHz() + " MHz): finer detail near the skin, less reach."
                    : "Lower frequency (" + view.frequencyMHz() + " MHz): more reach, coarser detail.");
        }
        if (view.depthCm() != start.depthCm()) {
            changes.add(view.depthCm() < start.depthCm()
                    ? "Less depth (" + view.depthCm() + " cm): the near structures fill more of the screen."
                    : "More depth (" + view.depthCm() + " cm): more tissue shown, each part smaller.");
        }
        if (view.focusCm() != start.focusCm()) {
            changes.add("Focus moved to " + view.focusCm() + " cm: side-to-side detail is sharpest there.");
        }
        if (view.gainDb() != start.gainDb()) {
            changes.add(view.gainDb() > start.gainDb()
                    ? "More gain (" + KnobologyView.signed(view.gainDb()) + " dB): the whole picture is brighter."
                    : "Less gain (" + view.gainDb() + " dB): the whole picture is darker.");
        }
        if (changes.isEmpty()) {
            return "These are the starting settings. Change one setting at a time and compare the picture.";
        }
        return "Compared with the starting settings (" + start.label() + "). " + String.join(" ", changes);
    }

    /** One note per setting: what it does to this picture and why. */
    static List<String> notes(KnobologyView view) {
        return List.of(frequencyNote(view), depthNote(view), focusNote(view), gainNote(view));
    }

    static String frequencyNote(KnobologyView view) {
        int f = view.frequencyMHz();
        String why = " Sound of higher frequency has a shorter wavelength, so it shows finer detail, but tissue soaks"
                + " it up faster (about 0.5 dB per cm for every MHz), so it reaches less deep.";
        if (f >= 15) {
            return "Frequency, " + f + " MHz: the speckle is fine and the tendon's fibres and the nerve's bundles are"
                    + " crisp, but the deep part of the picture fades to black, and the bone surface at about "
                    + cm(KnobologyView.BONE_CM) + " is faint or lost." + why;
        }
        if (f <= 8) {
            return "Frequency, " + f + " MHz: the sound reaches the bone surface at about " + cm(KnobologyView.BONE_CM)
                    + " easily, but the speckle is coarse and the small nerve at " + cm(KnobologyView.NERVE_CM)
                    + " is less sharp." + why;
        }
        return "Frequency, " + f + " MHz: a middle setting, with fair detail near the skin and enough reach for the"
                + " bone surface at about " + cm(KnobologyView.BONE_CM) + "." + why;
    }

    static String depthNote(KnobologyView view) {
        int d = view.depthCm();
        String shown = d < KnobologyView.BONE_CM
                ? " The bone surface at about " + cm(KnobologyView.BONE_CM) + " is below the screen, so what is left is"
                        + " drawn bigger."
                : " It reaches the bone surface at about " + cm(KnobologyView.BONE_CM) + "; the more depth, the"
                        + " smaller each structure is drawn.";
        return "Depth, " + d + " cm: the screen shows the tissue from the skin down to " + d + " cm." + shown
                + " Set the depth so the structure you are looking at, and a little below it, fills the screen.";
    }

    static String focusNote(KnobologyView view) {
        int f = view.focusCm();
        String near = Math.abs(f - KnobologyView.NERVE_CM) <= 0.5 ? " The nerve at " + cm(KnobologyView.NERVE_CM)
                + " is in the focus, so its bundles look sharpest."
                : Math.abs(f - KnobologyView.CYST_CM) <= 0.6 ? " The cyst at " + cm(KnobologyView.CYST_CM)
                        + " is in the focus, so its edges look sharpest."
                        : "";
        return "Focus, " + f + " cm (the triangle at the right edge of the picture): the beam is narrowest at this"
                + " depth, so detail from side to side is sharpest there and blurs above and below it." + near
                + " Move the focus to the depth of the structure you are looking at.";
    }

    static String gainNote(KnobologyView view) {
        int g = view.gainDb();
        String effect = g > 0 ? " The picture is brighter, and so is the noise"
                + (view.depthCm() > KnobologyView.BONE_CM ? ": the black shadow below the bone turns grey." : ".")
                : g < 0 ? " The picture is darker, and weak echoes, such as the speckle inside muscle, fade towards"
                        + " black." : " This is the starting setting.";
        return "Gain, " + KnobologyView.signed(g) + " dB: gain turns up every echo by the same amount after it comes"
                + " back, so it changes how bright the picture is, not what the sound found." + effect;
    }

    private static String cm(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " cm";
    }

    /** The page's title names the state, e.g. {@code Image settings explorer: 10 MHz, 5 cm deep, ...}. */
    public String title() {
        return result == null ? "Image settings explorer" : "Image settings explorer: " + result.heading();
    }
}

package org.mskguide.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mskguide.web.FieldErrors;

/**
 * The needle explorer's page, built from a {@link Reading} of the address: three groups of radio buttons (approach,
 * depth, angle), any problems, and for a valid address the result to draw. A group keeps the reader's valid choice
 * when another group has a problem.
 */
public record NeedleExplorer(List<Option> approaches, List<Option> depths, List<Option> angles, FieldErrors errors,
        ExplorerResult result, List<Citation> sources) {

    /** The shallowest angle offered: the shaft lies nearly along the skin. */
    static final int FLAT = 15;
    /** From this angle on the echo from the shaft is weak. */
    static final int STEEP = 45;

    /** E.g. {@code of(NeedleForm.read(query), sources.needle())}. */
    public static NeedleExplorer of(Reading<NeedleView> reading, List<Citation> sources) {
        NeedleView view = reading.state();
        List<Option> approaches = new ArrayList<>();
        for (NeedleApproach approach : NeedleApproach.values()) {
            approaches.add(new Option(approach.ordinal() == 0 ? NeedleForm.APPROACH
                    : NeedleForm.APPROACH + "-" + approach.param(), approach.param(), approach.label(),
                    reading.checked(NeedleForm.APPROACH, approach.param())));
        }
        List<Option> depths = Option.numbers(NeedleForm.DEPTH, NeedleView.DEPTHS, cm -> cm + " cm", reading);
        List<Option> angles = Option.numbers(NeedleForm.ANGLE, NeedleView.ANGLES, deg -> deg + " degrees", reading);
        return new NeedleExplorer(approaches, depths, angles, reading.errors(), view == null ? null : result(view),
                sources);
    }

    static ExplorerResult result(NeedleView view) {
        String heading = view.approach().label() + " at " + view.angleDeg() + " degrees, " + view.depthCm()
                + " cm deep: " + (view.angleDeg() >= STEEP ? "a faint " : "a bright ")
                + (view.inPlane() ? "line" : "dot");
        return new ExplorerResult(heading, sentence(view),
                List.of(NeedleDrawing.side(view), SimulatedScreen.of(view.sonogram(), "A needle "
                        + (view.inPlane() ? "in plane" : "out of plane") + " at " + view.angleDeg()
                        + " degrees to the skin, its tip " + view.depthCm() + " cm deep in muscle.")), view.path());
    }

    /** Says what the screen shows for this approach and angle, and why. */
    static String sentence(NeedleView view) {
        String depth = view.depthCm() + " cm";
        String shape = view.inPlane()
                ? "In plane, the needle travels along the transducer's length, inside the thin slice the beam scans."
                        + " So the screen shows the shaft and the tip as a line down to the target " + depth + " deep."
                : "Out of plane, the needle crosses the beam's thin slice from the side. Only the short piece inside"
                        + " the slice shows, as a dot at " + depth + ". The dot marks where the shaft crosses the"
                        + " slice, which is not always the tip.";
        String angle;
        if (view.angleDeg() <= FLAT) {
            angle = " At " + view.angleDeg() + " degrees the needle lies nearly flat, so the beam meets the metal almost"
                    + " square and much of its echo comes back: a bright needle, with evenly spaced fainter lines"
                    + " below it (reverberation).";
        } else if (view.angleDeg() < STEEP) {
            angle = " At " + view.angleDeg() + " degrees the needle still shows well: shallow angles of about 30"
                    + " degrees suit an in-plane approach. Fainter copies of it line up below (reverberation).";
        } else if (view.inPlane()) {
            angle = " At " + view.angleDeg() + " degrees the metal is steep, so most of its echo bounces away from the"
                    + " transducer and the needle looks faint. A flatter path, from further away, shows it better.";
        } else {
            angle = " At " + view.angleDeg() + " degrees less of the echo comes straight back, so in this simulation"
                    + " the dot is fainter than at a flat angle.";
        }
        return shape + angle;
    }

    /** The page's title names the state, e.g. {@code Needle approach explorer: in plane, 2 cm, 30 degrees}. */
    public String title() {
        if (result == null) {
            return "Needle approach explorer";
        }
        return "Needle approach explorer: " + checked(approaches).toLowerCase(Locale.ROOT) + ", " + checked(depths)
                + ", " + checked(angles);
    }

    private static String checked(List<Option> options) {
        return options.stream().filter(Option::checked).findFirst().orElseThrow().label();
    }
}

package org.mskguide.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.FieldErrors;

/**
 * The needle explorer's page, built from a {@link Reading} of the address: the two groups of radio buttons (approach,
 * depth), any problems, and for a valid address the result to draw. A group keeps the reader's valid choice when the
 * other group has a problem.
 */
public record NeedleExplorer(List<Option> approaches, List<Option> depths, FieldErrors errors, ExplorerResult result,
        List<Citation> sources) {

    public static final List<Citation> SOURCES = List.of(Citation.REUSZ_2014, Citation.DAFTARY_2015,
            Citation.MSK_OVERVIEW);

    /** E.g. {@code of(NeedleForm.read(query))}. */
    public static NeedleExplorer of(Reading<NeedleView> reading) {
        NeedleView view = reading.state();
        List<Option> approaches = new ArrayList<>();
        for (NeedleApproach approach : NeedleApproach.values()) {
            approaches.add(new Option(approach.ordinal() == 0 ? NeedleForm.APPROACH
                    : NeedleForm.APPROACH + "-" + approach.param(), approach.param(), approach.label(),
                    reading.checked(NeedleForm.APPROACH, approach.param())));
        }
        List<Option> depths = NeedleView.DEPTHS.stream()
                .map(cm -> new Option(cm.equals(NeedleView.DEPTHS.get(0)) ? NeedleForm.DEPTH
                        : NeedleForm.DEPTH + "-" + cm, String.valueOf(cm), cm + " cm",
                        reading.checked(NeedleForm.DEPTH, String.valueOf(cm))))
                .toList();
        return new NeedleExplorer(approaches, depths, reading.errors(), view == null ? null : result(view), SOURCES);
    }

    static ExplorerResult result(NeedleView view) {
        String heading = view.approach().label() + ", " + view.depthCm() + " cm deep: the needle shows as a "
                + (view.inPlane() ? "line" : "dot");
        return new ExplorerResult(heading, sentence(view),
                List.of(NeedleDrawing.side(view), SimulatedScreen.of(new SonogramRequest(View.NEEDLE, Variant.NORMAL, false,
                        SonogramRequest.needle(view.inPlane(), SonogramRequest.DEFAULT_NEEDLE_ANGLE, view.depthCm() * 10),
                        View.NEEDLE.defaults()), "A needle " + (view.inPlane() ? "in plane" : "out of plane")
                        + " at 30 degrees, its tip " + view.depthCm() + " cm deep in muscle.")), view.path());
    }

    /** Says what the screen shows for this approach and why. */
    static String sentence(NeedleView view) {
        String depth = view.depthCm() + " cm";
        return view.inPlane()
                ? "In plane, the needle travels along the transducer's length, inside the thin slice the beam scans."
                        + " So the screen shows the whole needle, shaft and tip, as a bright line down to the target "
                        + depth + " deep."
                : "Out of plane, the needle crosses the beam's thin slice from the side. Only the short piece inside"
                        + " the slice shows, so the screen shows the needle as a bright dot, here at the target "
                        + depth + " deep.";
    }

    /** The page's title names the state, e.g. {@code Needle approach explorer: in plane, 2 cm}. */
    public String title() {
        if (result == null) {
            return "Needle approach explorer";
        }
        String approach = approaches.stream().filter(Option::checked).findFirst().orElseThrow().label();
        String depth = depths.stream().filter(Option::checked).findFirst().orElseThrow().label();
        return "Needle approach explorer: " + approach.toLowerCase(Locale.ROOT) + ", " + depth;
    }
}

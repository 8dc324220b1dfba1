package org.mskguide.explorer;

import java.util.List;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.FieldErrors;

/**
 * The beam-angle (anisotropy) explorer's page, built from a {@link Reading} of the address: the radio buttons, any
 * problems, and for a valid address the result to draw. Plain Java, so every state is tested without a server.
 */
public record BeamAngleExplorer(List<Option> options, FieldErrors errors, ExplorerResult result,
        List<Citation> sources) {

    /** E.g. {@code of(BeamAngleForm.read(query), sources.beamAngle())}. */
    public static BeamAngleExplorer of(Reading<BeamAngle> reading, List<Citation> sources) {
        BeamAngle angle = reading.state();
        List<Option> options = BeamAngle.CHOICES.stream()
                .map(degrees -> new Option(degrees.equals(BeamAngle.CHOICES.get(0)) ? BeamAngleForm.ANGLE
                        : BeamAngleForm.ANGLE + "-" + degrees, String.valueOf(degrees),
                        degrees == 0 ? "0 degrees (square-on)" : degrees + " degrees",
                        reading.checked(BeamAngleForm.ANGLE, String.valueOf(degrees))))
                .toList();
        return new BeamAngleExplorer(options, reading.errors(), angle == null ? null : result(angle), sources);
    }

    static ExplorerResult result(BeamAngle angle) {
        EchoBand band = angle.band();
        String heading = "At " + angle.label() + ": tendon " + band.words();
        return new ExplorerResult(heading, sentence(angle),
                List.of(BeamAngleDrawing.side(angle), SimulatedScreen.of(new SonogramRequest(View.TENDON, Variant.NORMAL, false,
                        null, View.TENDON.defaults().withTilt(angle.degrees())), "A tendon over muscle and bone, the beam "
                        + angle.label() + " from square.")), angle.path());
    }

    /** Says what the reader sees at this angle and why, in the study's terms. */
    static String sentence(BeamAngle angle) {
        return switch (angle.band()) {
            case BRIGHTER -> "The beam meets the tendon square-on. The tendon's fibres lie in neat parallel lines, and"
                    + " they send the most echo back when the beam hits them square. So the tendon looks clearly"
                    + " brighter than the muscle around it (hyperechoic).";
            case LIKE_MUSCLE -> "A tilt of just " + angle.label() + " means less of the tendon's echo comes back to the"
                    + " transducer. In the 1988 study, tendons looked about as bright as muscle (isoechoic) at tilts"
                    + " of " + EchoBand.FIRST_LIKE_MUSCLE + " to " + EchoBand.LAST_LIKE_MUSCLE + " degrees. The"
                    + " tendon has not changed: only the angle has.";
            case DARKER -> "At " + angle.label() + ", even less echo comes back, so the normal tendon looks darker than"
                    + " muscle (hypoechoic). That can look like disease. Sonographers rock the transducer (heel-toe) to"
                    + " bring the beam square again before they call a tendon abnormal.";
        };
    }

    /** The page's title names the state, so a bookmark or a browser tab says which view it is. */
    public String title() {
        return options.stream().filter(Option::checked).findFirst()
                .map(o -> "Beam angle explorer: " + o.value() + " degrees").orElse("Beam angle explorer");
    }
}

package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

class BeamAngleDrawingTest {

    @ParameterizedTest
    @CsvSource({ "0, BRIGHTER", "2, LIKE_MUSCLE", "4, LIKE_MUSCLE", "7, LIKE_MUSCLE", "8, DARKER", "10, DARKER",
            "15, DARKER", "20, DARKER" })
    void eachAngleFallsInTheBandTheStudyReported(int degrees, EchoBand band) {
        assertThat(EchoBand.at(degrees)).isEqualTo(band);
    }

    @Test
    void oneDegreeHasNoBandAndIsNotOffered() {
        assertThatThrownBy(() -> EchoBand.at(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BeamAngle.CHOICES).doesNotContain(1).startsWith(0).endsWith(BeamAngle.MAX);
        assertThatThrownBy(() -> new BeamAngle(1)).isInstanceOf(IllegalArgumentException.class);
        for (int degrees : BeamAngle.CHOICES) {
            assertThat(new BeamAngle(degrees).band()).isNotNull();
        }
    }

    @Test
    void theSideViewTurnsTheTransducerByTheTrueAngleAndTheBeamEndsOnTheTendon() {
        for (int degrees : BeamAngle.CHOICES) {
            SvgCheck side = new SvgCheck(BeamAngleDrawing.side(new BeamAngle(degrees)).svg());

            Element probe = side.one("ex-probe");
            assertThat(probe.getAttribute("transform")).isEqualTo("rotate(" + degrees + " 180 110)");
            Element beam = side.one("ex-beam");
            // The arrowhead's tip is 10 units beyond the line's end; turned by the angle, it lands on the tendon.
            double length = SvgCheck.number(beam, "y2") + 10 - SvgCheck.number(beam, "y1");
            double tipY = BeamAngleDrawing.SKIN_Y + length * Math.cos(Math.toRadians(degrees));
            assertThat(tipY).as(degrees + " degrees").isCloseTo(BeamAngleDrawing.TENDON_TOP, within(0.2));
            assertThat(side.texts()).contains("Tilt: " + degrees + "°", "Tendon", "Muscle", "Beam", "Transducer");
            side.keepsTheDrawingRules("ex-probe");
            side.labelsDoNotOverlap("ex-probe");
        }
    }

    @Test
    void titlesAndDescriptionsSayWhatTheDrawingShows() {
        String square = BeamAngleDrawing.side(BeamAngle.SQUARE).svg();
        String tilted = BeamAngleDrawing.side(new BeamAngle(10)).svg();

        assertThat(square).contains("<title id=\"beam-side-title\">Side view: beam square to the tendon</title>");
        assertThat(tilted).contains("<title id=\"beam-side-title\">Side view: beam tilted 10 degrees from square</title>");
    }

    @Test
    void theResultSentenceFollowsTheBand() {
        assertThat(BeamAngleExplorer.sentence(BeamAngle.SQUARE)).contains("square-on").contains("brighter")
                .contains("(hyperechoic)");
        assertThat(BeamAngleExplorer.sentence(new BeamAngle(4))).contains("4 degrees").contains("2 to 7 degrees")
                .contains("(isoechoic)");
        assertThat(BeamAngleExplorer.sentence(new BeamAngle(15))).contains("15 degrees").contains("(hypoechoic)")
                .contains("heel-toe");
        assertThat(BeamAngleExplorer.result(new BeamAngle(7)).heading())
                .isEqualTo("At 7 degrees: tendon about as bright as muscle");
        assertThat(BeamAngleExplorer.result(new BeamAngle(7)).link()).isEqualTo("/explore/beam-angle?angle=7");
    }
}

package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Frame;
import org.w3c.dom.Element;

class NeedleDrawingTest {

    @Test
    void theSideViewDrawsTheNeedleAtItsTrueAngleDownToTheTargetAtItsDepth() {
        for (NeedleApproach approach : NeedleApproach.values()) {
            for (int depth : NeedleView.DEPTHS) {
                for (int angle : NeedleView.ANGLES) {
                    NeedleView view = new NeedleView(approach, depth, angle);
                    SvgCheck side = new SvgCheck(NeedleDrawing.side(view).svg());
                    Element needle = side.one("ex-needle");
                    double dx = SvgCheck.number(needle, "x2") - SvgCheck.number(needle, "x1");
                    double dy = SvgCheck.number(needle, "y2") - SvgCheck.number(needle, "y1");

                    assertThat(Math.toDegrees(Math.atan2(dy, dx))).as(view.toString()).isCloseTo(angle, within(0.5));
                    assertThat(SvgCheck.number(needle, "y2")).isEqualTo(NeedleDrawing.SKIN_Y
                            + depth * 10 * NeedleDrawing.SIDE_MM);
                    assertThat(SvgCheck.number(needle, "x1")).isGreaterThanOrEqualTo(NeedleDrawing.LEFT_EDGE);
                    assertThat(side.texts()).contains("Angle: " + angle + "°", "Needle", "Target");
                    side.keepsTheDrawingRules(null);
                    side.labelsDoNotOverlap(null);
                }
            }
        }
    }

    @Test
    void inPlaneTheNeedleGoesInAtTheTransducersEndNeverThroughIt() {
        for (int depth : NeedleView.DEPTHS) {
            for (int angle : NeedleView.ANGLES) {
                NeedleView view = new NeedleView(NeedleApproach.IN_PLANE, depth, angle);

                assertThat(NeedleDrawing.entry(view).x()).as(view.toString())
                        .isLessThanOrEqualTo(NeedleDrawing.PROBE_LEFT + 0.5);
                assertThat(view.tipXmm()).isBetween(-Frame.PROBE_MM / 2, NeedleView.MAX_TIP_X);
            }
        }
    }

    @Test
    void theSideViewAndTheSimulatedImageAgreeOnWhereTheTipIs() {
        for (NeedleApproach approach : NeedleApproach.values()) {
            NeedleView view = new NeedleView(approach, 3, 45);
            SonogramRequest image = view.sonogram();
            Element target = new SvgCheck(NeedleDrawing.side(view).svg()).one("ex-target");

            assertThat(image.needle().tipX()).isEqualTo(view.tipXmm());
            assertThat(image.needle().tipDepth()).isEqualTo(30);
            assertThat(image.needle().angleDeg()).isEqualTo(45);
            assertThat(image.needle().inPlane()).isEqualTo(view.inPlane());
            assertThat(SvgCheck.number(target, "cx")).isCloseTo(NeedleDrawing.CENTRE_X
                    + view.tipXmm() * NeedleDrawing.SIDE_MM, within(0.1));
        }
    }

    @Test
    void outOfPlaneTheSideViewShowsTheSliceEdgeOnWithTheNeedleCrossingItAtTheTarget() {
        NeedleView view = new NeedleView(NeedleApproach.OUT_OF_PLANE, 3, 30);
        SvgCheck side = new SvgCheck(NeedleDrawing.side(view).svg());

        Element slice = side.one("ex-slice");
        Element needle = side.one("ex-needle");
        double sliceLeft = SvgCheck.number(slice, "x");
        double sliceRight = sliceLeft + SvgCheck.number(slice, "width");
        assertThat(SvgCheck.number(slice, "width")).isEqualTo(NeedleDrawing.SLICE_WIDTH);
        assertThat(SvgCheck.number(needle, "x1")).isLessThan(sliceLeft);
        assertThat(SvgCheck.number(needle, "x2")).isBetween(sliceLeft, sliceRight);
        assertThat(side.texts()).contains("Transducer", "end-on", "Beam slice", "Target", "Needle");
        side.keepsTheDrawingRules(null);
    }

    @Test
    void theResultSaysLineOrDotAndBrightOrFaint() {
        ExplorerResult flat = NeedleExplorer.result(new NeedleView(NeedleApproach.IN_PLANE, 2, 15));
        ExplorerResult steep = NeedleExplorer.result(new NeedleView(NeedleApproach.IN_PLANE, 2, 60));
        ExplorerResult outOfPlane = NeedleExplorer.result(new NeedleView(NeedleApproach.OUT_OF_PLANE, 4, 30));

        assertThat(flat.heading()).isEqualTo("In plane at 15 degrees, 2 cm deep: a bright line");
        assertThat(flat.sentence()).contains("line").contains("2 cm").contains("reverberation");
        assertThat(steep.heading()).isEqualTo("In plane at 60 degrees, 2 cm deep: a faint line");
        assertThat(steep.sentence()).contains("faint");
        assertThat(outOfPlane.heading()).isEqualTo("Out of plane at 30 degrees, 4 cm deep: a bright dot");
        assertThat(outOfPlane.sentence()).contains("dot").contains("4 cm");
        assertThat(outOfPlane.link()).isEqualTo("/explore/needle?approach=out-of-plane&depth=4&angle=30");
        assertThat(flat.figures()).hasSize(2);
        assertThat(flat.figures().get(1).caption()).startsWith("Simulated image.");
    }
}

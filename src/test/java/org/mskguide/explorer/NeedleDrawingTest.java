package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class NeedleDrawingTest {

    @Test
    void inPlaneTheScreenShowsTheWholeNeedleAsALineFromTheEdgeToTheTarget() {
        for (int depth : NeedleView.DEPTHS) {
            NeedleView view = new NeedleView(NeedleApproach.IN_PLANE, depth);
            SvgCheck screen = new SvgCheck(NeedleDrawing.screen(view).svg());

            Element needle = screen.one("ex-needle");
            assertThat(needle.getLocalName()).isEqualTo("line");
            assertThat(needle.getAttribute("class")).contains("s-screen");
            Element target = screen.one("ex-target");
            assertThat(SvgCheck.number(needle, "x1")).isEqualTo(NeedleDrawing.IMAGE_X);
            assertThat(SvgCheck.number(needle, "x2")).isEqualTo(SvgCheck.number(target, "cx"));
            assertThat(SvgCheck.number(needle, "y2")).isEqualTo(SvgCheck.number(target, "cy"));
            assertThat(screen.texts()).contains("Needle: a bright line");
            screen.keepsTheDrawingRules(null);
        }
    }

    @Test
    void outOfPlaneTheScreenShowsTheNeedleAsADotAtTheTarget() {
        for (int depth : NeedleView.DEPTHS) {
            NeedleView view = new NeedleView(NeedleApproach.OUT_OF_PLANE, depth);
            SvgCheck screen = new SvgCheck(NeedleDrawing.screen(view).svg());

            Element needle = screen.one("ex-needle");
            assertThat(needle.getLocalName()).isEqualTo("circle");
            assertThat(needle.getAttribute("class")).contains("f-bright");
            Element target = screen.one("ex-target");
            assertThat(SvgCheck.number(needle, "cx")).isEqualTo(SvgCheck.number(target, "cx"));
            assertThat(SvgCheck.number(needle, "cy")).isEqualTo(SvgCheck.number(target, "cy"));
            assertThat(screen.byClass("ex-needle")).noneMatch(e -> e.getLocalName().equals("line"));
            assertThat(screen.texts()).contains("Needle: a bright dot");
            screen.keepsTheDrawingRules(null);
        }
    }

    @Test
    void theTargetSitsAtItsDepthOnTheScreensCentimetreScale() {
        for (int depth : NeedleView.DEPTHS) {
            for (NeedleApproach approach : NeedleApproach.values()) {
                SvgCheck screen = new SvgCheck(NeedleDrawing.screen(new NeedleView(approach, depth)).svg());

                assertThat(SvgCheck.number(screen.one("ex-target"), "cy"))
                        .isEqualTo(NeedleDrawing.IMAGE_Y + depth * NeedleDrawing.SCREEN_CM);
                assertThat(screen.texts()).contains("0 cm", NeedleView.SCREEN_DEPTH_CM + " cm");
            }
        }
    }

    @Test
    void theSideViewAndTheScreenAgreeOnWhereTheNeedleEntersThePicture() {
        for (int depth : NeedleView.DEPTHS) {
            NeedleView view = new NeedleView(NeedleApproach.IN_PLANE, depth);
            SvgCheck side = new SvgCheck(NeedleDrawing.side(view).svg());
            Element needle = side.one("ex-needle");
            double x1 = SvgCheck.number(needle, "x1");
            double y1 = SvgCheck.number(needle, "y1");
            double x2 = SvgCheck.number(needle, "x2");
            double y2 = SvgCheck.number(needle, "y2");
            // Where the drawn needle passes under the transducer's left edge, in the screen's units.
            double yAtEdge = y1 + (NeedleDrawing.PROBE_LEFT - x1) / (x2 - x1) * (y2 - y1);
            double onScreen = NeedleDrawing.IMAGE_Y + (yAtEdge - NeedleDrawing.SKIN_Y)
                    * NeedleDrawing.SCREEN_CM / NeedleDrawing.SIDE_CM;

            assertThat(SvgCheck.number(new SvgCheck(NeedleDrawing.screen(view).svg()).one("ex-needle"), "y1"))
                    .isCloseTo(onScreen, within(0.2));
            assertThat(y2).isEqualTo(NeedleDrawing.SKIN_Y + depth * NeedleDrawing.SIDE_CM);
            side.keepsTheDrawingRules(null);
        }
    }

    @Test
    void outOfPlaneTheSideViewShowsTheSliceEdgeOnWithTheNeedleCrossingItAtTheTarget() {
        NeedleView view = new NeedleView(NeedleApproach.OUT_OF_PLANE, 3);
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
        assertThat(new SvgCheck(NeedleDrawing.side(new NeedleView(NeedleApproach.IN_PLANE, 3)).svg()).one("ex-slice")
                .getAttribute("width")).isEqualTo("160");
    }

    @Test
    void theResultSaysLineOrDot() {
        ExplorerResult inPlane = NeedleExplorer.result(new NeedleView(NeedleApproach.IN_PLANE, 2));
        ExplorerResult outOfPlane = NeedleExplorer.result(new NeedleView(NeedleApproach.OUT_OF_PLANE, 4));

        assertThat(inPlane.heading()).isEqualTo("In plane, 2 cm deep: the needle shows as a line");
        assertThat(inPlane.sentence()).contains("whole needle").contains("bright line").contains("2 cm");
        assertThat(outOfPlane.heading()).isEqualTo("Out of plane, 4 cm deep: the needle shows as a dot");
        assertThat(outOfPlane.sentence()).contains("bright dot").contains("4 cm");
        assertThat(outOfPlane.link()).isEqualTo("/explore/needle?approach=out-of-plane&depth=4");
        assertThat(inPlane.figures()).hasSize(2);
    }
}

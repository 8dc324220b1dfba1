package org.mskguide.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Hotspot;
import org.mskguide.quiz.HotspotFigure;
import org.mskguide.quiz.Question;
import org.mskguide.sonogram.Echogenicity;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Tissue;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/**
 * Grading a click against a structure map, without Quarkus: on a hand-made map (exact edges) and on every real
 * find-it item, where a click on each letter must grade the same as choosing that letter.
 */
class ClickGraderTest {

    // A 100 x 40 band (the target) painted over a muscle that fills 0..200 x 0..200.
    private static final MappedStructure MUSCLE = new MappedStructure("Muscle", Tissue.MUSCLE, true,
            List.of(new int[] {0, 0}, new int[] {200, 0}, new int[] {200, 200}, new int[] {0, 200}), 100, 150, 40, 0, 30,
            Echogenicity.ISOECHOIC, "about as bright as the muscle");
    private static final MappedStructure TENDON = new MappedStructure("Tendon", Tissue.TENDON, true,
            List.of(new int[] {50, 50}, new int[] {150, 50}, new int[] {150, 90}, new int[] {50, 90}), 100, 70, 150, 5, 9,
            Echogenicity.HYPERECHOIC, "brighter than the muscle");
    private static final List<MappedStructure> MAP = List.of(MUSCLE, TENDON);
    private static final Hotspot HOTSPOT = new Hotspot(View.TENDON, Variant.NORMAL, "Tendon", List.of("Muscle",
            "Tendon", "Bone surface"));

    @Test
    void aClickInsideTheTargetIsRightAndNamesIt() {
        ClickGrader.Graded graded = ClickGrader.grade(HOTSPOT, MAP, 100, 70);

        assertThat(graded.correct()).isTrue();
        assertThat(graded.hit()).isEqualTo("Tendon");
        assertThat(graded.feedback()).isEqualTo("You clicked in the tendon.");
    }

    @Test
    void aClickOutsideIsWrongAndSaysWhereItLandedAndWhereTheTargetIs() {
        ClickGrader.Graded above = ClickGrader.grade(HOTSPOT, MAP, 100, 20);
        ClickGrader.Graded belowRight = ClickGrader.grade(HOTSPOT, MAP, 180, 150);

        assertThat(above.correct()).isFalse();
        assertThat(above.hit()).isEqualTo("Muscle");
        assertThat(above.feedback()).isEqualTo("You clicked in the muscle; the tendon is below it.");
        assertThat(belowRight.feedback()).isEqualTo("You clicked in the muscle; the tendon is above and to the left of"
                + " it.");
    }

    @Test
    void aClickOnTheEdgeOrWithinThreePixelsOfItCountsAndFourPixelsOutDoesNot() {
        // The muscle has no letter here, so a near miss into it still counts.
        Hotspot noMuscleLetter = new Hotspot(View.TENDON, Variant.NORMAL, "Tendon", List.of("Tendon", "Bone surface",
                "Skin"));
        assertThat(ClickGrader.grade(HOTSPOT, MAP, 50, 70).correct()).as("on the left edge").isTrue();
        assertThat(ClickGrader.grade(HOTSPOT, MAP, 100, 90).correct()).as("on the bottom edge").isTrue();
        assertThat(ClickGrader.grade(noMuscleLetter, MAP, 100, 93).correct()).as("3 px below").isTrue();
        assertThat(ClickGrader.grade(noMuscleLetter, MAP, 100, 94).correct()).as("4 px below").isFalse();
        assertThat(ClickGrader.grade(noMuscleLetter, MAP, 46, 70).correct()).as("4 px left").isFalse();
    }

    @Test
    void aNearMissIntoAnotherLetteredStructureMeansThatStructure() {
        // The muscle has letter A: 3 px below the tendon is the muscle, as choosing A would be.
        ClickGrader.Graded graded = ClickGrader.grade(HOTSPOT, MAP, 100, 93);

        assertThat(graded.correct()).isFalse();
        assertThat(graded.hit()).isEqualTo("Muscle");
    }

    @Test
    void aClickOutsideEveryStructureIsOutsideTheScannedArea() {
        ClickGrader.Graded graded = ClickGrader.grade(HOTSPOT, MAP, 300, 300);

        assertThat(graded.hit()).isNull();
        assertThat(graded.feedback()).startsWith("You clicked outside the scanned area (the black border); the tendon"
                + " is above and to the left of it.");
    }

    @Test
    void onEveryRealItemAClickOnALetterGradesLikeChoosingThatLetter() {
        Simulator simulator = new Simulator();
        List<Question> items = new org.mskguide.quiz.QuestionBankLoader(new org.mskguide.content.ContentLoader(
                org.mskguide.web.AppRoutes.PATHS).load(java.nio.file.Path.of("content")))
                .load(java.nio.file.Path.of("content")).questions().stream().filter(q -> q.hotspot() != null).toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(25);
        for (Question q : items) {
            Hotspot h = q.hotspot();
            List<MappedStructure> map = simulator.render(h.request().phantom(), h.request().scan()).structureMap();
            for (Map.Entry<String, int[]> letter : HotspotFigure.letterPoints(h, map).entrySet()) {
                ClickGrader.Graded click = ClickGrader.grade(h, map, letter.getValue()[0], letter.getValue()[1]);
                boolean letterRight = q.choice(letter.getKey().toLowerCase()).orElseThrow().correct();
                assertThat(click.correct()).as(q.id() + " letter " + letter.getKey()).isEqualTo(letterRight);
                assertThat(click.hit()).as(q.id() + " letter " + letter.getKey())
                        .isEqualTo(h.structureOf(letter.getKey()));
            }
        }
    }
}

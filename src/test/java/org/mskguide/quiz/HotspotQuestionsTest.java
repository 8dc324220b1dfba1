package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.content.ContentException;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Simulator;

/**
 * "Find it" (hotspot) questions without Quarkus: the real bank has at least 25 across the regions, every lettered
 * structure is in its image, the letters sit on their structures, the words never give the answer away, and a
 * mistake in one stops start-up naming the file and what the model does have.
 */
class HotspotQuestionsTest {

    static final QuestionBank BANK = new QuestionBankLoader(QuestionBankLoaderTest.CONTENT)
            .load(QuestionBankLoaderTest.REAL);
    private static final Simulator SIMULATOR = new Simulator();

    @TempDir
    Path dir;

    static List<MappedStructure> map(Hotspot h) {
        return SIMULATOR.render(h.request().phantom(), h.request().scan()).structureMap();
    }

    static List<Question> hotspots() {
        return BANK.questions().stream().filter(q -> q.hotspot() != null).toList();
    }

    @Test
    void theBankHasAtLeast25FindItItemsAcrossEveryRegionAndTheBasics() {
        List<Question> items = hotspots();

        assertThat(items).hasSizeGreaterThanOrEqualTo(25);
        assertThat(items.stream().map(Question::topic).collect(Collectors.toSet())).contains("shoulder-ultrasound",
                "elbow-ultrasound", "wrist-and-hand-ultrasound", "hip-ultrasound", "knee-ultrasound",
                "ankle-and-foot-ultrasound", "reading-an-msk-image");
        assertThat(items).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(Question.HOTSPOT);
            assertThat(q.lettered()).isTrue();
            assertThat(q.choices()).extracting(Choice::text).isEqualTo(q.hotspot().letters());
            assertThat(q.correctChoice().text()).isEqualTo(q.hotspot().answerLetter());
        });
        assertThat(BANK.questions().stream().filter(q -> q.hotspot() == null)).allSatisfy(q ->
                assertThat(q.type()).isEqualTo(Question.CHOICE));
    }

    @Test
    void everyLetterSitsOnItsOwnStructureInTheRenderedImage() {
        for (Question q : hotspots()) {
            List<MappedStructure> map = map(q.hotspot());
            Map<String, int[]> points = HotspotFigure.letterPoints(q.hotspot(), map);
            for (String name : q.hotspot().candidates()) {
                assertThat(map).as(q.id() + " shows " + name).anyMatch(m -> m.name().equals(name));
                int[] p = points.get(q.hotspot().letterOf(name));
                assertThat(map.stream().filter(m -> m.name().equals(name)).anyMatch(m -> m.contains(p[0], p[1])))
                        .as(q.id() + ": letter " + q.hotspot().letterOf(name) + " on " + name).isTrue();
            }
        }
    }

    @Test
    void altTextAndDescriptionSaySimulatedAndNeverNameAStructure() {
        for (Question q : hotspots()) {
            List<MappedStructure> map = map(q.hotspot());
            String words = (HotspotFigure.altText(q.hotspot()) + " " + HotspotFigure.description(q.hotspot(), map))
                    .toLowerCase();
            assertThat(HotspotFigure.altText(q.hotspot())).startsWith("Simulated ultrasound image");
            for (String name : q.hotspot().candidates()) {
                assertThat(words).as(q.id()).doesNotContain(name.toLowerCase());
            }
            assertThat(words).contains("letter " + q.hotspot().answerLetter().toLowerCase() + " marks");
        }
    }

    @Test
    void theLetteredFigureHasRealTextLettersACaptionAndADescription() {
        Question q = hotspots().get(0);
        String html = HotspotFigure.lettered(q.hotspot(), map(q.hotspot()), "q1-", q.hotspot().imagePath());

        for (String letter : q.hotspot().letters()) {
            assertThat(html).contains(">" + letter + "</text>");
        }
        assertThat(html).contains("<image href=\"" + q.hotspot().imagePath().replace("&", "&amp;"))
                .contains("<figcaption>Simulated image").contains("Describe this image")
                .contains("role=\"img\"").contains("id=\"q1-hotspot-title\"");
    }

    @Test
    void aMisspeltTargetStopsStartUpListingTheStructuresTheViewHas() throws IOException {
        write("""
                questions:
                  - id: find-typo
                    type: hotspot
                    topic: shoulder-ultrasound
                    section: the-structures-in-order
                    view: supraspinatus
                    target: Supraspinatous tendon
                    question: Find the tendon.
                    explanation: It is the bright band.
                """);

        assertThatThrownBy(() -> new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(dir))
                .isInstanceOf(ContentException.class).hasMessageContaining("quiz/find-it.yml")
                .hasMessageContaining("has no structure 'Supraspinatous tendon'")
                .hasMessageContaining("Supraspinatus tendon");
    }

    @Test
    void otherMistakesEachGetTheirOwnMessage() throws IOException {
        Map<String, String> cases = Map.of(
                "view: elbow-side", "unknown view 'elbow-side'",
                "view: supraspinatus\n    variant: effusion", "has no variant 'effusion'",
                "view: supraspinatus\n    candidates: [Deltoid muscle, Humeral head, Hyaline cartilage]",
                "must be one of the 'candidates'",
                "view: supraspinatus\n    answer: B", "has no 'choices', 'figure', 'regions' or 'answer'",
                "view: carpal-tunnel", "needs 3 to 6 lettered structures");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            write("""
                    questions:
                      - id: find-case
                        type: hotspot
                        topic: shoulder-ultrasound
                        section: the-structures-in-order
                        %s
                        target: %s
                        question: Find it.
                        explanation: There.
                    """.formatted(c.getKey().replace("\n    ", "\n    "), c.getKey().contains("carpal")
                    ? "Median nerve" : "Supraspinatus tendon"));
            assertThatThrownBy(() -> new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(dir))
                    .as(c.getKey()).isInstanceOf(ContentException.class).hasMessageContaining(c.getValue());
        }
    }

    @Test
    void aChoiceQuestionMayNotCarryHotspotFieldsNorAnUnknownType() throws IOException {
        write("""
                questions:
                  - id: plain
                    type: drag
                    topic: shoulder-ultrasound
                    section: the-structures-in-order
                    question: Which?
                    choices: [{id: a, text: A, correct: true}, {id: b, text: B}, {id: c, text: C}]
                    explanation: There.
                """);
        assertThatThrownBy(() -> new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(dir))
                .hasMessageContaining("type must be choice (the default) or hotspot, not 'drag'");

        write("""
                questions:
                  - id: plain
                    topic: shoulder-ultrasound
                    section: the-structures-in-order
                    question: Which?
                    target: Humeral head
                    choices: [{id: a, text: A, correct: true}, {id: b, text: B}, {id: c, text: C}]
                    explanation: There.
                """);
        assertThatThrownBy(() -> new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(dir))
                .hasMessageContaining("only for 'type: hotspot' questions");
    }

    @Test
    void classifyRoundFilesAreNotQuestions() {
        Set<String> files = BANK.questions().stream().map(Question::sourceFile).collect(Collectors.toSet());
        assertThat(files).noneMatch(f -> f.startsWith("quiz/classify"));
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("quiz"));
        // The loader refuses a figure file nothing uses; this folder has no figures, only the quiz file.
        Files.writeString(dir.resolve("quiz/find-it.yml"), yaml);
    }
}

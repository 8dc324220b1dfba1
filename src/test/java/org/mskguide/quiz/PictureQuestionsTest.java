package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.ContentLoader;
import org.mskguide.content.Figure;

/**
 * Questions with pictures, without Quarkus: the real bank has them, each letter is drawn in its figure, they grade
 * like any question, and each mistake in one names the quiz file (or the figure file nothing uses).
 */
class PictureQuestionsTest {

    static final Path REAL = Path.of("content");
    static final Content CONTENT = new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(REAL);

    @TempDir
    Path dir;

    private final QuestionBankLoader loader = new QuestionBankLoader(CONTENT);

    // A valid picture question on a real figure only the quiz uses; each test breaks one thing.
    private static final String GOOD = """
            figureDescriptions:
              long-and-short-axis-lettered: |
                Two screens; letter A marks bright lines, letter C a bright oval.
            questions:
              - id: test-picture
                topic: what-msk-ultrasound-images
                section: how-the-scan-works
                figure: long-and-short-axis-lettered
                regions: [A, B, C, D]
                answer: C
                question: Which letter marks the tendon in short axis?
                explanation: Across its length a tendon shows as a bright oval.
            """;

    @BeforeEach
    void quizFolderWithTheRealPictureQuestions() throws IOException {
        Files.createDirectories(dir.resolve("quiz"));
        Files.copy(REAL.resolve("quiz/picture-questions.yml"), dir.resolve("quiz/picture-questions.yml"));
    }

    @Test
    void theRealBankHasAtLeastEightPictureQuestionsWhoseLettersAreDrawnInTheirFigure() {
        QuestionBank bank = loader.load(REAL);

        List<Question> pictures = bank.questions().stream().filter(q -> q.picture() != null).toList();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(8);
        for (Question q : pictures) {
            Question.Picture p = q.picture();
            Figure figure = CONTENT.figure(p.figure()).map(f -> f.figure())
                    .orElseGet(() -> CONTENT.looseFigures().get(p.figure()));
            assertThat(figure).as(q.id()).isNotNull();
            assertThat(figure.labels()).as(q.id()).containsAll(p.regions());
            assertThat(p.regions()).as(q.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.description()).as(q.id()).isNotBlank();
            assertThat(p.address()).as(q.id()).startsWith("/");
            assertThat(q.choices()).extracting(Choice::text).as(q.id()).containsExactlyElementsOf(p.regions());
        }
        // Every figure file no page places is a question's picture.
        assertThat(pictures.stream().map(q -> q.picture().figure()).toList())
                .containsAll(CONTENT.looseFigures().keySet());
    }

    /**
     * A lettered figure is its named twin with letters where the names were: the answer letter must sit where the
     * named figure writes the structure the question asks for. Guards against letters being moved or swapped in a
     * figure file, which would silently make a right answer wrong.
     */
    @Test
    void eachAnswerLetterSitsWhereTheNamedFigureNamesTheStructure() {
        Map<String, String> expected = Map.of("picture-tissues-tendon", "Tendon", "picture-tissues-ligament",
                "Ligament", "picture-tissues-bone-surface", "Bone surface", "picture-axis-short", "Tendon",
                "picture-axis-long", "Tendon", "picture-echo-anechoic", "Fluid", "picture-echo-hyperechoic", "Tendon",
                "picture-echo-shadow", "Shadow", "picture-needle-tip", "Tip", "picture-needle-out-of-plane", "Needle,");
        QuestionBank bank = loader.load(REAL);

        for (Map.Entry<String, String> e : expected.entrySet()) {
            Question q = bank.question(e.getKey()).orElseThrow();
            String lettered = q.picture().figure();
            Figure named = CONTENT.figure(lettered.replaceFirst("-lettered$", "")).orElseThrow().figure();
            double[] letter = position(CONTENT.looseFigures().get(lettered), q.correctChoice().text());

            assertThat(nearestLabel(named, letter)).as(q.id() + ": the letter " + q.correctChoice().text() + " in "
                    + lettered).isEqualTo(e.getValue());
        }
    }

    private static double[] position(Figure figure, String text) {
        List<Figure.Element> texts = texts(figure.root());
        Figure.Element label = texts.stream().filter(t -> text(t).equals(text)).findFirst().orElseThrow();
        return new double[] { Double.parseDouble(label.attr("x")), Double.parseDouble(label.attr("y")) };
    }

    /** The named figure's label closest to where the letter is (letters sit just right of where names start). */
    private static String nearestLabel(Figure figure, double[] at) {
        return texts(figure.root()).stream().filter(t -> t.attr("x") != null && t.attr("y") != null)
                .filter(t -> Math.abs(Double.parseDouble(t.attr("y")) - at[1]) < 2
                        && Math.abs(Double.parseDouble(t.attr("x")) - at[0]) < 20)
                .map(PictureQuestionsTest::text).findFirst().orElse("(no label there)");
    }

    private static List<Figure.Element> texts(Figure.Element e) {
        List<Figure.Element> out = new java.util.ArrayList<>();
        if (e.name().equals("text")) {
            out.add(e);
        }
        e.children().stream().filter(c -> c instanceof Figure.Element).forEach(c -> out.addAll(texts((Figure.Element) c)));
        return out;
    }

    private static String text(Figure.Element e) {
        StringBuilder b = new StringBuilder();
        e.children().forEach(c -> b.append(c instanceof Figure.Text t ? t.value() : text((Figure.Element) c)));
        return b.toString().strip();
    }

    @Test
    void regionsBecomeLetterChoicesInOrderWithTheAnswerCorrect() throws IOException {
        write("ok.yml", GOOD);

        Question q = loader.load(dir).question("test-picture").orElseThrow();

        assertThat(q.choices()).extracting(Choice::id).containsExactly("a", "b", "c", "d");
        assertThat(q.choices()).extracting(Choice::text).containsExactly("A", "B", "C", "D");
        assertThat(q.correctChoice().text()).isEqualTo("C");
        assertThat(q.picture().regions()).containsExactly("A", "B", "C", "D");
        assertThat(q.picture().description()).isEqualTo("Two screens; letter A marks bright lines, letter C a bright oval.");
        // A figure no page places is seen where the question is: in its topic's quiz.
        assertThat(q.picture().address()).isEqualTo("/quiz?topic=what-msk-ultrasound-images#question-test-picture");
    }

    @Test
    void aPictureQuestionOnAPlacedFigureLinksToItsAnchorAndUsesItsDescription() throws IOException {
        write("ok.yml", GOOD.replaceAll("(?s)figureDescriptions:.*?questions:", "questions:")
                .replace("figure: long-and-short-axis-lettered", "figure: long-and-short-axis")
                .replace("    regions: [A, B, C, D]\n    answer: C\n", """
                    choices:
                      - id: a
                        text: A bright oval of dots
                        correct: true
                      - id: b
                        text: Bright lines along its length
                      - id: c
                        text: A black band
                """));

        Question q = loader.load(dir).question("test-picture").orElseThrow();

        assertThat(q.picture().address()).isEqualTo("/topics/what-msk-ultrasound-images#figure-long-and-short-axis");
        assertThat(q.picture().regions()).isEmpty();
        assertThat(q.picture().description())
                .isEqualTo(CONTENT.figure("long-and-short-axis").orElseThrow().block().description());
    }

    @Test
    void aPictureQuestionIsGradedLikeAnyOther() throws IOException, InvalidAnswers {
        QuestionBank bank = loader.load(REAL);
        Grader grader = new Grader(bank, 8);
        Question q = bank.question("picture-axis-short").orElseThrow();
        List<String> served = bank.forTopic(q.topic()).stream().map(Question::id).toList();

        GradedQuiz right = grader.gradeForm(q.topic(), served, Map.of(q.id(), q.correctChoice().id()));
        GradedQuiz wrong = grader.gradeApi(q.topic(), Map.of(q.id(), "a"));

        assertThat(right.results()).filteredOn(r -> r.question().equals(q)).singleElement()
                .extracting(GradedQuiz.Result::outcome).isEqualTo(GradedQuiz.Outcome.CORRECT);
        assertThat(wrong.results()).filteredOn(r -> r.question().equals(q)).singleElement()
                .extracting(GradedQuiz.Result::outcome).isEqualTo(GradedQuiz.Outcome.WRONG);
        assertThatThrownBy(() -> grader.gradeApi(q.topic(), Map.of(q.id(), "z"))).isInstanceOf(InvalidAnswers.class);
    }

    @Test
    void aLetterThatIsNotDrawnInTheFigureIsRefused() throws IOException {
        assertFails(GOOD.replace("regions: [A, B, C, D]", "regions: [A, B, C, G]"),
                "region 'G' is not a label in figure 'long-and-short-axis-lettered'");
    }

    @Test
    void theAnswerMustBeOneOfTheRegions() throws IOException {
        assertFails(GOOD.replace("answer: C", "answer: E"), "'answer' must be one of the regions [A, B, C, D], not 'E'");
        assertFails(GOOD.replace("    answer: C\n", ""), "'answer' must be one of the regions");
    }

    @Test
    void regionsAndChoicesDoNotMix() throws IOException {
        assertFails(GOOD.replace("    answer: C\n", "    answer: C\n    choices:\n      - id: a\n        text: x\n"
                + "        correct: true\n      - id: b\n        text: y\n      - id: c\n        text: z\n"),
                "has both 'choices' and 'regions'");
        assertFails(GOOD.replace("    figure: long-and-short-axis-lettered\n", ""), "'regions' needs a 'figure'");
    }

    @Test
    void anUnknownFigureIsRefused() throws IOException {
        assertFails(GOOD.replace("figure: long-and-short-axis-lettered", "figure: no-such-figure"),
                "no figure 'no-such-figure'");
    }

    @Test
    void aFigureOnlyTheQuizUsesNeedsADescription() throws IOException {
        assertFails(GOOD.replaceAll("(?s)figureDescriptions:.*?questions:", "questions:"),
                "is not placed on a page, so it needs a description");
    }

    @Test
    void aDescriptionForAFigureNoQuestionShowsIsRefused() throws IOException {
        assertFails(GOOD.replace("figureDescriptions:\n", "figureDescriptions:\n  anisotropy: Three panels.\n"),
                "figureDescriptions: no question in this file shows 'anisotropy'");
    }

    @Test
    void aFigureFileNothingUsesStopsStartUpNamingTheFile() throws IOException {
        // The real picture questions without the needle ones: the lettered needle figure is then used by nothing.
        Path questions = dir.resolve("quiz/picture-questions.yml");
        String text = Files.readString(questions);
        text = text.substring(0, text.indexOf("  - id: picture-needle-tip"));
        int description = text.indexOf("  needle-in-and-out-of-plane-lettered: |");
        Files.writeString(questions, text.substring(0, description) + text.substring(text.indexOf("\nquestions:\n") + 1));
        write("ok.yml", GOOD);

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("figures/needle-in-and-out-of-plane-lettered.svg: ")
                .hasMessageContaining("is not placed on any page and no quiz question uses it");
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve("quiz").resolve(name), yaml);
    }

    private void assertFails(String yaml, String message) throws IOException {
        write("broken.yml", yaml);
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("quiz/broken.yml: ").hasMessageContaining(message);
    }
}

package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.ContentLoader;
import org.mskguide.content.Page;

/** The question bank without Quarkus: the real bank loads and covers every topic; each mistake names file and question. */
class QuestionBankLoaderTest {

    static final Path REAL = Path.of("content");
    static final Content CONTENT = new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(REAL);

    @TempDir
    Path dir;

    private final QuestionBankLoader loader = new QuestionBankLoader(CONTENT);

    @BeforeEach
    void createQuizFolder() throws IOException {
        Files.createDirectories(dir.resolve("quiz"));
    }

    // A valid question; each test breaks one thing in it.
    private static final String GOOD = """
            questions:
              - id: test-question
                topic: dynamic-imaging
                section: why-motion-matters
                question: Why watch tissue move?
                choices:
                  - id: a
                    text: Some problems only show in motion
                    correct: true
                  - id: b
                    text: It looks nicer
                  - id: c
                    text: No reason
                explanation: Some problems only appear during movement.
            """;

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve("quiz").resolve(name), yaml);
    }

    private void assertFails(String yaml, String... messageParts) throws IOException {
        write("broken.yml", yaml);
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("quiz/broken.yml: ")
                .hasMessageContainingAll(messageParts);
    }

    @Test
    void realBankHasAtLeastSixteenQuestionsAndTwoPerTopic() {
        QuestionBank bank = loader.load(REAL);

        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(16);
        Map<String, Long> perTopic = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
        for (Page topic : CONTENT.topics()) {
            assertThat(perTopic.getOrDefault(topic.slug(), 0L)).as(topic.slug()).isGreaterThanOrEqualTo(2);
        }
        for (Question q : bank.questions()) {
            // A picture question offers every letter its figure shows, up to 8; a find-it image up to 6.
            assertThat(q.choices()).as(q.id()).hasSizeBetween(3, q.lettered() ? 8 : 5);
            assertThat(q.choices()).as(q.id()).filteredOn(Choice::correct).hasSize(1);
            assertThat(CONTENT.topic(q.topic()).orElseThrow().anchors()).as(q.id()).contains(q.section());
            assertThat(q.text() + q.explanation() + q.choices()).as(q.id()).doesNotContain("{{");
        }
        // In topic reading order, so statistics and the API list them the way the guide reads.
        assertThat(bank.topics()).containsExactlyElementsOf(CONTENT.topics().stream().map(Page::slug).toList());
    }

    @Test
    void credentialNumbersComeFromTheFactData() {
        QuestionBank bank = loader.load(REAL);
        int months = CONTENT.credential("rmsk").value("studiesWindowMonths");
        int years = CONTENT.rmsks().value("examWindowYears");

        assertThat(bank.question("getting-rmsk-window").orElseThrow().correctChoice().text())
                .contains(months + " months");
        assertThat(bank.question("rmsks-five-year-counting").orElseThrow().correctChoice().text())
                .contains(years + " more full calendar years");
    }

    @Test
    void placeholdersAreFilledBeforeParsing() throws IOException {
        write("ok.yml", GOOD.replace("Why watch tissue move?", "Why watch {{rmsk.studiesRequired}} studies?"));
        // The real figures only quiz questions show must be used, or the bank is refused: keep their questions.
        Files.copy(REAL.resolve("quiz/picture-questions.yml"), dir.resolve("quiz/picture-questions.yml"));

        QuestionBank bank = loader.load(dir);

        assertThat(bank.question("test-question").orElseThrow().text())
                .isEqualTo("Why watch " + CONTENT.credential("rmsk").value("studiesRequired") + " studies?");
        assertThat(bank.question("test-question").orElseThrow().sourceFile()).isEqualTo("quiz/ok.yml");
    }

    @Test
    void aKeyWrittenTwiceInOneQuestionIsRefused() throws IOException {
        assertFails(GOOD.replace("    explanation: Some", "    question: Why watch it twice?\n    explanation: Some"),
                "Duplicate field 'question'");
    }

    @Test
    void unknownFactPlaceholder() throws IOException {
        assertFails(GOOD.replace("Why watch tissue move?", "{{rmsks.nope}}"), "unknown fact 'rmsks.nope'");
    }

    @Test
    void unknownTopic() throws IOException {
        assertFails(GOOD.replace("topic: dynamic-imaging", "topic: no-such-topic"),
                "question 'test-question'", "unknown topic 'no-such-topic'");
    }

    @Test
    void unknownSectionAnchor() throws IOException {
        assertFails(GOOD.replace("section: why-motion-matters", "section: no-such-section"),
                "question 'test-question'", "no section #no-such-section on /topics/dynamic-imaging");
    }

    @Test
    void noCorrectChoice() throws IOException {
        assertFails(GOOD.replace("        correct: true\n", ""), "question 'test-question'", "exactly one", "found 0");
    }

    @Test
    void twoCorrectChoices() throws IOException {
        assertFails(GOOD.replace("text: No reason", "text: No reason\n        correct: true"),
                "question 'test-question'", "exactly one", "found 2");
    }

    @Test
    void duplicateQuestionIdWithinAFile() throws IOException {
        String second = GOOD.substring(GOOD.indexOf("  - id: test-question"));
        assertFails(GOOD + second, "question 'test-question'", "duplicate question id");
    }

    @Test
    void duplicateQuestionIdAcrossFiles() throws IOException {
        write("another.yml", GOOD);
        // Files load in name order: another.yml claims the id first, broken.yml is named.
        assertFails(GOOD, "question 'test-question'", "duplicate question id (also in quiz/another.yml)");
    }

    @Test
    void duplicateChoiceId() throws IOException {
        assertFails(GOOD.replace("id: b", "id: a"), "question 'test-question'", "duplicate choice id 'a'");
    }

    @Test
    void tooFewChoices() throws IOException {
        assertFails(GOOD.replace("      - id: c\n        text: No reason\n", ""), "question 'test-question'",
                "needs 3 to 5 choices");
    }

    @Test
    void tooManyChoices() throws IOException {
        StringBuilder extra = new StringBuilder();
        for (String id : new String[] { "d", "e", "f" }) {
            extra.append("      - id: ").append(id).append("\n        text: Extra ").append(id).append('\n');
        }
        assertFails(GOOD.replace("    explanation:", extra + "    explanation:"), "question 'test-question'",
                "needs 3 to 5 choices");
    }

    @Test
    void unknownFieldIsATypoNotIgnored() throws IOException {
        assertFails(GOOD.replace("explanation:", "explanaton:"), "malformed YAML", "explanaton");
    }

    @Test
    void missingExplanation() throws IOException {
        assertFails(GOOD.replace("    explanation: Some problems only appear during movement.\n", ""),
                "question 'test-question'", "explanation");
    }

    @Test
    void badQuestionId() throws IOException {
        assertFails(GOOD.replace("id: test-question", "id: Test Question"), "question 'Test Question'",
                "lowercase words joined by hyphens");
    }

    @Test
    void emptyFolder() {
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class).hasMessageContaining("no questions");
    }
}

package org.mskguide.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;

/**
 * The three writers through their pure API, with a question made of every character the formats treat specially
 * (XML's & < > " ', GIFT's ~ = # { } : \ and line breaks): each export, read back, gives the same question.
 */
class ExportFormatsTest {

    static final String NASTY = "Tom & Jerry <b>not bold</b> \"double\" 'single' ~tilde =equals #hash {open} close}"
            + " colon: back\\slash \\n ]]> //comment ::name::\nsecond line";

    static final FigureFile FIGURE = new FigureFile("test-figure", "A drawing & \"its\" <alt>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                    + "<title>t</title><desc>d</desc></svg>");

    static List<ExportItem> items() {
        Question nasty = new Question("special-characters", "topic-a", "a-section", NASTY, List.of(
                new Choice("a", "Wrong: " + NASTY, false),
                new Choice("b", "Right = {yes} ~ #1 & <ok>", true),
                new Choice("c", "Also wrong \\ \"", false)), "Because " + NASTY, "Others: ~ = # { } : \\", "test");
        Question picture = new Question("picture-one", "topic-b", "b-section", "Which letter marks the tendon?", List.of(
                new Choice("A", "A", false), new Choice("B", "B", true), new Choice("C", "C", false)),
                "B joins muscle to bone.", null, "test",
                new Question.Picture("test-figure", List.of("A", "B", "C"), "A long description.", "/topics/x#y"));
        return List.of(
                new ExportItem(nasty, "Section & <title> \"x\"", "https://example.org/topics/topic-a#a-section?x=1&y=2", null),
                new ExportItem(picture, "B section", "https://example.org/topics/topic-b#b-section", FIGURE));
    }

    @Test
    void moodleXmlReadsBackAsTheSameQuestions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MoodleXml.write(items(), "Guide", out);

        List<ExportReader.Read> read = ExportReader.moodle(out.toByteArray());

        assertSame(read, items(), f -> "@@PLUGINFILE@@/" + f.fileName());
        assertThat(read.get(1).image()).isEqualTo(FIGURE.bytes());
        // Relative to where the instructor imports: no $course$/ prefix.
        assertThat(ExportReader.moodleCategories(out.toByteArray())).containsExactly("top/Guide/topic-a", "top/Guide/topic-b");
        assertThat(ExportReader.moodleIdNumbers(out.toByteArray()))
                .containsExactly(java.util.Map.entry("special-characters", "special-characters"),
                        java.util.Map.entry("picture-one", "picture-one"));
    }

    @Test
    void eachQtiExportHasItsOwnIdentifiers() {
        List<String> both = qtiIdentifiers(items(), "Title");
        List<String> onlyFirst = qtiIdentifiers(items().subList(0, 1), "Title");
        List<String> otherTitle = qtiIdentifiers(items(), "Another title");
        assertThat(both).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9-]+"));
        for (int i = 0; i < both.size(); i++) {
            assertThat(onlyFirst.get(i)).isNotEqualTo(both.get(i));
            assertThat(otherTitle.get(i)).isNotEqualTo(both.get(i));
        }
        // The same export made again keeps its identity (a platform may then update what it imported).
        assertThat(qtiIdentifiers(items(), "Title")).isEqualTo(both);
    }

    private static List<String> qtiIdentifiers(List<ExportItem> items, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Qti12.writeZip(items, title, out);
        return ExportReader.qtiIdentifiers(out.toByteArray());
    }

    @Test
    void qtiPackageReadsBackAsTheSameQuestionsWithItsPicture() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Qti12.writeZip(items(), "Title & <more>", out);

        List<ExportReader.Read> read = ExportReader.qti(out.toByteArray());

        assertSame(read, items(), f -> "figures/" + f.fileName());
        assertThat(read.get(1).image()).isEqualTo(FIGURE.bytes());
        assertThat(ExportReader.unzip(out.toByteArray()).keySet())
                .containsExactly(Qti12.MANIFEST, Qti12.ASSESSMENT, "figures/test-figure.svg");
    }

    @Test
    void giftReadsBackAsTheSameQuestions() {
        String gift = Gift.write(items(), "https://example.org/figures/");

        assertSame(ExportReader.gift(gift), items(), f -> "https://example.org/figures/" + f.fileName());
        // No raw line break inside a question: a blank line would end it early.
        String firstQuestion = gift.substring(gift.indexOf("::special-characters::"), gift.indexOf("\n}\n"));
        assertThat(firstQuestion.lines().filter(String::isBlank)).isEmpty();
    }

    @Test
    void giftCarriesEachQuestionsIdAndSaysWhatAShuffleDoesToAPictureQuestion() {
        String gift = Gift.write(items(), "https://example.org/figures/");

        var comments = ExportReader.giftComments(gift);
        assertThat(comments.get("special-characters").idNumber()).isEqualTo("special-characters");
        assertThat(comments.get("special-characters").notes()).isEmpty();
        assertThat(comments.get("picture-one").idNumber()).isEqualTo("picture-one");
        assertThat(comments.get("picture-one").notes()).singleElement().asString()
                .contains("right in any order").contains("Moodle XML");
        // The letters are written in the drawing's order, and each is only a letter: right whatever order is shown.
        assertThat(ExportReader.gift(gift).get(1).choices()).extracting(ExportReader.ReadChoice::text)
                .containsExactly("A", "B", "C");
        assertThat(ExportReader.giftCategories(gift)).containsExactly("top/MSK Ultrasound Guide/topic-a",
                "top/MSK Ultrasound Guide/topic-b");
    }

    @Test
    void giftEscapesEveryReservedCharacter() {
        assertThat(Gift.escape("~=#{}:\\")).isEqualTo("\\~\\=\\#\\{\\}\\:\\\\");
        assertThat(Gift.escape("a\r\nb")).isEqualTo("a\\nb");
        assertThat(Gift.escape("plain text.")).isEqualTo("plain text.");
    }

    /** Every question, every choice in order, the right one marked, the feedback and the section link. */
    static void assertSame(List<ExportReader.Read> read, List<ExportItem> items, Function<FigureFile, String> pictureSrc) {
        assertThat(read).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            Question q = item.question();
            ExportReader.Read r = read.get(i);
            assertThat(r.id()).isEqualTo(q.id());
            assertThat(r.text()).as(q.id()).isEqualTo(q.text());
            assertThat(r.choices()).as(q.id()).containsExactlyElementsOf(q.choices().stream()
                    .map(c -> new ExportReader.ReadChoice(c.text(), c.correct())).toList());
            assertThat(r.feedback()).as(q.id()).isEqualTo(item.feedbackText());
            assertThat(r.sectionHref()).as(q.id()).isEqualTo(item.sectionUrl());
            if (item.figure() == null) {
                assertThat(r.imageSrc()).as(q.id()).isNull();
            } else {
                assertThat(r.imageSrc()).as(q.id()).isEqualTo(pictureSrc.apply(item.figure()));
                assertThat(r.imageAlt()).as(q.id()).isEqualTo(item.figure().alt());
            }
        }
    }
}

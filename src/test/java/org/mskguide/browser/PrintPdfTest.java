package org.mskguide.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.web.SiteConfig;
import org.openqa.selenium.print.PrintOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The printable handout and quiz, printed to PDF by Chromium and read back with PDFBox: what a teacher hands out.
 * The PDFs are kept under {@code target/print/} for a person to look at.
 */
@QuarkusTest
class PrintPdfTest {

    static final Path OUT = Toolchain.TARGET.resolve("print");
    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Inject
    SiteConfig site;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void theHandoutOfAllTopicsHasEveryHeadingAndPrintsAddressesAfterLinks() {
        List<String> pages = printPages("/print/topics", "all-topics.pdf");
        String text = flat(String.join("\n", pages));
        String compact = compact(text);

        for (Page topic : content.topics()) {
            assertThat(text).as("topic title").contains(flat(topic.title()));
            for (Heading h : topic.headings()) {
                assertThat(text).as(topic.slug() + " heading").contains(flat(h.text()));
            }
            for (var source : topic.sources()) {
                assertThat(compact).as("address after the source link " + source.url()).contains("(" + compact(source.url()) + ")");
            }
        }
        // Links inside the text (to the glossary, to other topics) get their absolute address too.
        assertThat(compact).contains("(" + site.baseUrl() + "/glossary#");
        // No site navigation on paper.
        assertThat(text).doesNotContain("Eligibility check", "Skip to main content", "use your browser's Print command");
    }

    @Test
    void aPrintedQuizHasItsAnswerKeyOnlyOnPagesOfItsOwn() {
        String slug = "what-msk-ultrasound-images";
        List<Question> questions = bank.forTopic(slug);
        assertThat(questions).anyMatch(q -> q.picture() != null);
        List<String> pages = printPages("/print/quiz?topic=" + slug, "quiz-" + slug + ".pdf");

        int key = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (flat(pages.get(i)).contains("Answer key")) {
                key = i;
                break;
            }
        }
        assertThat(key).as("a page with the answer key").isPositive();
        assertThat(flat(pages.get(key))).as("the key starts its page").startsWith("Answer key");
        String questionPages = flat(String.join("\n", pages.subList(0, key)));
        String keyPages = flat(String.join("\n", pages.subList(key, pages.size())));
        for (Question q : questions) {
            String explanation = flat(q.explanation());
            assertThat(questionPages).as(q.id()).contains(flat(q.text())).doesNotContain(explanation);
            assertThat(keyPages).as(q.id()).contains(explanation).doesNotContain(flat(q.text()));
            assertThat(compact(keyPages)).as(q.id() + ": section address after its link")
                    .contains("(" + compact(site.baseUrl() + q.sectionPath()) + ")");
        }
    }

    @Test
    void aFourteenQuestionQuizPrintsFromPageOneOnFourPagesEachFigureOnceWithQuestionIds() {
        String slug = "what-msk-ultrasound-images";
        List<Question> questions = bank.forTopic(slug);
        assertThat(questions).as("the topic quiz this test is sized for").hasSize(14);
        List<String> pages = printPages("/print/quiz?topic=" + slug, "quiz-" + slug + "-paper.pdf");
        int key = answerKeyPage(pages);
        String questionPages = flat(String.join("\n", pages.subList(0, key)));

        assertThat(key).as("pages of questions before the answer key").isBetween(1, 4);
        // Page 1 carries questions, not just the title: the first question starts there.
        assertThat(flat(pages.get(0))).contains("Question 1").contains(flat(questions.get(0).text()).substring(0, 20));
        for (Question q : questions) {
            assertThat(compact(questionPages)).as("id of " + q.id()).contains("(id:" + q.id() + ")");
        }
        // Each figure once: its longest label found in no other figure or question prints one time.
        List<String> figures = questions.stream().filter(q -> q.picture() != null).map(q -> q.picture().figure())
                .distinct().toList();
        assertThat(figures).as("figures this quiz uses").isNotEmpty();
        for (String name : figures) {
            String label = uniqueLabel(name, figures, questions);
            assertThat(occurrences(questionPages, flat(label))).as(name + ": \"" + label + "\" printed once")
                    .isEqualTo(1);
        }
    }

    @Test
    void aClassQuizPrintsUnderItsOwnLabel() {
        // Set up through the instructors' form, as a teacher would; the print link is found by the class code.
        Response form = given().get("/instructors/class-quizzes/new");
        String token = Jsoup.parse(form.asString()).selectFirst("input[name=csrf-token]").val();
        Response created = given().redirects().follow(false)
                .cookie("csrf-token", form.cookie("csrf-token")).formParam("csrf-token", token)
                .formParam("label", "SONO 210 week 3").formParam("topics", "needle-guidance")
                .formParam("closes", "").post("/instructors/class-quizzes");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        String results = given().get(created.header("Location")).asString();
        String student = Jsoup.parse(results).selectFirst("#student-url").val();
        String code = student.replaceFirst(".*/", "");

        List<String> pages = printPages("/print/quiz?class=" + code, "class-quiz.pdf");
        assertThat(flat(pages.get(0))).startsWith("Class quiz: SONO 210 week 3");
        for (Question q : bank.forTopic("needle-guidance")) {
            assertThat(compact(String.join("", pages))).contains("(id:" + q.id() + ")");
        }
    }

    private static int answerKeyPage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (flat(pages.get(i)).startsWith("Answer key")) {
                return i;
            }
        }
        throw new AssertionError("no page starts with the answer key");
    }

    /** The figure's longest label that no other figure's label and no question's text contains. */
    private String uniqueLabel(String figure, List<String> figures, List<Question> questions) {
        List<String> elsewhere = new ArrayList<>();
        figures.stream().filter(other -> !other.equals(figure)).forEach(other -> elsewhere.addAll(labels(other)));
        questions.forEach(q -> elsewhere.add(q.text()));
        return labels(figure).stream().filter(label -> elsewhere.stream().noneMatch(e -> e.contains(label)))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new AssertionError(figure + " has no label of its own"));
    }

    private List<String> labels(String figure) {
        var f = content.figure(figure).map(PlacedFigure::figure)
                .orElseGet(() -> content.looseFigures().get(figure));
        return Jsoup.parse(f.svg(""), "", Parser.xmlParser()).select("text").eachText();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The text of each printed page. */
    private List<String> printPages(String path, String file) {
        Browser browser = BROWSER.get();
        browser.driver().get(root.toString().replaceFirst("/$", "") + path);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent());
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(file), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(doc));
                }
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ligatures split, quotes straightened, every run of white space one space: text as a reader sees it. */
    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    /** Without any white space: an address broken over two lines reads back whole. */
    static String compact(String text) {
        return flat(text).replace(" ", "");
    }
}

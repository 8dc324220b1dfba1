package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionBankLoader;

/**
 * The teaching bar every topic must clear, checked on the real content without Quarkus: enough words,
 * enough sources from more than one publisher, enough quiz questions, and no passage copied from the article the
 * guide started from.
 */
class ContentQualityTest {

    static final Path REAL = Path.of("content");
    static final Content CONTENT = new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(REAL);

    static final int MIN_WORDS = 600;
    static final int MIN_SOURCES = 2;
    static final int MIN_QUESTIONS = 4;

    /** The words a reader reads in the body: no permalink marks or screen-reader-only link names. */
    static int bodyWords(Page page) {
        Document doc = Jsoup.parseBodyFragment(page.html());
        doc.select(".permalink, .visually-hidden").remove();
        return CopyCheck.words(doc.text()).size();
    }

    /** The organisation behind a publisher line: "ARDMS, copy hosted by readkong.com" is ARDMS. */
    static String organisation(Source source) {
        return source.publisher().split(",")[0].replaceAll("\\(.*\\)", "").trim().toLowerCase(Locale.ROOT);
    }

    @Test
    void everyTopicHasAtLeast600WordsOfTeaching() {
        Map<String, Integer> words = new LinkedHashMap<>();
        CONTENT.topics().forEach(t -> words.put(t.slug(), bodyWords(t)));

        assertThat(words).allSatisfy((slug, count) -> assertThat(count).as(slug + " words").isGreaterThanOrEqualTo(MIN_WORDS));
    }

    @Test
    void everyTopicCitesTwoSourcesFromTwoPublishers() {
        for (Page topic : CONTENT.topics()) {
            assertThat(topic.sources()).as(topic.slug() + " sources").hasSizeGreaterThanOrEqualTo(MIN_SOURCES);
            assertThat(topic.sources().stream().map(ContentQualityTest::organisation).distinct().count())
                    .as(topic.slug() + " publishers: " + topic.sources().stream().map(Source::publisher).toList())
                    .isGreaterThanOrEqualTo(2);
            topic.sources().forEach(s -> assertThat(s.url()).as(s.id()).matches("https?://[^/]+/.+"));
        }
    }

    @Test
    void everyTopicHasAtLeastFourQuizQuestions() {
        QuestionBank bank = new QuestionBankLoader(CONTENT).load(REAL);

        for (Page topic : CONTENT.topics()) {
            assertThat(bank.forTopic(topic.slug())).as(topic.slug() + " questions").hasSizeGreaterThanOrEqualTo(MIN_QUESTIONS);
        }
        Map<String, Long> correctPositions = bank.questions().stream().collect(Collectors.groupingBy(
                q -> String.valueOf(indexOfCorrect(q)), Collectors.counting()));
        assertThat(correctPositions).as("correct answers spread across positions").hasSizeGreaterThanOrEqualTo(3);
        assertThat(bank.questions()).noneMatch(q -> q.choices().stream()
                .anyMatch(c -> c.text().toLowerCase(Locale.ROOT).contains("all of the above")));
    }

    private static int indexOfCorrect(Question q) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void noRunOfEightWordsIsCopiedFromTheStartingArticle() throws IOException {
        Set<String> seed = CopyCheck.readHashes(Path.of("src/test/resources/copycheck/seed-article.sha256"));
        assertThat(seed).as("hash file").hasSizeGreaterThan(500);

        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REAL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml")).toList()) {
                for (String run : CopyCheck.copiedRuns(Files.readString(file, StandardCharsets.UTF_8), seed)) {
                    copied.add(REAL.relativize(file) + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).as("8-word runs shared with the starting article").isEmpty();
    }

    @Test
    void theCopyCheckFindsACopiedRunAndIgnoresCaseAndPunctuation() {
        String source = "Ultrasound can watch a tendon glide while the joint moves under load.";
        Set<String> hashes = CopyCheck.runs(source).stream().map(CopyCheck::hash).collect(Collectors.toSet());

        assertThat(CopyCheck.copiedRuns("Here, ULTRASOUND can watch a tendon -- glide while the joint moves!", hashes))
                .containsExactly("ultrasound can watch a tendon glide while the", "can watch a tendon glide while the joint",
                        "watch a tendon glide while the joint moves");
        assertThat(CopyCheck.copiedRuns("Ultrasound can watch a tendon slide while the joint moves.", hashes)).isEmpty();
    }
}

package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * No two questions of the real bank ask the same thing. Two near-identical stems land together in a class quiz
 * that spans topics (needle guidance and artifacts once asked the same reverberation question word for word).
 *
 * <p>Stems are compared as bags of words: Lucene's {@link EnglishAnalyzer} drops stop words and stems
 * ("tendons" and "tendon" count once), and Commons Text's {@link CosineSimilarity} scores the two bags. At
 * {@value #LIMIT} or above the pair is refused. The one allowed exception: two picture questions on the same
 * figure whose keyed letters differ; they ask about different regions of one drawing by design.
 */
class NearDuplicateQuestionsTest {

    /** Cosine similarity from which two stems count as the same question (calibrated on the bank; see the report of issue 23). */
    static final double LIMIT = 0.6;

    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    @Test
    void noTwoQuestionsHaveNearIdenticalStems() {
        List<Question> questions = new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(QuestionBankLoaderTest.REAL).questions();
        List<Map<CharSequence, Integer>> vectors = questions.stream().map(q -> terms(q.text())).toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Question a = questions.get(i);
                Question b = questions.get(j);
                double score = COSINE.cosineSimilarity(vectors.get(i), vectors.get(j));
                if (score >= LIMIT && !differentRegionsOfOneFigure(a, b)) {
                    pairs.add(String.format(Locale.ROOT, "%.2f %s (%s) ~ %s (%s)%n    %s%n    %s", score, a.id(),
                            a.sourceFile(), b.id(), b.sourceFile(), a.text(), b.text()));
                }
            }
        }
        assertThat(pairs).as("near-duplicate stems: merge them, retire one, or make each ask its own point")
                .isEmpty();
    }

    @Test
    void mergingNearDuplicatesKeepsTheBankLargeEnoughForAClassQuiz() {
        List<Question> questions = new QuestionBankLoader(QuestionBankLoaderTest.CONTENT)
                .load(QuestionBankLoaderTest.REAL).questions();

        assertThat(questions).hasSizeGreaterThanOrEqualTo(110);
        assertThat(questions.stream().collect(java.util.stream.Collectors.groupingBy(Question::topic,
                java.util.stream.Collectors.counting()))).allSatisfy((topic, n) -> assertThat(n).as(topic)
                .isGreaterThanOrEqualTo(4L));
    }

    @Test
    void theMeasureCatchesARewordingAndLetsDifferentQuestionsPass() {
        Map<CharSequence, Integer> a = terms("During a needle-guided injection, several evenly spaced bright lines "
                + "appear below the needle. What are they?");
        Map<CharSequence, Integer> b = terms("During a guided injection, several evenly spaced bright lines appear "
                + "below the needles. What are they?");
        Map<CharSequence, Integer> c = terms("A dark area in a tendon stays dark when you rock the transducer and "
                + "look in two planes. What does that tell you?");

        assertThat(COSINE.cosineSimilarity(a, b)).isGreaterThanOrEqualTo(LIMIT);
        assertThat(COSINE.cosineSimilarity(a, c)).isLessThan(LIMIT);
    }

    private static boolean differentRegionsOfOneFigure(Question a, Question b) {
        return a.picture() != null && b.picture() != null && !a.picture().regions().isEmpty()
                && a.picture().figure().equals(b.picture().figure())
                && !a.correctChoice().id().equals(b.correctChoice().id());
    }

    /** The stem's terms after Lucene's English analysis (lower case, no stop words, stemmed), with their counts. */
    static Map<CharSequence, Integer> terms(String text) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        try (TokenStream tokens = ANALYZER.tokenStream("stem", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}

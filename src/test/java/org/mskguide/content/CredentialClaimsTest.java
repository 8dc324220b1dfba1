package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionBankLoader;

/**
 * Nothing the site says may claim that every credential holder passed the SPI exam.
 * Registrants who earned the RDMS under the old physics exam (UPI) never took SPI, and ARDMS alone decides what an
 * earlier exam counts for. A sentence may say that <em>many</em> registrants passed it; it may not say that holding
 * a credential means you did. Plain JUnit: loads the real {@code content/} folder, no Quarkus.
 */
class CredentialClaimsTest {

    static final Path REAL = Path.of("content");

    /** A credential or its holder is in view (in the sentence or just before it). */
    static final Pattern CREDENTIAL = Pattern.compile(
            "\\b(credentials?|credentialed|registrants?|RDMS|RDCS|RVT)\\b", Pattern.CASE_INSENSITIVE);

    /** The physics exam is in view ("it" in the claim then refers to it). */
    static final Pattern PHYSICS_EXAM = Pattern.compile("\\b(SPI|physics exam)", Pattern.CASE_INSENSITIVE);

    /** The sentence states a pass as a fact about the reader or about holders. */
    static final Pattern STATES_A_PASS = Pattern.compile(
            "\\b(ha(ve|s)|'ve)\\s+(already\\s+)?passed\\b"
                    + "|\\balready\\s+passed\\b"
                    + "|\\bmeans\\s+(that\\s+)?you\\s+(have\\s+)?passed\\b"
                    + "|\\b(all|every)\\b[^.;]*\\bpassed\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that make it a statement about some holders, not all of them. */
    static final Pattern QUALIFIED = Pattern.compile(
            "\\b(many|most|some|may|might|often|usually|likely|probably|not\\s+all|not\\s+every)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    /**
     * True when some sentence of {@code text}, read with the two sentences before it, claims that holding a
     * credential means the SPI (physics) exam was passed. Questions ("...?") ask rather than claim.
     */
    static boolean claimsEveryHolderPassedSpi(String text) {
        List<String> sentences = Arrays.stream(SENTENCE_END.split(text.strip())).filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < sentences.size(); i++) {
            String claim = sentences.get(i);
            String window = String.join(" ", sentences.subList(Math.max(0, i - 2), i + 1));
            if (!claim.endsWith("?") && STATES_A_PASS.matcher(claim).find() && !QUALIFIED.matcher(claim).find()
                    && CREDENTIAL.matcher(window).find() && PHYSICS_EXAM.matcher(window).find()) {
                return true;
            }
        }
        return false;
    }

    // Wrong claims of the kind this guards against: every one must be caught.
    @ParameterizedTest
    @ValueSource(strings = {
        "Sonographers who already hold a credential have passed the shared physics exam once before.",
        "All ARDMS credentials share one physics exam. It is the Sonography Principles and Instrumentation (SPI) exam."
                + " If you already hold an ARDMS credential, you have passed it before.",
        "These credentials share one physics exam. So a sonographer who already holds one of the other credentials"
                + " has passed the physics exam before.",
        "You already hold an ARDMS credential. What does that tell you about the RMSKS exams?"
                + " You have passed the shared SPI physics exam before; ask ARDMS how that pass applies",
        "You already hold an ARDMS credential. All ARDMS credentials share the SPI exam, so you have passed it before.",
        "Holding a credential means you passed the SPI exam.",
        "Registrants have already passed SPI.",
        "Every ARDMS registrant passed the SPI exam." })
    void theMatcherCatchesTheOldWrongSentences(String wrong) {
        assertThat(claimsEveryHolderPassedSpi(wrong)).as(wrong).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Many ARDMS registrants have already passed the shared physics exam, but not all of them.",
        "Many sonographers who hold one of the other credentials have already passed SPI.",
        "Have you passed the Sonography Principles and Instrumentation (SPI) exam?",
        "If you miss that deadline, you must retake the exam you passed first.",
        "Ask ARDMS how your earlier physics exam counts toward RMSKS." })
    void theMatcherLetsQualifiedOrUnrelatedSentencesThrough(String fine) {
        assertThat(claimsEveryHolderPassedSpi(fine)).as(fine).isFalse();
    }

    @Test
    void noPageTakeawayQuestionOrRuleClaimsEveryHolderPassedSpi() {
        Content content = new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(REAL);
        QuestionBank bank = new QuestionBankLoader(content).load(REAL);

        List<String> offending = new ArrayList<>();
        for (Page page : content.byPath().values()) {
            for (String takeaway : page.takeaways()) {
                check(page.sourceFile() + " takeaway", takeaway, offending);
            }
            for (Element block : Jsoup.parse(page.html()).select("p, li, td, th, dd, dt, h2, h3, figcaption")) {
                check(page.sourceFile(), block.text(), offending);
            }
        }
        for (Question q : bank.questions()) {
            String where = q.sourceFile() + " question " + q.id();
            // Each part is read after the question itself, so "You hold a credential. ... You have passed it" counts.
            for (Choice choice : q.choices()) {
                check(where + " choice " + choice.id(), q.text() + " " + choice.text(), offending);
            }
            check(where + " explanation", q.text() + " " + q.explanation(), offending);
            if (q.whyOthersWrong() != null) {
                check(where + " whyOthersWrong", q.text() + " " + q.whyOthersWrong(), offending);
            }
        }
        CredentialFacts rmsks = content.rmsks();
        rmsks.facts().values().forEach(f -> check("rmsks.yml fact " + f.key(), f.description(), offending));
        rmsks.rules().values().forEach(r -> check("rmsks.yml rule " + r.key(), r.description(), offending));

        assertThat(bank.questions()).isNotEmpty();
        assertThat(offending).as("text that says or implies every credential holder passed SPI").isEmpty();
    }

    private static void check(String where, String text, List<String> offending) {
        if (claimsEveryHolderPassedSpi(text)) {
            offending.add(where + ": " + text);
        }
    }
}

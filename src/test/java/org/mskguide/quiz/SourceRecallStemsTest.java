package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A question tests reasoning, not memory of this guide or of a paper's name. A stem that asks "what does this
 * guide say", or recalls a study by its year, size or author, is weak as assessment and reads oddly once an
 * instructor exports it into a course. Write a short case instead (a scenario, then the decision); the
 * explanation and the section link may still name the source.
 *
 * <p>The patterns below are the documented list (docs/authoring.md, "Writing questions"). They read the stem
 * only, never the choices or the explanation.
 */
class SourceRecallStemsTest {

    /** Each pattern with the reason shown when a stem matches it. */
    static final Map<String, Pattern> PATTERNS = Map.of(
            "quotes the guide itself",
            Pattern.compile("\\b(this|the|our) guide\\b(?!line)|\\bour (sources|last review|review)\\b",
                    Pattern.CASE_INSENSITIVE),
            "recalls a publication year",
            Pattern.compile("\\b(19|20)\\d\\d\\b"),
            "recalls a study by its size",
            Pattern.compile("\\bstudy of [0-9][0-9,]*|\\b[0-9][0-9,]* (knees|shoulders|patients|programs|people)\\b",
                    Pattern.CASE_INSENSITIVE),
            "recalls an author",
            Pattern.compile("\\band colleagues\\b|\\bet al\\b|\\b(article|review|study|survey|paper) by [A-Z]"
                    + "|\\b(did|does) [A-Z][a-z]+ (describe|say|find|name|call)\\b"),
            "asks what a source says",
            Pattern.compile("\\baccording to\\b|\\bas [A-Z][A-Za-z&-]* describes?\\b"
                    + "|\\bwhat does (the|this|that|a|an) [^?]*\\b(say|suggest|recommend|state|describe)\\b"
                    + "|\\b(does|did) the [^?]*\\b(guide|guideline|list|review|study|survey|article|paper|parameter"
                    + "|textbook|standard)\\b[^?]*\\b(say|name|ask|list|rate|recommend|suggest|describe|count|find)\\b"
                    + "|\\b(guide|guideline|list)'s\\b|\\bon the [^?]*\\blist\\b|\\b[Ii]n the [A-Z][A-Za-z&-]* order\\b"));

    @Test
    void noStemQuotesTheGuideOrRecallsAStudy() {
        List<String> flagged = new ArrayList<>();
        for (Question q : new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(QuestionBankLoaderTest.REAL)
                .questions()) {
            PATTERNS.forEach((reason, pattern) -> {
                var m = pattern.matcher(q.text());
                if (m.find()) {
                    flagged.add(q.id() + " (" + q.sourceFile() + "): " + reason + " [\"" + m.group() + "\"]\n    "
                            + q.text());
                }
            });
        }
        assertThat(flagged).as("stems that test recall of the guide or of a source; rewrite them as a short case")
                .isEmpty();
    }

    @Test
    void thePatternsCatchRecallAndLetACasePass() {
        List<String> recall = List.of(
                "What does this guide say about CME credits before you apply?",
                "According to the 2015 survey of PM&R programs, which problem is she likely to name?",
                "Which approach did the European study of 298 knees find best?",
                "How did Jacobson describe the place of ultrasound next to MRI?",
                "Where does a standard wrist exam start, according to the ESSR guide?");
        String aCase = "A runner feels clicking behind the outer ankle bone. Still images look normal. What next?";

        for (String stem : recall) {
            assertThat(PATTERNS.values().stream().anyMatch(p -> p.matcher(stem).find())).as(stem).isTrue();
        }
        assertThat(PATTERNS.values().stream().anyMatch(p -> p.matcher(aCase).find())).isFalse();
    }
}

package org.mskguide.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionSelectionTest {

    private final QuestionBank bank = QuizFixtures.bank();

    private static List<String> ids(QuestionSelection selection) {
        return selection.questions().stream().map(Question::id).toList();
    }

    private static String onlyMessage(QuestionSelection selection, String field) {
        assertFalse(selection.isValid());
        assertTrue(selection.questions().isEmpty(), "a rejected selection selects nothing");
        assertEquals(1, selection.errors().all().size(), () -> selection.errors().all().toString());
        assertEquals(field, selection.errors().all().get(0).field());
        return selection.errors().all().get(0).message();
    }

    @Test
    void nothingSelectsTheWholeBankInOrder() {
        QuestionSelection all = QuestionSelection.parse(bank, null, null, 3);
        assertTrue(all.isValid());
        assertEquals(ids(new QuestionSelection(null, bank.questions(), all.errors())), ids(all));
        assertEquals(7, all.questions().size(), "the maximum bounds a list, never the whole bank");
    }

    @Test
    void blankParametersCountAsAbsentLikeTheQuiz() {
        assertEquals(7, QuestionSelection.parse(bank, "  ", "", 30).questions().size());
        assertEquals(List.of("beta-1", "beta-2"), ids(QuestionSelection.parse(bank, "beta", " ", 30)));
        assertEquals(List.of("gamma-1"), ids(QuestionSelection.parse(bank, "", "gamma-1", 30)));
    }

    @Test
    void aTopicSelectsItsQuestionsInAuthoredOrder() {
        QuestionSelection beta = QuestionSelection.parse(bank, " beta ", null, 1);
        assertTrue(beta.isValid());
        assertEquals("beta", beta.topic());
        assertEquals(List.of("beta-1", "beta-2"), ids(beta));
    }

    @Test
    void anUnknownTopicIsNamedInTheMessage() {
        String message = onlyMessage(QuestionSelection.parse(bank, "delta", null, 30), QuestionSelection.TOPIC);
        assertTrue(message.contains("'delta'"), message);
        assertTrue(message.contains("'alpha'"), "suggests a real topic: " + message);
    }

    @Test
    void aListSelectsExactlyThoseQuestionsInTheOrderGivenAfterTrimming() {
        QuestionSelection list = QuestionSelection.parse(bank, null, " gamma-2 ,alpha-1,  beta-2", 3);
        assertTrue(list.isValid());
        assertEquals(List.of("gamma-2", "alpha-1", "beta-2"), ids(list));
    }

    @Test
    void unknownIdsAreRejectedAndNamed() {
        String message = onlyMessage(QuestionSelection.parse(bank, null, "alpha-1,nope,zilch", 30), QuestionSelection.QUESTIONS);
        assertEquals("There are no questions with the ids 'nope', 'zilch'.", message);
        assertEquals("There is no question with the id 'nope'.",
                onlyMessage(QuestionSelection.parse(bank, null, "nope", 30), QuestionSelection.QUESTIONS));
    }

    @Test
    void duplicatesAreRejected() {
        String message = onlyMessage(QuestionSelection.parse(bank, null, "alpha-1,beta-1, alpha-1", 30), QuestionSelection.QUESTIONS);
        assertTrue(message.contains("'alpha-1' more than once"), message);
    }

    @Test
    void emptyItemsAreRejected() {
        for (String list : List.of("alpha-1,,beta-1", "alpha-1,", ",alpha-1", "alpha-1, ,beta-1", ",")) {
            String message = onlyMessage(QuestionSelection.parse(bank, null, list, 30), QuestionSelection.QUESTIONS);
            assertTrue(message.contains("empty item"), list + " -> " + message);
        }
    }

    @Test
    void moreThanTheMaximumIsRejected() {
        assertTrue(QuestionSelection.parse(bank, null, "alpha-1,alpha-2,alpha-3", 3).isValid());
        String message = onlyMessage(QuestionSelection.parse(bank, null, "alpha-1,alpha-2,alpha-3,beta-1", 3),
                QuestionSelection.QUESTIONS);
        assertEquals("The list names 4 questions. It can name at most 3.", message);
        String huge = "x".repeat(10_000);
        assertTrue(onlyMessage(QuestionSelection.parse(bank, null, huge, 3), QuestionSelection.QUESTIONS).contains("too long"));
    }

    @Test
    void aTopicAndAListAtOnceAreRejected() {
        String message = onlyMessage(QuestionSelection.parse(bank, "alpha", "alpha-1", 30), QuestionSelection.QUESTIONS);
        assertEquals("Choose a topic or a list of questions, not both.", message);
    }

    @Test
    void severalProblemsAreAllReported() {
        QuestionSelection selection = QuestionSelection.parse(bank, null, "alpha-1,,nope,alpha-1", 30);
        assertFalse(selection.isValid());
        assertEquals(3, selection.errors().all().size(), () -> selection.errors().all().toString());
    }

    @Test
    void longInputIsShortenedInMessages() {
        String longId = "a".repeat(90);
        String message = onlyMessage(QuestionSelection.parse(bank, null, longId, 30), QuestionSelection.QUESTIONS);
        assertTrue(message.length() < 120, message);
        assertTrue(message.contains("..."), message);
    }
}

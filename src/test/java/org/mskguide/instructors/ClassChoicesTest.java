package org.mskguide.instructors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Distractor analysis counted by hand: five attempts at two questions. */
class ClassChoicesTest {

    static final ClassChoices.Offered Q1 = new ClassChoices.Offered("q1", "First?", List.of(
            new ClassChoices.Option("a", "Alpha", false), new ClassChoices.Option("b", "Beta", true),
            new ClassChoices.Option("c", "Gamma", false)));
    static final ClassChoices.Offered Q2 = new ClassChoices.Offered("q2", "Second?", List.of(
            new ClassChoices.Option("x", "Ex", true), new ClassChoices.Option("y", "Why", false)));

    private static List<ClassChoices.Answer> attempt(String q1, String q2) {
        return List.of(new ClassChoices.Answer("q1", q1, null, "b".equals(q1)),
                new ClassChoices.Answer("q2", q2, null, "x".equals(q2)));
    }

    @Test
    void eachChoiceCountedInTheAuthoredOrderWithTheLeftOutOnes() {
        // q1: a, a, b, c, (left out) -> a 2, b 1, c 1, left out 1. q2: x, y, y, y, x -> x 2, y 3.
        List<ClassChoices.QuestionCounts> counts = ClassChoices.count(List.of(Q1, Q2), List.of(
                attempt("a", "x"), attempt("a", "y"), attempt("b", "y"), attempt("c", "y"), attempt(null, "x")));

        assertThat(counts).extracting(ClassChoices.QuestionCounts::position).containsExactly(1, 2);
        ClassChoices.QuestionCounts first = counts.get(0);
        assertThat(first.choices()).extracting(ClassChoices.Count::text).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(first.choices()).extracting(ClassChoices.Count::count).containsExactly(2, 1, 1);
        assertThat(first.choices()).extracting(ClassChoices.Count::right).containsExactly(false, true, false);
        assertThat(first.unanswered()).isEqualTo(1);
        assertThat(first.choices().get(0).countText()).isEqualTo("2 (40%)");
        assertThat(counts.get(1).choices()).extracting(ClassChoices.Count::count).containsExactly(2, 3);
        assertThat(counts.get(1).unanswered()).isZero();
    }

    @Test
    void aQuestionAnAttemptNeverHadCountsAsLeftOutAndARemovedChoiceKeepsItsOldText() {
        List<ClassChoices.QuestionCounts> counts = ClassChoices.count(List.of(Q1, Q2), List.of(
                List.of(new ClassChoices.Answer("q1", "old", "A choice since removed", false)),
                attempt("b", "x")));
        assertThat(counts.get(0).choices()).extracting(ClassChoices.Count::text)
                .containsExactly("Alpha", "Beta", "Gamma", "A choice since removed");
        assertThat(counts.get(0).unanswered()).isZero();
        assertThat(counts.get(1).unanswered()).isEqualTo(1);
        assertThat(counts.get(1).choices().get(1).countText()).isEqualTo("0");
    }
}

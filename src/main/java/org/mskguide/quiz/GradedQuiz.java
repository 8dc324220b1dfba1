package org.mskguide.quiz;

import java.util.List;

/**
 * The outcome of grading one submission against the bank, before it is stored.
 *
 * @param topic   the topic filter the quiz was taken with, or null for the mixed quiz
 * @param results one per question served, in the order served
 */
public record GradedQuiz(String topic, List<Result> results) {

    public GradedQuiz {
        results = List.copyOf(results);
    }

    /** How one question went. */
    public enum Outcome {
        CORRECT, WRONG, UNANSWERED
    }

    /**
     * One question and the reader's choice.
     *
     * @param chosen the choice the reader picked, or null when the question was left out
     */
    public record Result(Question question, Choice chosen) {

        public Outcome outcome() {
            if (chosen == null) {
                return Outcome.UNANSWERED;
            }
            return chosen.correct() ? Outcome.CORRECT : Outcome.WRONG;
        }
    }

    /** Right answers. */
    public int score() {
        return (int) results.stream().filter(r -> r.outcome() == Outcome.CORRECT).count();
    }

    /** Questions served, answered or not. */
    public int total() {
        return results.size();
    }
}

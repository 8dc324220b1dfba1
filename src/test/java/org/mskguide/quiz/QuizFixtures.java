package org.mskguide.quiz;

import java.util.List;

/** A small hand-made bank for the plain tests: three topics, two or three questions each. */
final class QuizFixtures {

    private QuizFixtures() {
    }

    /** A question whose correct choice is {@code b}. */
    static Question question(String id, String topic) {
        return new Question(id, topic, "a-section", "Question " + id + "?", List.of(
                new Choice("a", "Wrong " + id, false),
                new Choice("b", "Right " + id, true),
                new Choice("c", "Also wrong " + id, false)), "Because " + id, null, "quiz/" + topic + ".yml");
    }

    static QuestionBank bank() {
        return new QuestionBank(List.of(
                question("alpha-1", "alpha"), question("alpha-2", "alpha"), question("alpha-3", "alpha"),
                question("beta-1", "beta"), question("beta-2", "beta"),
                question("gamma-1", "gamma"), question("gamma-2", "gamma")));
    }
}

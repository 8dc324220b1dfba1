package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answer the class chose for each question (distractor analysis): for every question of the class, in its order,
 * how many attempts picked each choice and how many left it out. A wrong choice that many picked points at a
 * misunderstanding worth taking up in class. Pure Java; the results page and {@code choices.csv} show the same counts.
 * Usage: {@code ClassChoices.count(offered, answersByAttempt)}.
 */
public final class ClassChoices {

    private ClassChoices() {
    }

    /** A question as the class was offered it: its choices in the authored order. */
    public record Offered(String questionId, String text, List<Option> options) {
    }

    public record Option(String choiceId, String text, boolean right) {
    }

    /**
     * One answer of one attempt.
     *
     * @param choiceId the choice picked, or null when left out
     * @param text     the choice's text as it read then (for a choice since removed from the bank)
     * @param right    whether it was the right answer then
     */
    public record Answer(String questionId, String choiceId, String text, boolean right) {
    }

    /**
     * The counts for one question.
     *
     * @param position   the question's place in the class's list (1-based)
     * @param unanswered attempts that left it out (or were served the quiz before the question was added)
     */
    public record QuestionCounts(int position, String questionId, String text, List<Count> choices, int unanswered,
            int attempts) {
    }

    /** @param count attempts that picked this choice */
    public record Count(String choiceId, String text, boolean right, int count, int attempts) {

        /** "3 (25%)": the table cell; "0" without a percentage when nobody picked it. */
        public String countText() {
            return count == 0 || attempts == 0 ? String.valueOf(count) : count + " (" + Math.round(100.0 * count / attempts) + "%)";
        }
    }

    /**
     * @param offered  the class's questions in its order
     * @param attempts each attempt's answers (any order; questions it did not have are simply missing)
     */
    public static List<QuestionCounts> count(List<Offered> offered, List<List<Answer>> attempts) {
        List<QuestionCounts> out = new ArrayList<>();
        int position = 1;
        for (Offered q : offered) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Option> options = new LinkedHashMap<>();
            for (Option o : q.options()) {
                options.put(o.choiceId(), o);
                counts.put(o.choiceId(), new int[1]);
            }
            int picked = 0;
            for (List<Answer> attempt : attempts) {
                for (Answer a : attempt) {
                    if (!a.questionId().equals(q.questionId()) || a.choiceId() == null) {
                        continue;
                    }
                    // A choice edited out of the bank since: counted under its text as it read then.
                    options.putIfAbsent(a.choiceId(), new Option(a.choiceId(), a.text(), a.right()));
                    counts.computeIfAbsent(a.choiceId(), id -> new int[1])[0]++;
                    picked++;
                }
            }
            List<Count> choices = new ArrayList<>();
            for (Option o : options.values()) {
                choices.add(new Count(o.choiceId(), o.text(), o.right(), counts.get(o.choiceId())[0], attempts.size()));
            }
            out.add(new QuestionCounts(position++, q.questionId(), q.text(), choices, attempts.size() - picked,
                    attempts.size()));
        }
        return out;
    }
}

package org.mskguide.mockexam;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mskguide.quiz.InvalidAnswers;
import org.mskguide.quiz.QuizForm;

/**
 * What the mock exam form posted: the step ({@code review} or {@code submit}), one {@code q.<id>} answer per question
 * answered and one {@code flag.<id>} per question flagged. The questions themselves come from the signed attempt, not
 * from the form. Anything else (an unknown or repeated field, a question not in this exam) is refused. Pure Java.
 *
 * @param submit  true for "Submit", false for "Review answers"
 * @param answers question id to choice id, for the questions answered
 * @param flagged the questions the reader flagged to come back to
 */
public record ExamForm(boolean submit, Map<String, String> answers, Set<String> flagged) {

    public static final String STEP = "step";
    public static final String FLAG_PREFIX = "flag.";

    public ExamForm {
        answers = Map.copyOf(answers);
        flagged = Set.copyOf(flagged);
    }

    /**
     * @param fields    every field with all its values, as posted
     * @param csrfField the CSRF token field, checked by the framework before this runs
     * @param served    the questions of this attempt, from its signed token
     */
    public static ExamForm parse(Map<String, List<String>> fields, String csrfField, List<String> served)
            throws InvalidAnswers {
        // An answer and a flag per question, plus the token and the step.
        if (fields.size() > 2 * served.size() + 2) {
            throw new InvalidAnswers("The form sent " + fields.size() + " fields, more than this exam has.");
        }
        Boolean submit = null;
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> flagged = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            String name = field.getKey();
            if (field.getValue().size() != 1) {
                throw new InvalidAnswers("The field '" + shorten(name) + "' was sent " + field.getValue().size()
                        + " times; each answer may be sent once.");
            }
            String value = field.getValue().get(0);
            if (value.length() > 200) {
                throw new InvalidAnswers("The field '" + shorten(name) + "' is too long.");
            }
            if (name.equals(csrfField)) {
                continue;
            }
            if (name.equals(STEP)) {
                if (!value.equals("review") && !value.equals("submit")) {
                    throw new InvalidAnswers("Choose \"Review answers\" or \"Submit my answers\".");
                }
                submit = value.equals("submit");
            } else if (name.startsWith(QuizForm.ANSWER_PREFIX)
                    && served.contains(name.substring(QuizForm.ANSWER_PREFIX.length()))) {
                if (!value.isEmpty()) {
                    answers.put(name.substring(QuizForm.ANSWER_PREFIX.length()), value);
                }
            } else if (name.startsWith(FLAG_PREFIX) && served.contains(name.substring(FLAG_PREFIX.length()))) {
                flagged.add(name.substring(FLAG_PREFIX.length()));
            } else {
                throw new InvalidAnswers("The form sent a field this exam does not have: '" + shorten(name) + "'.");
            }
        }
        if (submit == null) {
            throw new InvalidAnswers("Choose \"Review answers\" or \"Submit my answers\".");
        }
        return new ExamForm(submit, answers, flagged);
    }

    private static String shorten(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "..." : name;
    }
}

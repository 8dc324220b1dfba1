package org.mskguide.quiz;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the quiz form at {@code /quiz} posted, read from its fields before any check against the bank.
 * Fields: the CSRF token, {@code topic} (empty for the mixed quiz), {@code questions} (the ids served,
 * comma-separated) and one {@code q.<questionId>} radio group per question. Anything else is refused: a
 * repeated field, an unknown field, an over-long value. Pure Java, tested without Quarkus.
 *
 * @param topic     the topic filter, or null for the mixed quiz
 * @param servedIds the questions the form says it showed, in the order shown
 * @param answers   question id to chosen choice id; questions left out are absent
 * @param chosen    the quiz's questions were named in its address ({@code /quiz?questions=a,b}): field {@code chosen}
 */
public record QuizForm(String topic, List<String> servedIds, Map<String, String> answers, boolean chosen) {

    public static final String TOPIC = "topic";
    public static final String QUESTIONS = "questions";
    public static final String ANSWER_PREFIX = "q.";
    public static final String CHOSEN = "chosen";

    /** Ids are at most 100 characters (see QuestionBankLoader); the CSRF token is far shorter. */
    static final int MAX_VALUE_LENGTH = 200;

    public QuizForm {
        servedIds = List.copyOf(servedIds);
        answers = Map.copyOf(answers);
    }

    /** A mixed or topic quiz. */
    public QuizForm(String topic, List<String> servedIds, Map<String, String> answers) {
        this(topic, servedIds, answers, false);
    }

    /**
     * @param fields        every form field with all its values, as posted
     * @param csrfFieldName the CSRF token field, checked by the framework before this runs
     * @param maxQuestions  the most questions a quiz can serve (the bank's size): bounds the fields and the list
     */
    public static QuizForm parse(Map<String, List<String>> fields, String csrfFieldName, int maxQuestions)
            throws InvalidAnswers {
        // An answer per question, plus the token, the topic, the list of questions and the "chosen" mark.
        if (fields.size() > maxQuestions + 4) {
            throw new InvalidAnswers("The form sent " + fields.size() + " fields, more than any quiz has.");
        }
        String topic = null;
        String questions = null;
        boolean chosen = false;
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            String name = field.getKey();
            List<String> values = field.getValue();
            if (values.size() != 1) {
                throw new InvalidAnswers("The field '" + shorten(name) + "' was sent " + values.size()
                        + " times; each answer may be sent once.");
            }
            String value = values.get(0);
            int limit = name.equals(QUESTIONS) ? maxQuestions * (MAX_VALUE_LENGTH + 1) : MAX_VALUE_LENGTH;
            if (value.length() > limit) {
                throw new InvalidAnswers("The field '" + shorten(name) + "' is too long.");
            }
            if (name.equals(csrfFieldName)) {
                continue;
            }
            if (name.equals(TOPIC)) {
                topic = value.isBlank() ? null : value.strip();
            } else if (name.equals(QUESTIONS)) {
                questions = value;
            } else if (name.equals(CHOSEN)) {
                chosen = value.equals("true");
            } else if (name.startsWith(ANSWER_PREFIX) && name.length() > ANSWER_PREFIX.length()) {
                if (!value.isEmpty()) {
                    answers.put(name.substring(ANSWER_PREFIX.length()), value);
                }
            } else {
                throw new InvalidAnswers("The form sent a field this quiz does not have: '" + shorten(name) + "'.");
            }
        }
        if (questions == null || questions.isBlank()) {
            throw new InvalidAnswers("The list of questions in the form is missing.");
        }
        List<String> served = Arrays.stream(questions.split(",")).map(String::strip).toList();
        return new QuizForm(topic, served, answers, chosen);
    }

    private static String shorten(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "..." : name;
    }
}

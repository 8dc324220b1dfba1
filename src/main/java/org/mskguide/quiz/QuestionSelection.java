package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mskguide.web.FieldErrors;

/**
 * Which questions a request asks for, read from two optional parameters and checked against the bank: nothing
 * (every question), {@code topic=<slug>} (that topic's questions in authored order) or
 * {@code questions=<id>,<id>,...} (exactly those, in the order given). Used by the exports, the printable quiz, class
 * quizzes and "practise the questions you missed". Pure Java, tested without Quarkus.
 * <p>
 * A blank parameter counts as absent, as the quiz already treats {@code /quiz?topic=}: a GET form with both fields
 * and one left empty still works. Every problem is reported at once, each under its field's name, in plain words.
 * Usage: {@code QuestionSelection.parse(bank, topic, questions, 30)}.
 *
 * @param topic     the topic asked for, or null
 * @param questions the questions selected, in order; empty when there are errors
 * @param errors    the problems, under the field {@link #TOPIC} or {@link #QUESTIONS}; empty when valid
 */
public record QuestionSelection(String topic, List<Question> questions, FieldErrors errors) {

    public static final String TOPIC = "topic";
    public static final String QUESTIONS = "questions";

    /** Ids are at most 100 characters (QuestionBankLoader); a longer item cannot be a question. */
    static final int MAX_ID_LENGTH = 100;

    public QuestionSelection {
        questions = List.copyOf(questions);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * @param topicParam     the {@code topic} parameter as sent, or null
     * @param questionsParam the {@code questions} parameter as sent (comma-separated ids), or null
     * @param maxQuestions   the most ids a {@code questions} list may name (for example 30 for a class quiz, or the
     *                       bank's size); a topic or the whole bank is never cut
     */
    public static QuestionSelection parse(QuestionBank bank, String topicParam, String questionsParam, int maxQuestions) {
        String topic = blankToNull(topicParam);
        String list = blankToNull(questionsParam);
        FieldErrors errors = FieldErrors.none();
        if (topic != null && list != null) {
            errors.add(QUESTIONS, "Choose a topic or a list of questions, not both.");
            return rejected(topic, errors);
        }
        if (topic != null) {
            List<Question> questions = bank.forTopic(topic);
            if (questions.isEmpty()) {
                errors.add(TOPIC, "There is no topic called '" + shorten(topic) + "' with quiz questions. "
                        + "Use the short name from the topic's address, for example " + example(bank) + ".");
                return rejected(topic, errors);
            }
            return new QuestionSelection(topic, questions, errors);
        }
        if (list == null) {
            return new QuestionSelection(null, bank.questions(), errors);
        }
        return parseList(bank, list, maxQuestions);
    }

    private static QuestionSelection parseList(QuestionBank bank, String list, int maxQuestions) {
        FieldErrors errors = FieldErrors.none();
        // Bound the work before splitting: a list this long cannot be valid.
        if (list.length() > maxQuestions * (MAX_ID_LENGTH + 2)) {
            errors.add(QUESTIONS, "The list of questions is too long. It can name at most " + maxQuestions
                    + " questions.");
            return rejected(null, errors);
        }
        String[] items = list.split(",", -1);
        if (items.length > maxQuestions) {
            errors.add(QUESTIONS, "The list names " + items.length + " questions. It can name at most "
                    + maxQuestions + ".");
            return rejected(null, errors);
        }
        List<Question> selected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        boolean emptyItem = false;
        for (String item : items) {
            String id = item.strip();
            if (id.isEmpty()) {
                emptyItem = true;
            } else if (!seen.add(id)) {
                repeated.add(id);
            } else {
                bank.question(id).ifPresentOrElse(selected::add, () -> unknown.add(id));
            }
        }
        if (emptyItem) {
            errors.add(QUESTIONS, "The list of questions has an empty item. Separate question ids with single commas.");
        }
        if (!unknown.isEmpty()) {
            errors.add(QUESTIONS, (unknown.size() == 1 ? "There is no question with the id " : "There are no questions with the ids ")
                    + quoted(unknown) + ".");
        }
        if (!repeated.isEmpty()) {
            errors.add(QUESTIONS, "The list names " + quoted(repeated) + " more than once. Name each question once.");
        }
        return errors.isEmpty() ? new QuestionSelection(null, selected, errors) : rejected(null, errors);
    }

    private static QuestionSelection rejected(String topic, FieldErrors errors) {
        return new QuestionSelection(topic, List.of(), errors);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String example(QuestionBank bank) {
        return bank.topics().isEmpty() ? "'shoulder-ultrasound'" : "'" + bank.topics().get(0) + "'";
    }

    private static String quoted(Set<String> ids) {
        List<String> shown = ids.stream().limit(5).map(id -> "'" + shorten(id) + "'").toList();
        String joined = String.join(", ", shown);
        return ids.size() > shown.size() ? joined + " and " + (ids.size() - shown.size()) + " more" : joined;
    }

    // Echo what the reader sent, but never a wall of text.
    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}

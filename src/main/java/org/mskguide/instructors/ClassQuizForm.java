package org.mskguide.instructors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mskguide.web.FieldErrors;
import org.mskguide.quiz.ClassQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionSelection;

/**
 * The "set up a class quiz" form as sent, and its check against the bank. Every problem is reported at once under its
 * field's id, and the values are kept so the form comes back filled in. Pure Java, tested without Quarkus.
 * Usage: {@code ClassQuizForm.Checked checked = form.check(bank, today);}
 *
 * @param label     the class's name as typed, e.g. "SONO 210, week 3"
 * @param topics    the topic slugs ticked
 * @param questions question ids typed, comma-separated (optional)
 * @param order     {@code fixed} or {@code shuffled}
 * @param closes    the last day, {@code yyyy-mm-dd} (optional; what a date input sends)
 */
public record ClassQuizForm(String label, List<String> topics, String questions, String order, String closes) {

    public static final String LABEL = "label";
    public static final String TOPICS = "topics";
    public static final String QUESTIONS = "questions";
    public static final String ORDER = "order";
    public static final String CLOSES = "closes";

    // Anything that could be read as markup or a template: a label is plain text, shown on pages and in file names.
    private static final Pattern MARKUP = Pattern.compile("[<>{}\\p{Cntrl}]");

    public ClassQuizForm {
        label = label == null ? "" : label;
        topics = topics == null ? List.of() : List.copyOf(topics);
        questions = questions == null ? "" : questions;
        order = order == null || order.isBlank() ? "fixed" : order;
        closes = closes == null ? "" : closes;
    }

    /** The empty form a new instructor sees. */
    public static ClassQuizForm blank() {
        return new ClassQuizForm("", List.of(), "", "fixed", "");
    }

    /**
     * The outcome: either errors (and the form to show again) or everything needed to store the class quiz.
     *
     * @param questions the questions, ticked topics first (in the bank's order), then the typed ids; each once
     * @param closesOn  null when no closing date was given
     */
    public record Checked(FieldErrors errors, String label, List<Question> questions, boolean shuffled,
            LocalDate closesOn) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Checked check(QuestionBank bank, LocalDate today) {
        FieldErrors errors = FieldErrors.none();
        String cleanLabel = label.strip();
        if (cleanLabel.isEmpty()) {
            errors.add(LABEL, "Enter a label for the class quiz, for example \"SONO 210, week 3\".");
        } else if (cleanLabel.length() > ClassQuiz.MAX_LABEL) {
            errors.add(LABEL, "The label must be " + ClassQuiz.MAX_LABEL + " characters or fewer. It has "
                    + cleanLabel.length() + ".");
        } else if (MARKUP.matcher(cleanLabel).find()) {
            errors.add(LABEL, "Use plain text in the label, without the characters < > { } or line breaks.");
        }

        Set<Question> chosen = new LinkedHashSet<>();
        List<String> unknownTopics = new ArrayList<>();
        for (String topic : new LinkedHashSet<>(topics)) {
            QuestionSelection selection = QuestionSelection.parse(bank, topic, null, ClassQuiz.MAX_QUESTIONS);
            if (selection.isValid()) {
                chosen.addAll(selection.questions());
            } else {
                unknownTopics.add(topic);
            }
        }
        if (!unknownTopics.isEmpty()) {
            errors.add(TOPICS, "We have no quiz questions for the topic " + shorten(String.join(", ", unknownTopics))
                    + ". Tick topics from the list.");
        }
        boolean questionsOk = true;
        if (!questions.isBlank()) {
            // Forgive what people paste: spaces or line breaks between ids, and a trailing comma.
            String list = String.join(",", questions.strip().replaceAll("[,\\s]+$", "").split("[,\\s]+"));
            QuestionSelection selection = QuestionSelection.parse(bank, null, list, ClassQuiz.MAX_QUESTIONS);
            if (selection.isValid()) {
                chosen.addAll(selection.questions());
            } else {
                questionsOk = false;
                selection.errors().all().forEach(e -> errors.add(QUESTIONS, e.message()));
            }
        }
        if (chosen.isEmpty() && unknownTopics.isEmpty() && questionsOk) {
            errors.add(TOPICS, "Choose at least one topic, or enter question ids below.");
        } else if (chosen.size() > ClassQuiz.MAX_QUESTIONS) {
            errors.add(TOPICS, "This choice has " + chosen.size() + " questions. A class quiz can have at most "
                    + ClassQuiz.MAX_QUESTIONS + ": choose fewer topics, or list the questions you want by id.");
        }

        if (!order.equals("fixed") && !order.equals("shuffled")) {
            errors.add(ORDER, "Choose whether the questions come in a fixed order or shuffled.");
        }

        LocalDate closesOn = null;
        if (!closes.isBlank()) {
            try {
                closesOn = LocalDate.parse(closes.strip());
                if (closesOn.isBefore(today)) {
                    errors.add(CLOSES, "The last day to answer, " + closesOn + ", is in the past. Choose today ("
                            + today + ") or a later day, or leave it empty.");
                }
            } catch (DateTimeParseException e) {
                errors.add(CLOSES, "Enter the last day to answer as year-month-day, for example " + today.plusDays(7)
                        + ", or leave it empty.");
            }
        }
        return new Checked(errors, cleanLabel, List.copyOf(chosen), order.equals("shuffled"), closesOn);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}

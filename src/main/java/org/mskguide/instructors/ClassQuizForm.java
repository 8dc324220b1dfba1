package org.mskguide.instructors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
 * @param closes    the last day (optional): {@code yyyy-mm-dd}, what a date input sends, or US-style {@code mm/dd/yyyy}
 *                  typed where the browser shows a plain text box
 * @param attempts  {@code one} (one attempt per browser) or {@code any}
 * @param answers   when students see the right answers: {@code immediately}, {@code after-close} or {@code never}
 */
public record ClassQuizForm(String label, List<String> topics, String questions, String order, String closes,
        String attempts, String answers) {

    public static final String LABEL = "label";
    public static final String TOPICS = "topics";
    public static final String QUESTIONS = "questions";
    public static final String ORDER = "order";
    public static final String CLOSES = "closes";
    public static final String ATTEMPTS = "attempts";
    public static final String ANSWERS = "answers";

    /** What a browser without a date picker may send: month/day/year, as typed in the US. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    // Anything that could be read as markup or a template: a label is plain text, shown on pages and in file names.
    private static final Pattern MARKUP = Pattern.compile("[<>{}\\p{Cntrl}]");

    public ClassQuizForm {
        label = label == null ? "" : label;
        topics = topics == null ? List.of() : List.copyOf(topics);
        questions = questions == null ? "" : questions;
        order = order == null || order.isBlank() ? "fixed" : order;
        closes = closes == null ? "" : closes;
        attempts = attempts == null || attempts.isBlank() ? "one" : attempts;
        answers = answers == null || answers.isBlank() ? ClassQuiz.AnswersShown.AFTER_CLOSE.param() : answers;
    }

    /** The empty form a new instructor sees: one attempt per browser, answers after the quiz closes. */
    public static ClassQuizForm blank() {
        return withQuestions("");
    }

    /** The empty form with questions already listed, e.g. ticked in the question picker. */
    public static ClassQuizForm withQuestions(String questions) {
        return new ClassQuizForm("", List.of(), questions, "fixed", "", "one", ClassQuiz.AnswersShown.AFTER_CLOSE.param());
    }

    /**
     * The outcome: either errors (and the form to show again) or everything needed to store the class quiz.
     *
     * @param questions the questions, ticked topics first (in the bank's order), then the typed ids; each once
     * @param closesOn  null when no closing date was given
     */
    public record Checked(FieldErrors errors, String label, List<Question> questions, boolean shuffled,
            LocalDate closesOn, boolean onePerBrowser, ClassQuiz.AnswersShown answersShown) {

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

        if (!attempts.equals("one") && !attempts.equals("any")) {
            errors.add(ATTEMPTS, "Choose one attempt per browser, or any number of attempts.");
        }
        ClassQuiz.AnswersShown shown = ClassQuiz.AnswersShown.parse(answers).orElse(null);
        if (shown == null) {
            errors.add(ANSWERS, "Choose when students see the right answers.");
        }

        LocalDate closesOn = null;
        if (!closes.isBlank()) {
            closesOn = parseDay(closes.strip());
            if (closesOn == null) {
                LocalDate example = today.plusDays(7);
                errors.add(CLOSES, "Enter the last day to answer as year-month-day, for example " + example
                        + ", or as month/day/year, for example " + example.format(US_DATE) + ". Or leave it empty.");
            } else if (closesOn.isBefore(today)) {
                errors.add(CLOSES, "The last day to answer, " + closesOn + ", is in the past. Choose today ("
                        + today + ") or a later day, or leave it empty.");
            }
        }
        return new Checked(errors, cleanLabel, List.copyOf(chosen), order.equals("shuffled"), closesOn,
                attempts.equals("one"), shown == null ? ClassQuiz.AnswersShown.AFTER_CLOSE : shown);
    }

    /** {@code 2026-12-20} (a date input) or {@code 12/20/2026} (typed, US order); null when it is neither. */
    static LocalDate parseDay(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}

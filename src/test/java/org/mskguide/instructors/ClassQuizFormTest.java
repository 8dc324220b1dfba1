package org.mskguide.instructors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

class ClassQuizFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Question question(String id, String topic) {
        return new Question(id, topic, "a-section", "Question " + id + "?", List.of(
                new Choice("a", "Wrong", false), new Choice("b", "Right", true), new Choice("c", "Wrong too", false)),
                "Because", null, "quiz/" + topic + ".yml");
    }

    /** alpha: 3 questions, beta: 2, big: 29. */
    static QuestionBank bank() {
        List<Question> questions = new ArrayList<>(List.of(question("alpha-1", "alpha"), question("alpha-2", "alpha"),
                question("alpha-3", "alpha"), question("beta-1", "beta"), question("beta-2", "beta")));
        for (int i = 1; i <= 29; i++) {
            questions.add(question("big-" + i, "big"));
        }
        return new QuestionBank(questions);
    }

    private static ClassQuizForm form(String label, List<String> topics, String questions, String order, String closes) {
        return new ClassQuizForm(label, topics, questions, order, closes, null, null);
    }

    @Test
    void topicsAndSingleQuestionsMakeOneListEachQuestionOnce() {
        ClassQuizForm.Checked checked = form("  SONO 210, week 3 ", List.of("beta"), "alpha-2, beta-1,\nalpha-1,",
                "shuffled", "2026-12-05").check(bank(), TODAY);

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.label()).isEqualTo("SONO 210, week 3");
        assertThat(checked.questions()).extracting(Question::id).containsExactly("beta-1", "beta-2", "alpha-2", "alpha-1");
        assertThat(checked.shuffled()).isTrue();
        assertThat(checked.closesOn()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void todayIsAllowedAsClosingDayAndNoDateMeansOpen() {
        assertThat(form("A", List.of("alpha"), "", "fixed", TODAY.toString()).check(bank(), TODAY).isValid()).isTrue();
        ClassQuizForm.Checked open = form("A", List.of("alpha"), "", "fixed", "").check(bank(), TODAY);
        assertThat(open.closesOn()).isNull();
        assertThat(open.shuffled()).isFalse();
    }

    @Test
    void everyBadInputIsReportedUnderItsField() {
        assertThat(form("", List.of("alpha"), "", "fixed", "").check(bank(), TODAY).errors().messages("label"))
                .containsExactly("Enter a label for the class quiz, for example \"SONO 210, week 3\".");
        assertThat(form("   ", List.of("alpha"), "", "fixed", "").check(bank(), TODAY).errors().has("label")).isTrue();
        assertThat(form("x".repeat(81), List.of("alpha"), "", "fixed", "").check(bank(), TODAY).errors().messages("label"))
                .singleElement().asString().contains("80 characters or fewer").contains("It has 81");
        assertThat(form("x".repeat(80), List.of("alpha"), "", "fixed", "").check(bank(), TODAY).isValid()).isTrue();
        assertThat(form("<b>Week 3</b>", List.of("alpha"), "", "fixed", "").check(bank(), TODAY).errors().messages("label"))
                .singleElement().asString().contains("plain text");
        assertThat(form("Week {3}", List.of("alpha"), "", "fixed", "").check(bank(), TODAY).errors().has("label")).isTrue();

        assertThat(form("A", List.of("no-such-topic"), "", "fixed", "").check(bank(), TODAY).errors().messages("topics"))
                .singleElement().asString().contains("no-such-topic");
        assertThat(form("A", List.of(), "", "fixed", "").check(bank(), TODAY).errors().messages("topics"))
                .containsExactly("Choose at least one topic, or enter question ids below.");
        assertThat(form("A", List.of("big", "alpha"), "", "fixed", "").check(bank(), TODAY).errors().messages("topics"))
                .singleElement().asString().contains("32 questions").contains("at most 30");
        assertThat(form("A", List.of("big"), "alpha-1", "fixed", "").check(bank(), TODAY).isValid()).isTrue();

        assertThat(form("A", List.of(), "alpha-1, nope", "fixed", "").check(bank(), TODAY).errors().messages("questions"))
                .singleElement().asString().contains("'nope'");
        assertThat(form("A", List.of(), "alpha-1, alpha-1", "fixed", "").check(bank(), TODAY).errors().messages("questions"))
                .singleElement().asString().contains("more than once");

        assertThat(form("A", List.of("alpha"), "", "sideways", "").check(bank(), TODAY).errors().has("order")).isTrue();

        assertThat(form("A", List.of("alpha"), "", "fixed", "2026-11-28").check(bank(), TODAY).errors().messages("closes"))
                .singleElement().asString().contains("in the past");
        assertThat(form("A", List.of("alpha"), "", "fixed", "next week").check(bank(), TODAY).errors().messages("closes"))
                .singleElement().asString().contains("year-month-day");
    }

    @Test
    void allProblemsAtOnce() {
        ClassQuizForm.Checked checked = form("", List.of(), "", "fixed", "2020-01-01").check(bank(), TODAY);
        assertThat(checked.errors().all()).extracting(e -> e.field()).containsExactlyInAnyOrder("label", "topics", "closes");
    }

    @Test
    void theLastDayMayBeTypedUsStyleAndAnythingElseIsExplained() {
        assertThat(form("A", List.of("alpha"), "", "fixed", "12/20/2026").check(bank(), TODAY).closesOn())
                .isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(form("A", List.of("alpha"), "", "fixed", "2026-12-20").check(bank(), TODAY).closesOn())
                .isEqualTo(LocalDate.of(2026, 12, 20));
        for (String bad : List.of("20/12/2026", "13/01/2027", "2/30/2027", "12-20-2026")) {
            assertThat(form("A", List.of("alpha"), "", "fixed", bad).check(bank(), TODAY).errors().messages("closes"))
                    .as(bad).singleElement().asString().contains("year-month-day").contains("month/day/year")
                    .contains("12/6/2026");
        }
    }

    @Test
    void integrityChoicesDefaultToOneAttemptAndAnswersAfterClosing() {
        ClassQuizForm.Checked blank = form("A", List.of("alpha"), "", "fixed", "").check(bank(), TODAY);
        assertThat(blank.onePerBrowser()).isTrue();
        assertThat(blank.answersShown()).isEqualTo(org.mskguide.quiz.ClassQuiz.AnswersShown.AFTER_CLOSE);

        ClassQuizForm.Checked chosen = new ClassQuizForm("A", List.of("alpha"), "", "fixed", "", "any", "never")
                .check(bank(), TODAY);
        assertThat(chosen.onePerBrowser()).isFalse();
        assertThat(chosen.answersShown()).isEqualTo(org.mskguide.quiz.ClassQuiz.AnswersShown.NEVER);

        ClassQuizForm.Checked bad = new ClassQuizForm("A", List.of("alpha"), "", "fixed", "", "twice", "sometimes")
                .check(bank(), TODAY);
        assertThat(bad.errors().all()).extracting(e -> e.field()).containsExactlyInAnyOrder("attempts", "answers");
    }
}

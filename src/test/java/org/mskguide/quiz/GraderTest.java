package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Grading without Quarkus: scores, unanswered questions, and every way a submission can be tampered with. */
class GraderTest {

    private final QuestionBank bank = QuizFixtures.bank();
    private final Grader grader = new Grader(bank, 3);
    private final List<String> alpha = List.of("alpha-2", "alpha-1", "alpha-3");

    @Test
    void allRight() throws InvalidAnswers {
        GradedQuiz graded = grader.gradeForm("alpha", alpha, Map.of("alpha-1", "b", "alpha-2", "b", "alpha-3", "b"));

        assertThat(graded.score()).isEqualTo(3);
        assertThat(graded.total()).isEqualTo(3);
        assertThat(graded.results()).extracting(GradedQuiz.Result::outcome).containsOnly(GradedQuiz.Outcome.CORRECT);
    }

    @Test
    void allWrong() throws InvalidAnswers {
        GradedQuiz graded = grader.gradeForm("alpha", alpha, Map.of("alpha-1", "a", "alpha-2", "c", "alpha-3", "a"));

        assertThat(graded.score()).isZero();
        assertThat(graded.total()).isEqualTo(3);
        assertThat(graded.results()).extracting(GradedQuiz.Result::outcome).containsOnly(GradedQuiz.Outcome.WRONG);
    }

    @Test
    void partlyAnsweredCountsTheLeftOutQuestionsAsUnansweredInTheOrderServed() throws InvalidAnswers {
        GradedQuiz graded = grader.gradeForm("alpha", alpha, Map.of("alpha-1", "b", "alpha-3", "a"));

        assertThat(graded.score()).isEqualTo(1);
        assertThat(graded.total()).isEqualTo(3);
        assertThat(graded.results()).extracting(r -> r.question().id()).containsExactly("alpha-2", "alpha-1", "alpha-3");
        assertThat(graded.results()).extracting(GradedQuiz.Result::outcome).containsExactly(
                GradedQuiz.Outcome.UNANSWERED, GradedQuiz.Outcome.CORRECT, GradedQuiz.Outcome.WRONG);
        assertThat(graded.results().get(0).chosen()).isNull();
        assertThat(graded.topic()).isEqualTo("alpha");
    }

    @Test
    void aMixedQuizAsDrawnIsAccepted() throws InvalidAnswers {
        for (int seed = 0; seed < 50; seed++) {
            List<String> served = bank.drawMixed(3, new Random(seed)).stream().map(Question::id).toList();

            GradedQuiz graded = grader.gradeForm(null, served, Map.of(served.get(0), "b"));

            assertThat(graded.total()).isEqualTo(3);
            assertThat(graded.score()).isEqualTo(1);
            assertThat(graded.topic()).isNull();
        }
    }

    @Test
    void unknownQuestionIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("alpha", alpha, Map.of("alpha-1", "b", "nope", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("no question 'nope'");
    }

    @Test
    void choiceOfAnotherQuestionOrMadeUpIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("alpha", alpha, Map.of("alpha-1", "z")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'z' is not one of the choices of question 'alpha-1'");
    }

    @Test
    void answerToAQuestionThatWasNotServedIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("alpha", alpha, Map.of("beta-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'beta-1' is not part of this quiz");
    }

    @Test
    void droppingAQuestionFromTheHiddenListOfATopicQuizIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("alpha", List.of("alpha-1", "alpha-2"), Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("was changed");
    }

    @Test
    void swappingTheTopicUnderTheListIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("beta", alpha, Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("was changed");
    }

    @Test
    void editedMixedQuizListsAreRefused() {
        // Too short: a hard question dropped.
        assertThatThrownBy(() -> grader.gradeForm(null, List.of("alpha-1", "beta-1"), Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("was changed");
        // Right length, but not a spread the draw produces (two from one topic, none from another).
        assertThatThrownBy(() -> grader.gradeForm(null, List.of("alpha-1", "alpha-2", "beta-1"), Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("was changed");
        // A question listed twice.
        assertThatThrownBy(() -> grader.gradeForm(null, List.of("alpha-1", "alpha-1", "beta-1"), Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("twice");
        // A made-up id.
        assertThatThrownBy(() -> grader.gradeForm(null, List.of("alpha-1", "beta-1", "made-up"), Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'made-up'");
    }

    @Test
    void noAnswersAtAllIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("alpha", alpha, Map.of()))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("No answers");
        assertThatThrownBy(() -> grader.gradeApi(null, Map.of()))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("No answers");
    }

    @Test
    void unknownTopicIsRefused() {
        assertThatThrownBy(() -> grader.gradeForm("delta", alpha, Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("no quiz for topic 'delta'");
        assertThatThrownBy(() -> grader.gradeApi("delta", Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("no quiz for topic 'delta'");
    }

    @Test
    void apiWithoutTopicGradesOnlyWhatWasAnswered() throws InvalidAnswers {
        GradedQuiz graded = grader.gradeApi(null, Map.of("gamma-1", "b", "alpha-2", "a"));

        assertThat(graded.total()).isEqualTo(2);
        assertThat(graded.score()).isEqualTo(1);
        // In bank order, whatever order the client sent.
        assertThat(graded.results()).extracting(r -> r.question().id()).containsExactly("alpha-2", "gamma-1");
    }

    @Test
    void apiWithTopicCountsEveryQuestionOfTheTopic() throws InvalidAnswers {
        GradedQuiz graded = grader.gradeApi("beta", Map.of("beta-2", "b"));

        assertThat(graded.total()).isEqualTo(2);
        assertThat(graded.score()).isEqualTo(1);
        assertThat(graded.results()).extracting(GradedQuiz.Result::outcome)
                .containsExactly(GradedQuiz.Outcome.UNANSWERED, GradedQuiz.Outcome.CORRECT);
    }

    @Test
    void apiAnswerOutsideTheTopicIsRefused() {
        assertThatThrownBy(() -> grader.gradeApi("beta", Map.of("alpha-1", "b")))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'alpha-1' is not part of this quiz");
    }

    @Test
    void tooManyAnswersIsRefused() {
        Map<String, String> every = new HashMap<>();
        bank.questions().forEach(q -> every.put(q.id(), "b"));

        assertThatThrownBy(() -> grader.gradeApi("beta", every))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("Too many answers: 7 given, but this quiz has 2");
        every.put("extra-question", "b");
        assertThatThrownBy(() -> grader.gradeApi(null, every))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("Too many answers: 8 given, but this quiz has 7");
    }
}

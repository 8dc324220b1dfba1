package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading the posted quiz form without Quarkus: the fields it has, and the ones a tampered form adds. */
class QuizFormTest {

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void readsTopicServedListAndAnswersAndSkipsTheToken() throws InvalidAnswers {
        QuizForm form = QuizForm.parse(fields("csrf-token", "abc", "topic", "alpha", "questions", "alpha-2, alpha-1",
                "q.alpha-1", "b"), "csrf-token", 10);

        assertThat(form.topic()).isEqualTo("alpha");
        assertThat(form.servedIds()).containsExactly("alpha-2", "alpha-1");
        assertThat(form.answers()).containsExactly(Map.entry("alpha-1", "b"));
    }

    @Test
    void emptyTopicMeansTheMixedQuizAndNoAnswersIsNotAParseError() throws InvalidAnswers {
        QuizForm form = QuizForm.parse(fields("topic", "", "questions", "alpha-1"), "csrf-token", 10);

        assertThat(form.topic()).isNull();
        assertThat(form.answers()).isEmpty();
    }

    @Test
    void aRepeatedFieldIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "q.alpha-1", "a", "q.alpha-1", "b"),
                "csrf-token", 10)).isInstanceOf(InvalidAnswers.class).hasMessageContaining("'q.alpha-1' was sent 2 times");
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "questions", "beta-1"), "csrf-token", 10))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'questions' was sent 2 times");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "score", "10"), "csrf-token", 10))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'score'");
    }

    @Test
    void aMissingListOfQuestionsIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("q.alpha-1", "b"), "csrf-token", 10))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("list of questions");
    }

    @Test
    void overLongValuesAreRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "q.alpha-1", "b".repeat(201)),
                "csrf-token", 10)).isInstanceOf(InvalidAnswers.class).hasMessageContaining("'q.alpha-1' is too long");
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "x".repeat(10 * 201 + 1)), "csrf-token", 10))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'questions' is too long");
    }

    @Test
    void moreFieldsThanTheLargestQuizIsRefused() throws InvalidAnswers {
        // Ten questions: ten answers plus token, topic, list and the "chosen" mark fit; one more field does not.
        String[] fit = new String[2 * 14];
        fit[0] = "csrf-token";
        fit[1] = "t";
        fit[2] = "topic";
        fit[3] = "";
        fit[4] = "questions";
        fit[5] = "q-0";
        fit[6] = "chosen";
        fit[7] = "true";
        for (int i = 0; i < 10; i++) {
            fit[8 + 2 * i] = "q.q-" + i;
            fit[9 + 2 * i] = "a";
        }
        assertThat(QuizForm.parse(fields(fit), "csrf-token", 10).answers()).hasSize(10);
        assertThat(QuizForm.parse(fields(fit), "csrf-token", 10).chosen()).isTrue();

        Map<String, List<String>> tooMany = fields(fit);
        tooMany.put("q.q-10", List.of("a"));
        assertThatThrownBy(() -> QuizForm.parse(tooMany, "csrf-token", 10))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("15 fields");
    }
}

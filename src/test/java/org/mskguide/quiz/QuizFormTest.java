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
                "q.alpha-1", "b"), "csrf-token");

        assertThat(form.topic()).isEqualTo("alpha");
        assertThat(form.servedIds()).containsExactly("alpha-2", "alpha-1");
        assertThat(form.answers()).containsExactly(Map.entry("alpha-1", "b"));
    }

    @Test
    void emptyTopicMeansTheMixedQuizAndNoAnswersIsNotAParseError() throws InvalidAnswers {
        QuizForm form = QuizForm.parse(fields("topic", "", "questions", "alpha-1"), "csrf-token");

        assertThat(form.topic()).isNull();
        assertThat(form.answers()).isEmpty();
    }

    @Test
    void aRepeatedFieldIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "q.alpha-1", "a", "q.alpha-1", "b"),
                "csrf-token")).isInstanceOf(InvalidAnswers.class).hasMessageContaining("'q.alpha-1' was sent 2 times");
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "questions", "beta-1"), "csrf-token"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'questions' was sent 2 times");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "score", "10"), "csrf-token"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'score'");
    }

    @Test
    void aMissingListOfQuestionsIsRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("q.alpha-1", "b"), "csrf-token"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("list of questions");
    }

    @Test
    void overLongValuesAndTooManyFieldsAreRefused() {
        assertThatThrownBy(() -> QuizForm.parse(fields("questions", "alpha-1", "q.alpha-1", "b".repeat(5000)),
                "csrf-token")).isInstanceOf(InvalidAnswers.class).hasMessageContaining("too long");
        String[] many = new String[2 * 100];
        for (int i = 0; i < 100; i++) {
            many[2 * i] = "q.question-" + i;
            many[2 * i + 1] = "a";
        }
        assertThatThrownBy(() -> QuizForm.parse(fields(many), "csrf-token"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("100 fields");
    }
}

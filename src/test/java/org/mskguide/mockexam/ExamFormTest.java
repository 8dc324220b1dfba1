package org.mskguide.mockexam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.InvalidAnswers;

class ExamFormTest {

    private static final List<String> SERVED = List.of("q1", "q2", "q3");

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void readsTheStepAnswersAndFlags() throws InvalidAnswers {
        ExamForm form = ExamForm.parse(fields("csrf-token", "t", "step", "review", "q.q1", "b", "q.q2", "",
                "flag.q2", "yes", "flag.q3", "yes"), "csrf-token", SERVED);
        assertThat(form.submit()).isFalse();
        assertThat(form.answers()).isEqualTo(Map.of("q1", "b"));
        assertThat(form.flagged()).containsExactlyInAnyOrder("q2", "q3");
        assertThat(ExamForm.parse(fields("step", "submit", "q.q3", "a"), "csrf-token", SERVED).submit()).isTrue();
    }

    @Test
    void refusesWhatTheExamDoesNotHaveWithAPlainMessage() {
        assertThatThrownBy(() -> ExamForm.parse(fields("step", "submit", "q.other", "a"), "csrf-token", SERVED))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'q.other'");
        assertThatThrownBy(() -> ExamForm.parse(fields("step", "submit", "q.q1", "a", "q.q1", "b"), "csrf-token", SERVED))
                .hasMessageContaining("sent 2 times");
        assertThatThrownBy(() -> ExamForm.parse(fields("q.q1", "a"), "csrf-token", SERVED))
                .hasMessageContaining("Review answers");
        assertThatThrownBy(() -> ExamForm.parse(fields("step", "grade-me-full-marks"), "csrf-token", SERVED))
                .hasMessageContaining("Review answers");
    }
}

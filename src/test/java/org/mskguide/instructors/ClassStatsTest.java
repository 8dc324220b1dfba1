package org.mskguide.instructors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mskguide.instructors.ClassStats.Outcome.RIGHT;
import static org.mskguide.instructors.ClassStats.Outcome.UNANSWERED;
import static org.mskguide.instructors.ClassStats.Outcome.WRONG;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassStatsTest {

    private static ClassStats.Attempt attempt(ClassStats.Outcome... outcomes) {
        return new ClassStats.Attempt(List.of(outcomes));
    }

    @Test
    void countsMedianSpreadAndDistribution() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2", "q3"), List.of(
                attempt(RIGHT, RIGHT, RIGHT),
                attempt(RIGHT, WRONG, RIGHT),
                attempt(RIGHT, WRONG, UNANSWERED),
                attempt(WRONG, WRONG, UNANSWERED)));

        assertThat(stats.attempts()).isEqualTo(4);
        assertThat(stats.total()).isEqualTo(3);
        // Scores 0, 1, 2, 3.
        assertThat(stats.distribution()).containsExactly(1, 1, 1, 1);
        assertThat(stats.median()).isEqualTo(1.5);
        assertThat(stats.lowerQuartile()).isEqualTo(0.75);
        assertThat(stats.upperQuartile()).isEqualTo(2.25);
        assertThat(stats.lowest()).isZero();
        assertThat(stats.highest()).isEqualTo(3);
        assertThat(stats.medianText()).isEqualTo("1.5");
    }

    @Test
    void questionsWeakestFirstWithLeftOutCountedAsNotRight() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2", "q3"), List.of(
                attempt(RIGHT, WRONG, UNANSWERED),
                attempt(RIGHT, RIGHT, UNANSWERED),
                attempt(RIGHT, WRONG, RIGHT)));

        assertThat(stats.questions()).extracting(ClassStats.QuestionRow::questionId).containsExactly("q2", "q3", "q1");
        ClassStats.QuestionRow q3 = stats.questions().get(1);
        assertThat(q3.right()).isEqualTo(1);
        assertThat(q3.unanswered()).isEqualTo(2);
        assertThat(q3.position()).isEqualTo(3);
        assertThat(q3.rightText()).isEqualTo("33% (1 of 3)");
        assertThat(stats.questions().get(2).rightText()).isEqualTo("100% (3 of 3)");
    }

    @Test
    void tiesKeepTheClassOrder() {
        ClassStats stats = ClassStats.of(List.of("b", "a", "c"), List.of(attempt(WRONG, WRONG, WRONG)));
        assertThat(stats.questions()).extracting(ClassStats.QuestionRow::questionId).containsExactly("b", "a", "c");
        assertThat(stats.median()).isZero();
        assertThat(stats.medianText()).isEqualTo("0");
    }

    @Test
    void noAttemptsYet() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2"), List.of());
        assertThat(stats.attempts()).isZero();
        assertThat(stats.median()).isNull();
        assertThat(stats.distribution()).containsExactly(0, 0, 0);
        assertThat(stats.questions()).allSatisfy(r -> assertThat(r.rightText()).isEqualTo("No attempts yet"));
        assertThat(ClassResultsChart.svg(stats)).isNull();
    }

    @Test
    void oneAttempt() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2"), List.of(attempt(RIGHT, WRONG)));
        assertThat(stats.median()).isEqualTo(1.0);
        assertThat(stats.lowerQuartile()).isEqualTo(1.0);
        assertThat(stats.upperQuartile()).isEqualTo(1.0);
        assertThat(ClassResultsChart.svg(stats)).contains("<svg").contains("1 of 2 right").contains("1 attempt");
    }
}

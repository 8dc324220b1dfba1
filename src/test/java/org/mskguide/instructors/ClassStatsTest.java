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
        // A whole number: the lower of the two middle scores (at least half scored 1 or more, half 1 or less).
        assertThat(stats.median()).isEqualTo(1);
        assertThat(stats.lowest()).isZero();
        assertThat(stats.highest()).isEqualTo(3);
        // Four attempts: at most four rows, one per score here.
        assertThat(stats.bins()).extracting(ClassStats.Bin::count).containsExactly(1, 1, 1, 1);
    }

    @Test
    void anOddNumberOfAttemptsHasTheMiddleScoreAsMedian() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2"), List.of(attempt(RIGHT, RIGHT), attempt(WRONG, WRONG),
                attempt(RIGHT, WRONG)));
        assertThat(stats.median()).isEqualTo(1);
    }

    @Test
    void theChartHasRowsOnlyFromTheLowestToTheHighestScoreAndFewRowsForFewAttempts() {
        List<String> ids = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(i -> "q" + i).toList();
        // Two attempts, scores 3 and 12: at most 3 rows (not 15), covering 3 to 12 in ranges of 4.
        ClassStats two = ClassStats.of(ids, List.of(scoring(3, 14), scoring(12, 14)));
        assertThat(two.bins()).containsExactly(new ClassStats.Bin(3, 6, 1), new ClassStats.Bin(7, 10, 0),
                new ClassStats.Bin(11, 12, 1));
        assertThat(two.bins().get(0).label(14)).isEqualTo("3 to 6 of 14 right");
        assertThat(ClassResultsChart.svg(two)).contains("3 to 6 of 14 right").doesNotContain(">0 of 14 right<");

        // Thirty attempts spread over 0..14: at most 10 rows, so ranges of 2.
        List<ClassStats.Attempt> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(scoring(i % 15, 14));
        }
        ClassStats big = ClassStats.of(ids, many);
        assertThat(big.bins()).hasSizeLessThanOrEqualTo(10);
        assertThat(big.bins()).extracting(ClassStats.Bin::count).containsExactly(4, 4, 4, 4, 4, 4, 4, 2);
        assertThat(big.bins().stream().mapToInt(ClassStats.Bin::count).sum()).isEqualTo(30);

        // One attempt: one row.
        assertThat(ClassStats.of(ids, List.of(scoring(5, 14))).bins()).containsExactly(new ClassStats.Bin(5, 5, 1));
        assertThat(new ClassStats.Bin(5, 5, 1).label(14)).isEqualTo("5 of 14 right");
    }

    private static ClassStats.Attempt scoring(int right, int total) {
        List<ClassStats.Outcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            outcomes.add(i < right ? RIGHT : WRONG);
        }
        return new ClassStats.Attempt(outcomes);
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
    }

    @Test
    void noAttemptsYet() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2"), List.of());
        assertThat(stats.attempts()).isZero();
        assertThat(stats.median()).isNull();
        assertThat(stats.distribution()).containsExactly(0, 0, 0);
        assertThat(stats.bins()).isEmpty();
        assertThat(stats.questions()).allSatisfy(r -> assertThat(r.rightText()).isEqualTo("No attempts yet"));
        assertThat(ClassResultsChart.svg(stats)).isNull();
    }

    @Test
    void oneAttempt() {
        ClassStats stats = ClassStats.of(List.of("q1", "q2"), List.of(attempt(RIGHT, WRONG)));
        assertThat(stats.median()).isEqualTo(1);
        assertThat(stats.bins()).containsExactly(new ClassStats.Bin(1, 1, 1));
        assertThat(ClassResultsChart.svg(stats)).contains("<svg").contains("1 of 2 right").contains("1 attempt");
    }
}

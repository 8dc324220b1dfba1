package org.mskguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class FigureGroupsTest {

    /** "q1:joint" is question q1 with the figure "joint"; "q2" has none. */
    private static final Function<String, String> FIGURE = item -> item.contains(":") ? item.split(":")[1] : null;

    @Test
    void questionsSharingAFigureMoveUpToTheFirstOfThemAndTheRestKeepTheirPlace() {
        List<String> questions = List.of("q1", "q2:joint", "q3", "q4:axis", "q5:joint", "q6", "q7:axis");

        assertThat(FigureGroups.of(questions, FIGURE)).containsExactly(
                List.of("q1"), List.of("q2:joint", "q5:joint"), List.of("q3"), List.of("q4:axis", "q7:axis"),
                List.of("q6"));
    }

    @Test
    void questionsWithoutFiguresAreNeverMergedAndNothingIsLost() {
        List<String> questions = List.of("a", "b", "c");

        List<List<String>> groups = FigureGroups.of(questions, FIGURE);

        assertThat(groups).hasSize(3);
        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(questions);
        assertThat(FigureGroups.of(List.<String>of(), FIGURE)).isEmpty();
    }
}

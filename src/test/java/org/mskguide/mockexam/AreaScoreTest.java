package org.mskguide.mockexam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mskguide.quiz.GradedQuiz.Outcome.CORRECT;
import static org.mskguide.quiz.GradedQuiz.Outcome.UNANSWERED;
import static org.mskguide.quiz.GradedQuiz.Outcome.WRONG;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Per-area scores against a small example worked out by hand. */
class AreaScoreTest {

    @Test
    void scoresMatchTheHandComputedExample() {
        // By hand: regions 2 right, 1 wrong (3); basics 1 right, 1 unanswered (2); images 0 right, 1 wrong (1).
        // All: 3 right, 2 wrong, 1 unanswered of 6 = 50%. Regions 2 of 3 = 67%; basics 1 of 2 = 50%; images 0%.
        List<AreaScore.Item> items = List.of(new AreaScore.Item("regions", CORRECT), new AreaScore.Item("basics", CORRECT),
                new AreaScore.Item("regions", WRONG), new AreaScore.Item("images", WRONG),
                new AreaScore.Item("basics", UNANSWERED), new AreaScore.Item("regions", CORRECT));
        Map<String, String> titles = Map.of("basics", "The basics", "images", "Reading images", "regions", "Body regions");

        List<AreaScore> scores = AreaScore.of(items, List.of("basics", "images", "regions", "profession"), titles::get);

        assertThat(scores).containsExactly(new AreaScore("all", "All questions", 3, 2, 1),
                new AreaScore("basics", "The basics", 1, 0, 1), new AreaScore("images", "Reading images", 0, 1, 0),
                new AreaScore("regions", "Body regions", 2, 1, 0));
        assertThat(scores).extracting(AreaScore::rightText).containsExactly("3 of 6 right (50%)",
                "1 of 2 right (50%)", "0 of 1 right (0%)", "2 of 3 right (67%)");
    }

    @Test
    void theChartSaysEveryAreasScoreInWords() {
        List<AreaScore> scores = List.of(new AreaScore("all", "All questions", 3, 2, 1),
                new AreaScore("regions", "Body regions", 2, 1, 0));
        String svg = AreaChart.svg(scores);
        assertThat(svg).contains("3 of 6 right (50%)").contains("2 of 3 right (67%)").contains("Body regions")
                .contains("Not right").contains("Unanswered");
    }
}

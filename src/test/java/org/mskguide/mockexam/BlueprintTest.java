package org.mskguide.mockexam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

/** Fixed numbers per area, spread over each area's topics; an area with too few questions gives all it has. */
class BlueprintTest {

    /** A bank of {@code perTopic} questions on each topic; topic "a1" is in area "a", and so on. */
    private static QuestionBank bank(Map<String, Integer> topicsPerArea, int perTopic) {
        List<Question> questions = new ArrayList<>();
        Map<String, String> areaOf = new HashMap<>();
        topicsPerArea.forEach((area, topics) -> {
            for (int t = 1; t <= topics; t++) {
                String topic = area + t;
                areaOf.put(topic, area);
                for (int q = 0; q < perTopic; q++) {
                    questions.add(new Question(topic + "-q" + q, topic, "s", "Question?", List.of(
                            new Choice("a", "Right", true), new Choice("b", "Wrong", false),
                            new Choice("c", "Also wrong", false)), "Because.", null, "test.yml"));
                }
            }
        });
        return new QuestionBank(questions, areaOf);
    }

    private final Blueprint blueprint = new Blueprint(List.of(new Blueprint.Part("a", 6), new Blueprint.Part("b", 4),
            new Blueprint.Part("c", 5)), Duration.ofMinutes(20));

    @Test
    void eachAreaGivesItsFixedNumberSpreadOverItsTopics() {
        QuestionBank bank = bank(Map.of("a", 3, "b", 2, "c", 5), 4);
        for (int seed = 0; seed < 20; seed++) {
            List<Question> drawn = blueprint.draw(bank, new Random(seed));
            assertThat(drawn).hasSize(15).doesNotHaveDuplicates();
            Map<String, Long> byArea = drawn.stream().collect(Collectors.groupingBy(q -> bank.area(q.topic()),
                    Collectors.counting()));
            assertThat(byArea).containsExactlyInAnyOrderEntriesOf(Map.of("a", 6L, "b", 4L, "c", 5L));
            // Area a: 6 over 3 topics is 2 each; area c: 5 over 5 topics is 1 each.
            Map<String, Long> byTopic = drawn.stream().collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
            assertThat(byTopic).containsEntry("a1", 2L).containsEntry("a2", 2L).containsEntry("a3", 2L)
                    .containsEntry("c1", 1L).containsEntry("c5", 1L);
        }
    }

    @Test
    void anAreaWithTooFewQuestionsGivesAllItHasAndThePlanSaysSo() {
        QuestionBank bank = bank(Map.of("a", 3, "b", 1, "c", 5), 3);
        List<Blueprint.Planned> plan = blueprint.plan(bank);
        assertThat(plan).extracting(Blueprint.Planned::drawn).containsExactly(6, 3, 5);
        assertThat(plan.get(1).fewerThanWanted()).isTrue();
        assertThat(plan.get(0).fewerThanWanted()).isFalse();
        assertThat(blueprint.draw(bank, new Random(1))).hasSize(14);
    }

    @Test
    void theGuidesBlueprintIsFiftyQuestionsInAnHour() {
        assertThat(Blueprint.GUIDE.wanted()).isEqualTo(50);
        assertThat(Blueprint.GUIDE.timeLimit()).isEqualTo(Duration.ofHours(1));
        assertThat(Blueprint.GUIDE.parts()).extracting(Blueprint.Part::area)
                .containsExactly("basics", "images", "regions", "profession");
    }
}

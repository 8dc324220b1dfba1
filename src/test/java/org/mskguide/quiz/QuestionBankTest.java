package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The mixed draw spreads questions across topics, and only such spreads pass as a served quiz. */
class QuestionBankTest {

    private final QuestionBank bank = QuizFixtures.bank();

    @Test
    void drawTakesOnePerTopicBeforeASecondFromAny() {
        for (int seed = 0; seed < 100; seed++) {
            List<Question> drawn = bank.drawMixed(3, new Random(seed));

            assertThat(drawn).extracting(Question::topic).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        }
        for (int seed = 0; seed < 100; seed++) {
            Map<String, Long> counts = bank.drawMixed(6, new Random(seed)).stream()
                    .collect(Collectors.groupingBy(Question::topic, Collectors.counting()));

            assertThat(counts).containsEntry("alpha", 2L).containsEntry("beta", 2L).containsEntry("gamma", 2L);
        }
    }

    @Test
    void drawNeverRepeatsAndStopsAtTheBankSize() {
        List<Question> drawn = bank.drawMixed(20, new Random(1));

        assertThat(drawn).hasSize(7).doesNotHaveDuplicates();
        assertThat(bank.couldBeMixedDraw(drawn, 20)).isTrue();
    }

    @Test
    void everyDrawPassesAsAServedQuizAndLopsidedListsDoNot() {
        for (int seed = 0; seed < 100; seed++) {
            assertThat(bank.couldBeMixedDraw(bank.drawMixed(4, new Random(seed)), 4)).isTrue();
        }
        Question a1 = bank.question("alpha-1").orElseThrow();
        Question a2 = bank.question("alpha-2").orElseThrow();
        Question b1 = bank.question("beta-1").orElseThrow();
        Question g1 = bank.question("gamma-1").orElseThrow();

        assertThat(bank.couldBeMixedDraw(List.of(a1, b1, g1), 3)).isTrue();
        assertThat(bank.couldBeMixedDraw(List.of(a1, a2, b1), 3)).isFalse();
        assertThat(bank.couldBeMixedDraw(List.of(a1, b1), 3)).isFalse();
        assertThat(bank.couldBeMixedDraw(List.of(a1, a1, b1), 3)).isFalse();
        assertThat(bank.couldBeMixedDraw(List.of(a1, b1, g1, a2), 3)).isFalse();
    }

    @Test
    void topicsKeepTheirOrderAndQuestions() {
        assertThat(bank.topics()).containsExactly("alpha", "beta", "gamma");
        assertThat(bank.forTopic("beta")).extracting(Question::id).containsExactly("beta-1", "beta-2");
        assertThat(bank.forTopic("delta")).isEmpty();
        assertThat(bank.question("gamma-2")).isPresent();
        assertThat(bank.question(null)).isEmpty();
    }

    @Test
    void theRealMixedQuizTakesTwoFromEachAreaOfTheGuideAndNeverTwoFromOneTopic() {
        QuestionBank real = new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(QuestionBankLoaderTest.REAL);
        for (int seed = 0; seed < 200; seed++) {
            List<Question> drawn = real.drawMixed(8, new Random(seed));

            Map<String, Long> perArea = drawn.stream().collect(Collectors.groupingBy(q -> real.area(q.topic()),
                    Collectors.counting()));
            assertThat(perArea).as("seed " + seed).containsOnlyKeys("basics", "images", "regions", "profession")
                    .allSatisfy((area, count) -> assertThat(count).isEqualTo(2L));
            assertThat(drawn.stream().map(Question::topic).distinct().count()).as("seed " + seed).isEqualTo(8);
            assertThat(real.couldBeMixedDraw(drawn, 8)).isTrue();
        }
    }

    @Test
    void aMixedQuizWithOneAreaTwiceOverIsNotAValidDraw() {
        QuestionBank real = new QuestionBankLoader(QuestionBankLoaderTest.CONTENT).load(QuestionBankLoaderTest.REAL);
        List<Question> drawn = new java.util.ArrayList<>(real.drawMixed(8, new Random(7)));
        Question images = drawn.stream().filter(q -> real.area(q.topic()).equals("images")).findFirst().orElseThrow();
        Question extraRegion = real.questions().stream()
                .filter(q -> real.area(q.topic()).equals("regions") && !drawn.contains(q)).findFirst().orElseThrow();
        drawn.set(drawn.indexOf(images), extraRegion);

        assertThat(real.couldBeMixedDraw(drawn, 8)).isFalse();
    }
}

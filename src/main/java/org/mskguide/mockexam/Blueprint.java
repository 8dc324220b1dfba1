package org.mskguide.mockexam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

/**
 * What a mock exam draws: a fixed number of questions from each of the guide's own areas (its topic groups: the
 * basics, reading images, body regions, careers), and its time limit. These are the guide's parts, not an exam
 * body's outline or weights. Pure Java.
 * <p>
 * Example: {@code Blueprint.GUIDE.draw(bank, random)}.
 *
 * @param parts     each area and how many of its questions an exam draws, in the order the guide reads them
 * @param timeLimit from the moment the questions are served
 */
public record Blueprint(List<Part> parts, Duration timeLimit) {

    /** 50 questions in 60 minutes: 12 basics, 10 reading images, 18 body regions, 10 careers. */
    public static final Blueprint GUIDE = new Blueprint(List.of(new Part("basics", 12), new Part("images", 10),
            new Part("regions", 18), new Part("profession", 10)), Duration.ofMinutes(60));

    public Blueprint {
        parts = List.copyOf(parts);
    }

    /** @param questions how many this area should give */
    public record Part(String area, int questions) {
    }

    /**
     * An area's share as this bank can fill it.
     *
     * @param wanted    the blueprint's number
     * @param available the bank's questions in the area
     */
    public record Planned(String area, int wanted, int available) {

        /** What an exam really draws: the blueprint's number, or all the bank has when that is fewer. */
        public int drawn() {
            return Math.min(wanted, available);
        }

        public boolean fewerThanWanted() {
            return available < wanted;
        }
    }

    public int wanted() {
        return parts.stream().mapToInt(Part::questions).sum();
    }

    /** Each area with the number an exam draws from this bank. */
    public List<Planned> plan(QuestionBank bank) {
        return parts.stream().map(p -> new Planned(p.area(), p.questions(), (int) bank.questions().stream()
                .filter(q -> bank.area(q.topic()).equals(p.area())).count())).toList();
    }

    /**
     * One exam: each area's number of questions, spread over the area's topics (a round robin over its topics in random
     * order, a random question from each), then all of them shuffled so areas are mixed as on a real paper.
     */
    public List<Question> draw(QuestionBank bank, Random random) {
        List<Question> drawn = new ArrayList<>();
        for (Planned planned : plan(bank)) {
            Map<String, List<Question>> byTopic = new LinkedHashMap<>();
            bank.questions().stream().filter(q -> bank.area(q.topic()).equals(planned.area()))
                    .forEach(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q));
            List<List<Question>> pools = new ArrayList<>(byTopic.values());
            pools.forEach(pool -> Collections.shuffle(pool, random));
            Collections.shuffle(pools, random);
            int taken = 0;
            for (int round = 0; taken < planned.drawn(); round++) {
                for (List<Question> pool : pools) {
                    if (round < pool.size() && taken < planned.drawn()) {
                        drawn.add(pool.get(round));
                        taken++;
                    }
                }
            }
        }
        Collections.shuffle(drawn, random);
        return List.copyOf(drawn);
    }
}

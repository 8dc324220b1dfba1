package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every quiz question, loaded and validated once at start-up ({@link QuestionBankLoader}); immutable and
 * shared by every request. Questions are kept in topic reading order, then in authored order.
 */
public final class QuestionBank {

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, List<Question>> byTopic;

    public QuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        this.byId = this.questions.stream()
                .collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));
        Map<String, List<Question>> topics = new LinkedHashMap<>();
        this.questions.forEach(q -> topics.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q));
        topics.replaceAll((topic, list) -> List.copyOf(list));
        this.byTopic = Collections.unmodifiableMap(topics);
    }

    public List<Question> questions() {
        return questions;
    }

    /** The question with this id, e.g. {@code question("rmsks-two-exams")}. */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The questions of one topic in authored order; empty for a topic without questions. */
    public List<Question> forTopic(String slug) {
        return byTopic.getOrDefault(slug, List.of());
    }

    /** Slugs of the topics that have questions, in reading order. */
    public List<String> topics() {
        return List.copyOf(byTopic.keySet());
    }

    /**
     * A mixed quiz of {@code size} questions spread across topics: a round robin over the topics in random
     * order, one random question each per round, so no topic gets two questions before every topic that
     * still has some got one. Usage: {@code bank.drawMixed(8, random)}.
     */
    public List<Question> drawMixed(int size, Random random) {
        List<List<Question>> pools = new ArrayList<>();
        for (List<Question> topic : byTopic.values()) {
            List<Question> pool = new ArrayList<>(topic);
            Collections.shuffle(pool, random);
            pools.add(pool);
        }
        Collections.shuffle(pools, random);
        List<Question> drawn = new ArrayList<>();
        for (int round = 0; drawn.size() < size && drawn.size() < questions.size(); round++) {
            for (List<Question> pool : pools) {
                if (round < pool.size() && drawn.size() < size) {
                    drawn.add(pool.get(round));
                }
            }
        }
        Collections.shuffle(drawn, random);
        return List.copyOf(drawn);
    }

    /**
     * Whether {@link #drawMixed} could have served exactly these questions. This is how a submitted form
     * proves it was not edited to drop hard questions: the count must be right and the spread across topics
     * must be one a round robin produces (no topic more than one question behind another, unless it ran out).
     */
    public boolean couldBeMixedDraw(List<Question> served, int size) {
        if (served.size() != Math.min(size, questions.size()) || new HashSet<>(served).size() != served.size()) {
            return false;
        }
        Map<String, Long> counts = served.stream()
                .collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Map.Entry<String, List<Question>> topic : byTopic.entrySet()) {
            long count = counts.getOrDefault(topic.getKey(), 0L);
            if (count < topic.getValue().size() && count < most - 1) {
                return false;
            }
        }
        return served.stream().allMatch(q -> q.equals(byId.get(q.id())));
    }
}

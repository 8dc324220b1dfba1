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
    private final Map<String, String> areaOfTopic;

    /** A bank where every topic is its own area (the mixed quiz then spreads over topics). */
    public QuestionBank(List<Question> questions) {
        this(questions, Map.of());
    }

    /**
     * @param areaOfTopic each topic's area of the guide (e.g. {@code shoulder-ultrasound -> regions}); a topic missing
     *                    from the map is an area of its own
     */
    public QuestionBank(List<Question> questions, Map<String, String> areaOfTopic) {
        this.areaOfTopic = Map.copyOf(areaOfTopic);
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

    /** The area a topic belongs to: its area of the guide, or the topic itself when it has none. */
    public String area(String topic) {
        return areaOfTopic.getOrDefault(topic, topic);
    }

    /**
     * A mixed quiz of {@code size} questions spread evenly over the guide's areas (basics, images, regions,
     * profession) and, inside an area, over its topics: a round robin over the areas in random order; each turn of an
     * area takes one random question from the next of its topics (also in random order). So no area gets a second
     * question before every area that still has some got one, and the same holds for topics inside an area.
     * Usage: {@code bank.drawMixed(8, random)}.
     */
    public List<Question> drawMixed(int size, Random random) {
        Map<String, List<List<Question>>> areas = new LinkedHashMap<>();
        for (List<Question> topic : byTopic.values()) {
            List<Question> pool = new ArrayList<>(topic);
            Collections.shuffle(pool, random);
            areas.computeIfAbsent(area(topic.get(0).topic()), a -> new ArrayList<>()).add(pool);
        }
        List<TopicRotation> rotations = new ArrayList<>();
        for (List<List<Question>> pools : areas.values()) {
            Collections.shuffle(pools, random);
            rotations.add(new TopicRotation(pools));
        }
        Collections.shuffle(rotations, random);
        List<Question> drawn = new ArrayList<>();
        int target = Math.min(size, questions.size());
        while (drawn.size() < target) {
            for (TopicRotation rotation : rotations) {
                Question next = rotation.next();
                if (next != null && drawn.size() < target) {
                    drawn.add(next);
                }
            }
        }
        Collections.shuffle(drawn, random);
        return List.copyOf(drawn);
    }

    /** Hands out an area's questions one topic at a time, round and round, skipping topics that ran out. */
    private static final class TopicRotation {
        private final List<List<Question>> pools;
        private final int[] taken;
        private int turn;

        TopicRotation(List<List<Question>> pools) {
            this.pools = pools;
            this.taken = new int[pools.size()];
        }

        Question next() {
            for (int tries = 0; tries < pools.size(); tries++) {
                int i = turn++ % pools.size();
                if (taken[i] < pools.get(i).size()) {
                    return pools.get(i).get(taken[i]++);
                }
            }
            return null;
        }
    }

    /**
     * Whether {@link #drawMixed} could have served exactly these questions. This is how a submitted form
     * proves it was not edited to drop hard questions: the count must be right, and the spread must be one the
     * round robin produces, across areas and across the topics of each area (no area or topic more than one
     * question behind another, unless it ran out).
     */
    public boolean couldBeMixedDraw(List<Question> served, int size) {
        if (served.size() != Math.min(size, questions.size()) || new HashSet<>(served).size() != served.size()
                || !served.stream().allMatch(q -> q.equals(byId.get(q.id())))) {
            return false;
        }
        Map<String, List<Question>> byArea = new LinkedHashMap<>();
        questions.forEach(q -> byArea.computeIfAbsent(area(q.topic()), a -> new ArrayList<>()).add(q));
        Map<String, Long> perArea = served.stream().collect(Collectors.groupingBy(q -> area(q.topic()), Collectors.counting()));
        if (!balanced(perArea, byArea.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size())))) {
            return false;
        }
        for (String area : byArea.keySet()) {
            Map<String, Long> available = byTopic.entrySet().stream().filter(e -> area(e.getKey()).equals(area))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
            Map<String, Long> perTopic = served.stream().filter(q -> area(q.topic()).equals(area))
                    .collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
            if (!balanced(perTopic, available)) {
                return false;
            }
        }
        return true;
    }

    // No group more than one behind the fullest, unless it has nothing left to give.
    private static boolean balanced(Map<String, Long> counts, Map<String, Long> available) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Map.Entry<String, Long> group : available.entrySet()) {
            long count = counts.getOrDefault(group.getKey(), 0L);
            if (count < group.getValue() && count < most - 1) {
                return false;
            }
        }
        return true;
    }
}

package org.mskguide.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Leitner schedule: a question answered right moves up a box and waits longer (1, 2, 4, 8 or 16 days by box); one
 * answered wrong goes back to box 1, due tomorrow. Pure Java: "today" is always passed in.
 */
public final class Schedule {

    /** The most questions one review serves: a session short enough to do every day. */
    public static final int SESSION_SIZE = 10;

    private static final int[] DAYS_BY_BOX = { 1, 2, 4, 8, 16 };

    private Schedule() {
    }

    /** Days to wait before a question in this box is due again. */
    public static int interval(int box) {
        return DAYS_BY_BOX[box - 1];
    }

    /** A new card from a quiz: questions missed start in box 1 (due tomorrow), questions right in box 2. */
    public static StudyCard add(StudyCard card, Map<String, Boolean> rightById, LocalDate today) {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>(card.entries());
        rightById.forEach((id, right) -> {
            int box = right ? 2 : 1;
            StudyCard.Entry before = entries.get(id);
            // Already on the card: a miss still sends it back to box 1; a right answer leaves it where it was.
            if (before == null || !right) {
                entries.put(id, new StudyCard.Entry(box, today.toEpochDay() + interval(box)));
            }
        });
        return new StudyCard(entries);
    }

    /** The card after a review: each answered question moves up or back; questions left out stay as they were. */
    public static StudyCard review(StudyCard card, Map<String, Boolean> rightById, LocalDate today) {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>(card.entries());
        rightById.forEach((id, right) -> {
            StudyCard.Entry before = entries.get(id);
            if (before == null) {
                return;
            }
            int box = right ? Math.min(before.box() + 1, StudyCard.MAX_BOX) : StudyCard.MIN_BOX;
            entries.put(id, new StudyCard.Entry(box, today.toEpochDay() + interval(box)));
        });
        return new StudyCard(entries);
    }

    /** Questions due on or before today. */
    public static List<String> due(StudyCard card, LocalDate today) {
        return card.entries().entrySet().stream().filter(e -> e.getValue().dueDay() <= today.toEpochDay())
                .map(Map.Entry::getKey).toList();
    }

    /** Questions coming due from tomorrow up to {@code today + days}, inclusive (not those due already). */
    public static long dueWithin(StudyCard card, LocalDate today, int days) {
        long from = today.toEpochDay() + 1;
        long to = today.toEpochDay() + days;
        return card.entries().values().stream().filter(e -> e.dueDay() >= from && e.dueDay() <= to).count();
    }

    /**
     * Today's session: due questions, oldest due first, then lowest box, then taken in turn from each topic (so two
     * questions on one topic do not follow each other while another topic waits), at most {@link #SESSION_SIZE}.
     *
     * @param topicOf a question's topic; questions it maps to null (no longer in the bank) are left out
     */
    public static List<String> session(StudyCard card, LocalDate today, Function<String, String> topicOf) {
        List<String> ordered = due(card, today).stream().filter(id -> topicOf.apply(id) != null)
                .sorted(Comparator.comparingLong((String id) -> card.entries().get(id).dueDay())
                        .thenComparingInt(id -> card.entries().get(id).box()))
                .toList();
        // One queue per topic, in the order each topic first comes up; then round-robin across the queues.
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (String id : ordered) {
            byTopic.computeIfAbsent(topicOf.apply(id), t -> new ArrayList<>()).add(id);
        }
        List<String> session = new ArrayList<>();
        for (int round = 0; session.size() < SESSION_SIZE; round++) {
            boolean any = false;
            for (List<String> queue : byTopic.values()) {
                if (round < queue.size() && session.size() < SESSION_SIZE) {
                    session.add(queue.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return session;
    }
}

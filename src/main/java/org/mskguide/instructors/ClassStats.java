package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a class did, from its anonymous attempts: the number of attempts, the median score and the range (whole numbers:
 * scores are counts of right answers), the scores grouped into a few rows that fit the number of attempts, and each
 * question's share right, weakest first. The chart, the tables and the CSV files are all drawn from this one record.
 * Pure Java. Usage: {@code ClassStats.of(questionIds, attempts)}.
 *
 * @param questions    the class's questions, one row each, weakest first
 * @param attempts     how many attempts were sent
 * @param total        questions per attempt
 * @param median       the middle attempt's score (with an even number of attempts, the lower of the two middle ones),
 *                     so at least half scored this or more and at least half this or less; null without attempts
 * @param lowest       the lowest score (null without attempts)
 * @param highest      the highest score (null without attempts)
 * @param distribution index = score (0 to total), value = how many attempts got it
 * @param bins         the scores from lowest to highest in at most {@link #maxRows(int)} rows, for the chart and table
 */
public record ClassStats(List<QuestionRow> questions, int attempts, int total, Integer median, Integer lowest,
        Integer highest, List<Integer> distribution, List<Bin> bins) {

    /**
     * One row of the score chart: the attempts that scored from {@code from} to {@code to} right (one score when equal).
     */
    public record Bin(int from, int to, int count) {

        /** "7 of 14 right", or "3 to 6 of 14 right". */
        public String label(int total) {
            return (from == to ? String.valueOf(from) : from + " to " + to) + " of " + total + " right";
        }

        /** An id for the row, e.g. {@code s3-6}. */
        public String key() {
            return from == to ? "s" + from : "s" + from + "-" + to;
        }
    }

    /** How one attempt went, question by question, in the class's question order. */
    public record Attempt(List<Outcome> outcomes) {

        public Attempt {
            outcomes = List.copyOf(outcomes);
        }

        public int score() {
            return (int) outcomes.stream().filter(o -> o == Outcome.RIGHT).count();
        }
    }

    public enum Outcome {
        RIGHT, WRONG, UNANSWERED;

        /** How the attempts CSV writes it: {@code right}, {@code wrong}, {@code unanswered}. */
        public String word() {
            return name().toLowerCase();
        }
    }

    /**
     * @param position the question's place in the class's list (1-based), so a row can be found in the quiz
     * @param right    attempts that got it right
     * @param wrong    attempts that chose another answer
     * @param unanswered attempts that left it out
     */
    public record QuestionRow(int position, String questionId, int right, int wrong, int unanswered) {

        public int attempts() {
            return right + wrong + unanswered;
        }

        /** Right answers as a share of attempts (a question left out counts as not right), or null without attempts. */
        public Double share() {
            return attempts() == 0 ? null : (double) right / attempts();
        }

        /** "46% (6 of 13)" or "No attempts yet": the table cell and the words at the end of the chart's bar. */
        public String rightText() {
            return share() == null ? "No attempts yet" : Math.round(share() * 100) + "% (" + right + " of " + attempts() + ")";
        }
    }

    /** Weakest first; ties keep the class's order. */
    static final Comparator<QuestionRow> WEAKEST_FIRST = Comparator
            .comparing((QuestionRow r) -> r.share() == null ? 2.0 : r.share())
            .thenComparing(QuestionRow::position);

    /**
     * @param questionIds the class's questions in its order
     * @param attempts    each attempt's outcomes, in the same order as {@code questionIds}
     */
    public static ClassStats of(List<String> questionIds, List<Attempt> attempts) {
        int total = questionIds.size();
        Map<String, int[]> counts = new LinkedHashMap<>();
        questionIds.forEach(id -> counts.put(id, new int[3]));
        List<Integer> scores = new ArrayList<>();
        Integer[] distribution = new Integer[total + 1];
        java.util.Arrays.fill(distribution, 0);
        for (Attempt attempt : attempts) {
            for (int i = 0; i < total && i < attempt.outcomes().size(); i++) {
                counts.get(questionIds.get(i))[attempt.outcomes().get(i).ordinal()]++;
            }
            int score = attempt.score();
            scores.add(score);
            distribution[Math.min(score, total)]++;
        }
        List<QuestionRow> rows = new ArrayList<>();
        int position = 1;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            rows.add(new QuestionRow(position++, e.getKey(), c[0], c[1], c[2]));
        }
        rows.sort(WEAKEST_FIRST);
        scores.sort(Comparator.naturalOrder());
        if (scores.isEmpty()) {
            return new ClassStats(rows, 0, total, null, null, null, List.of(distribution), List.of());
        }
        int lowest = scores.get(0);
        int highest = scores.get(scores.size() - 1);
        return new ClassStats(rows, attempts.size(), total, scores.get((scores.size() - 1) / 2), lowest, highest,
                List.of(distribution), bins(List.of(distribution), lowest, highest, maxRows(attempts.size())));
    }

    /**
     * The most rows the score chart gets: about one per attempt, at least 3 and at most 10, so 2 attempts never make a
     * 15-row chart and a large class still reads at a glance.
     */
    static int maxRows(int attempts) {
        return Math.max(3, Math.min(10, attempts));
    }

    /** Scores {@code lowest..highest} in rows of equal width (the last may be narrower), at most {@code maxRows}. */
    static List<Bin> bins(List<Integer> distribution, int lowest, int highest, int maxRows) {
        int span = highest - lowest + 1;
        int width = (span + maxRows - 1) / maxRows;
        List<Bin> bins = new ArrayList<>();
        for (int from = lowest; from <= highest; from += width) {
            int to = Math.min(highest, from + width - 1);
            int count = 0;
            for (int score = from; score <= to; score++) {
                count += distribution.get(score);
            }
            bins.add(new Bin(from, to, count));
        }
        return bins;
    }

    /** Whether some chart rows stand for a range of scores rather than one score (the caption then says so). */
    public boolean grouped() {
        return bins.stream().anyMatch(b -> b.from() != b.to());
    }
}

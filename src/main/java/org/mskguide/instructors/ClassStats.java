package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a class did, from its anonymous attempts: the number of attempts, the median score and its spread, how many
 * attempts got each score, and each question's share right, weakest first. The chart, the tables and the CSV files are
 * all drawn from this one record. Pure Java.
 * Usage: {@code ClassStats.of(questionIds, attempts)}.
 *
 * @param questions    the class's questions, one row each, weakest first
 * @param attempts     how many attempts were sent
 * @param total        questions per attempt
 * @param median       the median score (right answers), null without attempts
 * @param lowerQuartile the score a quarter of attempts are at or below (null without attempts)
 * @param upperQuartile the score three quarters of attempts are at or below (null without attempts)
 * @param lowest       the lowest score (null without attempts)
 * @param highest      the highest score (null without attempts)
 * @param distribution index = score (0 to total), value = how many attempts got it
 */
public record ClassStats(List<QuestionRow> questions, int attempts, int total, Double median, Double lowerQuartile,
        Double upperQuartile, Integer lowest, Integer highest, List<Integer> distribution) {

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
        boolean none = scores.isEmpty();
        return new ClassStats(rows, attempts.size(), total, none ? null : quantile(scores, 0.5),
                none ? null : quantile(scores, 0.25), none ? null : quantile(scores, 0.75),
                none ? null : scores.get(0), none ? null : scores.get(scores.size() - 1), List.of(distribution));
    }

    /**
     * The q-quantile of sorted values by linear interpolation between the two nearest ranks (the method spreadsheets
     * use for QUARTILE.INC), so the numbers match what an instructor gets from the CSV in a spreadsheet.
     */
    static double quantile(List<Integer> sorted, double q) {
        double rank = q * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    /** The median as the page writes it: 7, or 7.5. */
    public String medianText() {
        return number(median);
    }

    public String lowerQuartileText() {
        return number(lowerQuartile);
    }

    public String upperQuartileText() {
        return number(upperQuartile);
    }

    /** A score in words with one decimal only when needed: 7, 7.5. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }
}

package org.mskguide.mockexam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.mskguide.quiz.GradedQuiz;

/**
 * How one content area of a mock exam went (or the whole exam, key {@code all}). Pure Java; the results page's chart
 * and table are both drawn from these rows.
 *
 * @param key        {@code all}, or the area, e.g. {@code regions}
 * @param title      "All questions", or the area's name, e.g. "Body regions"
 * @param right      answered right
 * @param wrong      answered, not right
 * @param unanswered left out
 */
public record AreaScore(String key, String title, int right, int wrong, int unanswered) {

    /** One answered (or skipped) question: its area and how it went. */
    public record Item(String area, GradedQuiz.Outcome outcome) {
    }

    public int total() {
        return right + wrong + unanswered;
    }

    /** Whole percent right, e.g. 67 for 2 of 3. */
    public int percent() {
        return total() == 0 ? 0 : (int) Math.round(100.0 * right / total());
    }

    /** "8 of 12 right (67%)": the table's cell and the words at the end of the chart's bar. */
    public String rightText() {
        return right + " of " + total() + " right (" + percent() + "%)";
    }

    /**
     * The whole exam first, then each area in {@code order} that had questions (areas not in it last, in the order met).
     */
    public static List<AreaScore> of(List<Item> items, List<String> order, Function<String, String> title) {
        List<AreaScore> scores = new ArrayList<>();
        scores.add(score("all", "All questions", items));
        List<String> areas = new ArrayList<>(order);
        items.stream().map(Item::area).distinct().filter(a -> !areas.contains(a)).forEach(areas::add);
        for (String area : areas) {
            List<Item> mine = items.stream().filter(i -> i.area().equals(area)).toList();
            if (!mine.isEmpty()) {
                scores.add(score(area, title.apply(area), mine));
            }
        }
        return scores;
    }

    private static AreaScore score(String key, String title, List<Item> items) {
        int right = (int) items.stream().filter(i -> i.outcome() == GradedQuiz.Outcome.CORRECT).count();
        int wrong = (int) items.stream().filter(i -> i.outcome() == GradedQuiz.Outcome.WRONG).count();
        return new AreaScore(key, title, right, wrong, items.size() - right - wrong);
    }
}

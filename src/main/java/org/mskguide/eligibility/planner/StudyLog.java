package org.mskguide.eligibility.planner;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A log of MSK experience toward the RMSKS: the months in order with a running total, and nothing counted against a
 * target, because ARDMS publishes no MSK study count for the RMSKS that we could find (the RMSK's count is
 * {@link StudyPlanner}'s job).
 *
 * @param months  every logged month, oldest first, with the running total up to it
 * @param total   all logged studies
 * @param first   the oldest logged month
 * @param last    the latest logged month
 */
public record StudyLog(List<Row> months, int total, YearMonth first, YearMonth last) {

    /** One logged month and the total so far. */
    public record Row(YearMonth month, int count, int runningTotal) {
    }

    public StudyLog {
        months = List.copyOf(months);
    }

    /** The log in month order with running totals (a log has at least one month). */
    public static StudyLog of(List<StudyMonth> log) {
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (StudyMonth m : log.stream().sorted(Comparator.comparing(StudyMonth::month)).toList()) {
            total += m.count();
            rows.add(new Row(m.month(), m.count(), (int) Math.min(total, Integer.MAX_VALUE)));
        }
        int sum = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).runningTotal();
        return new StudyLog(rows, sum, rows.isEmpty() ? null : rows.get(0).month(),
                rows.isEmpty() ? null : rows.get(rows.size() - 1).month());
    }
}

package org.mskguide.eligibility.planner;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mskguide.content.Fact;
import org.mskguide.content.Source;
import org.mskguide.eligibility.CredentialRules;

/**
 * Counts a study log against the study window and projects when the minimum is reached. Plain Java; the current
 * month comes from the clock.
 *
 * <p>Definitions, also stated on the page: the window for an application in month A is A itself and the
 * {@code windowMonths - 1} months before it (for 36 months and A = January 2027: February 2024 to January 2027).
 * Months up to and including this month count as logged (a month left out counts 0); from next month on, every
 * month adds the pace. The pace is the reader's own number or, without one, the average of the last
 * {@link StudyPlan#PACE_MONTHS} months up to the latest logged month, rounded down.
 */
public final class StudyPlanner {

    private final CredentialRules rules;
    private final Clock clock;

    public StudyPlanner(CredentialRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param log     logged months (any order, each month once, none in the future)
     * @param applyIn the planned application month
     * @param perMonth the reader's expected studies a month, or null to use the log's recent average
     */
    public StudyPlan plan(List<StudyMonth> log, YearMonth applyIn, Integer perMonth) {
        int window = rules.windowMonths();
        int required = rules.required();
        YearMonth thisMonth = YearMonth.now(clock);
        Map<YearMonth, Integer> counts = log.stream()
                .collect(Collectors.toMap(StudyMonth::month, StudyMonth::count, Integer::sum));
        YearMonth windowStart = applyIn.minusMonths(window - 1L);
        List<StudyPlan.PlanMonth> months = log.stream()
                .sorted(Comparator.comparing(StudyMonth::month))
                .map(m -> new StudyPlan.PlanMonth(m.month(), m.count(), status(m.month(), windowStart, applyIn),
                        m.month().plusMonths(window - 1L)))
                .toList();
        int counted = months.stream().filter(StudyPlan.PlanMonth::counted).mapToInt(StudyPlan.PlanMonth::count).sum();
        boolean fromLog = perMonth == null;
        int pace = fromLog ? recentAverage(counts) : perMonth;
        YearMonth earliest = null;
        // From next month + window - 1 on, the window holds only projected months: pace * window, forever.
        YearMonth lastToTry = thisMonth.plusMonths(window);
        for (YearMonth m = thisMonth; !m.isAfter(lastToTry); m = m.plusMonths(1)) {
            if (windowTotal(counts, m, window, thisMonth, pace) >= required) {
                earliest = m;
                break;
            }
        }
        Integer projected = applyIn.isAfter(thisMonth) ? windowTotal(counts, applyIn, window, thisMonth, pace) : null;
        Fact fact = rules.studiesRequired();
        // The timeline: from the oldest logged month (or the window's start) to the latest month the plan names.
        YearMonth first = windowStart;
        YearMonth last = applyIn.isAfter(thisMonth) ? applyIn : thisMonth;
        for (YearMonth m : counts.keySet()) {
            first = m.isBefore(first) ? m : first;
            last = m.isAfter(last) ? m : last;
        }
        if (earliest != null && earliest.isAfter(last)) {
            last = earliest;
        }
        YearMonth drawFrom = first.plusMonths(StudyPlan.MAX_TIMELINE_MONTHS).isBefore(last.plusMonths(1))
                ? last.minusMonths(StudyPlan.MAX_TIMELINE_MONTHS - 1L) : first;
        boolean cut = counts.keySet().stream().anyMatch(m -> m.isBefore(drawFrom));
        first = drawFrom;
        List<StudyPlan.TimelineMonth> timeline = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            boolean future = m.isAfter(thisMonth);
            timeline.add(new StudyPlan.TimelineMonth(m, future ? null : counts.get(m), future ? pace : null,
                    status(m, windowStart, applyIn), windowTotal(counts, m, window, thisMonth, pace)));
        }
        return new StudyPlan(applyIn, windowStart, window, required, counted, Math.max(0, required - counted), months,
                pace, fromLog, thisMonth, earliest, projected, (required + window - 1) / window,
                fact.needsConfirmation() || rules.studiesWindowMonths().needsConfirmation(),
                new Source(fact.source(), fact.sourceUrl()), fact.lastReviewed(), timeline, cut);
    }

    /** Studies in the window ending with {@code end}: logged counts up to this month, the pace after it. */
    static int windowTotal(Map<YearMonth, Integer> counts, YearMonth end, int window, YearMonth thisMonth, int pace) {
        long total = 0;
        for (YearMonth m = end.minusMonths(window - 1L); !m.isAfter(end); m = m.plusMonths(1)) {
            total += m.isAfter(thisMonth) ? pace : counts.getOrDefault(m, 0);
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    private static StudyPlan.PlanMonth.Status status(YearMonth month, YearMonth windowStart, YearMonth applyIn) {
        if (month.isBefore(windowStart)) {
            return StudyPlan.PlanMonth.Status.BEFORE_WINDOW;
        }
        return month.isAfter(applyIn) ? StudyPlan.PlanMonth.Status.AFTER_APPLICATION
                : StudyPlan.PlanMonth.Status.COUNTED;
    }

    private static int recentAverage(Map<YearMonth, Integer> counts) {
        YearMonth latest = counts.keySet().stream().max(Comparator.naturalOrder()).orElse(null);
        if (latest == null) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i < StudyPlan.PACE_MONTHS; i++) {
            sum += counts.getOrDefault(latest.minusMonths(i), 0);
        }
        return sum / StudyPlan.PACE_MONTHS;
    }
}

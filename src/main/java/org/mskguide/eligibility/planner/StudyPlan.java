package org.mskguide.eligibility.planner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.mskguide.content.Source;
import org.mskguide.eligibility.InputLimits;

/**
 * What the planner worked out for one study log and application month. The window for an application in month A
 * is A and the {@code windowMonths - 1} months before it.
 *
 * @param applyIn                the month the reader plans to apply
 * @param windowStart            the first month that counts for that application
 * @param windowMonths           months in the window (from the rules data)
 * @param required               studies needed inside the window (from the rules data)
 * @param counted                logged studies inside the window
 * @param shortBy                how many more are needed for that application (0 when met)
 * @param months                 every logged month, oldest first, with where it stands
 * @param pace                   studies a month assumed from next month on
 * @param paceFromLog            true when the pace is the log's recent average rather than the reader's own number
 * @param thisMonth              the current month; logged months up to it count as they are
 * @param earliest               the first month, from this one on, in which an application would meet the minimum
 *                               at this pace; null if the pace never gets there
 * @param projectedAtApplication studies the window would hold at the application month, counting the pace for
 *                               months still to come; null when the application month is not in the future
 * @param minimumPace            the smallest monthly pace that can ever fill the window
 * @param confirmWithArdms       true when the study rule is not yet confirmed from ARDMS
 * @param source                 where the study rule comes from
 * @param lastReviewed           when the study rule was last reviewed
 * @param timeline               every month the chart draws, oldest first, with no gaps: the one list both the
 *                               chart and its table of numbers are made from
 * @param timelineCut            true when logged months older than the timeline's start are left off it (the
 *                               timeline would be too long to draw); the month table still lists them
 */
public record StudyPlan(YearMonth applyIn, YearMonth windowStart, int windowMonths, int required, int counted,
        int shortBy, List<PlanMonth> months, int pace, boolean paceFromLog, YearMonth thisMonth, YearMonth earliest,
        Integer projectedAtApplication, int minimumPace, boolean confirmWithArdms, Source source,
        LocalDate lastReviewed, List<TimelineMonth> timeline, boolean timelineCut) {

    /** Months of the recent log that make up the default pace. */
    public static final int PACE_MONTHS = 6;
    /**
     * The most months the timeline holds: eleven years, so that even an application month the full ten years ahead
     * ({@link InputLimits#MAX_YEARS_AHEAD}) leaves this month and the year before it on the chart. Older logged
     * months stay in the month table.
     */
    public static final int MAX_TIMELINE_MONTHS = 12 * (InputLimits.MAX_YEARS_AHEAD + 1);

    public StudyPlan {
        months = List.copyOf(months);
        timeline = List.copyOf(timeline);
    }

    /** The first month on the timeline. */
    public YearMonth timelineStart() {
        return timeline.get(0).month();
    }

    /**
     * One month of the timeline.
     *
     * @param month       the month
     * @param logged      studies logged for it, or null when the log leaves it out (it counts 0)
     * @param projected   studies assumed at the pace, for months after this one; null for this month and earlier
     * @param status      where the month stands for the planned application month
     * @param windowTotal studies the window would hold for an application in this month: logged months up to this
     *                    month, the pace after it
     */
    public record TimelineMonth(YearMonth month, Integer logged, Integer projected, PlanMonth.Status status,
            int windowTotal) {

        /** The studies drawn for the month: logged, else projected, else 0. */
        public int studies() {
            return logged != null ? logged : projected != null ? projected : 0;
        }

        /** True when the month is after this month, so its studies and its window total are projections. */
        public boolean isProjected() {
            return projected != null;
        }

        /** Where the month lies against the window, for the chart's table: "In the window", ... */
        public String place() {
            return switch (status) {
                case COUNTED -> "In the window";
                case BEFORE_WINDOW -> "Before the window";
                case AFTER_APPLICATION -> "After your month";
            };
        }
    }

    /** {@link #PACE_MONTHS}, for templates. */
    public int paceMonths() {
        return PACE_MONTHS;
    }

    /** The first month the pace is added for: next month. */
    public YearMonth projectionFrom() {
        return thisMonth.plusMonths(1);
    }

    /** The most the window can ever hold at this pace, once it holds only months still to come. */
    public long maxAtPace() {
        return (long) pace * windowMonths;
    }

    /** True when an application this month would already meet the minimum. */
    public boolean metNow() {
        return thisMonth.equals(earliest);
    }

    /** True when the logged studies already meet the minimum for the planned application month. */
    public boolean metAtApplication() {
        return shortBy == 0;
    }

    /** The months before the window: they no longer count for this application. */
    public List<PlanMonth> droppedOut() {
        return months.stream().filter(m -> m.status() == PlanMonth.Status.BEFORE_WINDOW).toList();
    }

    /**
     * One logged month and where it stands for the planned application.
     *
     * @param month          the logged month
     * @param count          studies logged for it
     * @param status         inside the window, before it (fallen out), or after the application month
     * @param lastCountsFor  the last application month it counts for; from the month after, it has fallen out
     */
    public record PlanMonth(YearMonth month, int count, Status status, YearMonth lastCountsFor) {

        /** Where a logged month stands. */
        public enum Status {
            COUNTED("Counted"), BEFORE_WINDOW("Fallen out"), AFTER_APPLICATION("After your application month");

            private final String label;

            Status(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }

        /** The first application month for which it no longer counts. */
        public YearMonth leavesWindowIn() {
            return lastCountsFor.plusMonths(1);
        }

        public boolean counted() {
            return status == Status.COUNTED;
        }
    }
}

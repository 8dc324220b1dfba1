package org.mskguide.eligibility.planner;


import org.mskguide.eligibility.InputLimits;
/**
 * The planner page's explanations that quote limits and definitions from code, so the page says exactly what the
 * parser and planner do.
 *
 * @param maxLines     most lines a log may have
 * @param maxKilobytes most kilobytes a log may have
 * @param paceHint     how the pace is worked out when the reader leaves it blank
 */
public record PlannerHelp(int maxLines, int maxKilobytes, String paceHint) {

    public static PlannerHelp standard() {
        return new PlannerHelp(InputLimits.MAX_LOG_LINES, InputLimits.MAX_LOG_BYTES / 1024,
                "Leave it blank to use the average of the last " + StudyPlan.PACE_MONTHS
                        + " months of your log (up to its latest month, rounded down).");
    }
}

package org.mskguide.eligibility.planner;

import java.time.YearMonth;

/**
 * One line of a study log: how many MSK ultrasound studies were performed in a month.
 *
 * @param month the calendar month
 * @param count studies performed in it
 * @param line  the line of the log it came from (1-based), for messages
 */
public record StudyMonth(YearMonth month, int count, int line) {
}

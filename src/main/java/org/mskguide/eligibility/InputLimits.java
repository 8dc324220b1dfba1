package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Sanity limits on what a reader may type. These are not credential rules (those live in the content data):
 * they only keep absurd or oversized input out, so every such answer gets a clear message instead of a strange
 * result. Messages that quote a limit are checked against these constants by the tests.
 */
public final class InputLimits {

    /** No count (studies, studies a month, CME credits) above this is plausible. */
    public static final int MAX_COUNT = 100_000;
    /** Dates (an exam pass, a logged month) before this year are treated as typing mistakes. */
    public static final int EARLIEST_YEAR = 1990;
    /** At most this many lines in a study log: ten years of months is far more than any window needs. */
    public static final int MAX_LOG_LINES = 120;
    /** At most this many bytes in a pasted or uploaded study log. */
    public static final int MAX_LOG_BYTES = 8 * 1024;
    /** A planned application month may be at most this many years ahead. */
    public static final int MAX_YEARS_AHEAD = 10;
    /** At most this many bytes in a JSON request to the API. */
    public static final int MAX_JSON_BYTES = 8 * 1024;

    private InputLimits() {
    }

    /** The earliest plausible day, 1 January of {@link #EARLIEST_YEAR}. */
    public static LocalDate earliestDate() {
        return LocalDate.of(EARLIEST_YEAR, 1, 1);
    }

    /** The earliest plausible month, January of {@link #EARLIEST_YEAR}. */
    public static YearMonth earliestMonth() {
        return YearMonth.of(EARLIEST_YEAR, 1);
    }
}

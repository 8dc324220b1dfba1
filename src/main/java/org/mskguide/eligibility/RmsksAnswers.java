package org.mskguide.eligibility;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * What a reader told the self-check, typed and ready to check. Optional answers are null when not given. The
 * constraints say what a plausible answer is; their messages are shown next to the form field and in the API's
 * 400 body. Numbers in messages are sanity limits ({@link InputLimits}), never credential rules.
 *
 * @param activeCredential true if the reader holds an active health-related credential or license (required)
 * @param credentialType   which kind, optional; only used to point physicians to RMSK
 * @param studies          MSK ultrasound studies performed inside the window (required)
 * @param studiesPerMonth  studies in a typical month, optional; used to estimate when the minimum is reached
 * @param cmeCredits       MSK CME credits earned, optional
 * @param spiPassedOn      the day the SPI exam was passed, or null if it has not been
 */
public record RmsksAnswers(
        @NotNull(message = "Select yes if you hold an active health-related credential or license, or no if you do not")
        Boolean activeCredential,
        CredentialType credentialType,
        @NotNull(message = "Enter how many MSK ultrasound studies you have performed")
        @Min(value = 0, message = "The number of studies cannot be negative")
        @Max(value = InputLimits.MAX_COUNT, message = "Enter a number of studies from 0 to 100,000")
        Integer studies,
        @Min(value = 0, message = PER_MONTH_NEGATIVE)
        @Max(value = InputLimits.MAX_COUNT, message = PER_MONTH_TOO_MANY)
        Integer studiesPerMonth,
        @Min(value = 0, message = "The number of CME credits cannot be negative")
        @Max(value = InputLimits.MAX_COUNT, message = "Enter a number of CME credits from 0 to 100,000")
        Integer cmeCredits,
        @PastOrPresent(message = "The date you passed the SPI exam must be today or in the past")
        @NotBeforeYear(value = InputLimits.EARLIEST_YEAR, message = "The date you passed the SPI exam must be in 1990 or later")
        LocalDate spiPassedOn) {

    /** Shared with the planner's pace field. */
    public static final String PER_MONTH_NEGATIVE = "The number of studies a month cannot be negative";
    public static final String PER_MONTH_TOO_MANY = "Enter a number of studies a month from 0 to 100,000";
}

package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * What a reader told the self-check, typed and ready to check. Answers a credential does not use are null. The
 * constraints say what a plausible answer is; which answers a credential needs is {@link #missing}. Numbers in
 * messages are sanity limits ({@link InputLimits}), never credential rules.
 *
 * @param profession      who the reader is (required): decides the credential and so the questions
 * @param licensed        RMSK: holds a current licence and practises in that profession
 * @param studies         RMSK: MSK ultrasound studies performed or diagnosed in the window
 * @param therapeutic     RMSK, optional: how many of those were therapeutic (injection or aspiration)
 * @param realPatients    RMSK: all on real patients in a clinical diagnostic setting, none on simulators
 * @param studiesPerMonth RMSK, optional: studies in a typical month, to estimate when the minimum is reached
 * @param prerequisite    RMSKS new candidates: how they plan to apply to ARDMS
 * @param spiPassedOn     RMSKS new candidates: the day the SPI exam was passed, or null if it has not been
 */
public record SelfCheckAnswers(
        @NotNull(message = "Choose what best describes you")
        Profession profession,
        Boolean licensed,
        @Min(value = 0, message = "The number of studies cannot be negative")
        @Max(value = InputLimits.MAX_COUNT, message = "Enter a number of studies from 0 to 100,000")
        Integer studies,
        @Min(value = 0, message = "The number of therapeutic studies cannot be negative")
        @Max(value = InputLimits.MAX_COUNT, message = "Enter a number of therapeutic studies from 0 to 100,000")
        Integer therapeutic,
        Boolean realPatients,
        @Min(value = 0, message = PER_MONTH_NEGATIVE)
        @Max(value = InputLimits.MAX_COUNT, message = PER_MONTH_TOO_MANY)
        Integer studiesPerMonth,
        PrerequisiteChoice prerequisite,
        @PastOrPresent(message = "The date you passed the SPI exam must be today or in the past")
        @NotBeforeYear(value = InputLimits.EARLIEST_YEAR, message = "The date you passed the SPI exam must be in 1990 or later")
        LocalDate spiPassedOn) {

    /** Shared with the planner's pace field. */
    public static final String PER_MONTH_NEGATIVE = "The number of studies a month cannot be negative";
    public static final String PER_MONTH_TOO_MANY = "Enter a number of studies a month from 0 to 100,000";

    /** The messages for answers the route's credential needs but are missing or do not fit together. */
    public Map<AnswerField, String> missing(CredentialRoute route) {
        Map<AnswerField, String> errors = new EnumMap<>(AnswerField.class);
        if (route.checked() == Credential.RMSK) {
            if (licensed == null) {
                errors.put(AnswerField.LICENSED, "Select yes if you hold a current licence and practise as "
                        + route.profession().label() + ", or no if you do not");
            }
            if (studies == null) {
                errors.put(AnswerField.STUDIES, "Enter how many MSK ultrasound studies you have performed or diagnosed");
            }
            if (realPatients == null) {
                errors.put(AnswerField.REAL_PATIENTS, "Select yes if all your studies were on real patients, or no");
            }
            if (studies != null && studies >= 0 && therapeutic != null && therapeutic > studies) {
                errors.put(AnswerField.THERAPEUTIC, "The therapeutic studies are part of your studies: enter a number"
                        + " no larger than " + Wording.number(studies));
            }
        } else if (route.checked() == Credential.RMSKS && !route.registrant() && prerequisite == null) {
            errors.put(AnswerField.PREREQUISITE, "Choose how you plan to apply to ARDMS, or that you do not know yet");
        }
        return errors;
    }
}

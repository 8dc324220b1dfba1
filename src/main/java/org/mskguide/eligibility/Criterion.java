package org.mskguide.eligibility;

import java.time.LocalDate;

import org.mskguide.content.Source;

/**
 * One line of a self-check result: a prerequisite, a recommendation or an exam rule, how the reader stands and why.
 *
 * @param id               stable name, e.g. {@code licence}, {@code studies}, {@code prerequisite}, {@code spi}
 * @param kind             a prerequisite (counts towards applying), a recommendation or an exam rule
 * @param title            short heading, e.g. "MSK ultrasound studies"
 * @param status           met, not yet met, or recommended
 * @param reason           plain-language explanation with the reader's own numbers
 * @param required         the number the rule asks for, or null when the rule is not a number
 * @param reported         the number the reader gave, or null
 * @param shortBy          how many more are needed (0 when met), or null
 * @param confirmWithArdms true when the rule is not yet confirmed from ARDMS itself
 * @param source           where the rule comes from
 * @param sourceNote       what that source does and does not confirm, or null
 * @param lastReviewed     when the rule was last checked against its source
 */
public record Criterion(String id, Kind kind, String title, CriterionStatus status, String reason,
        Integer required, Integer reported, Integer shortBy, boolean confirmWithArdms, Source source,
        String sourceNote, LocalDate lastReviewed) {

    /** What a criterion is; only prerequisites decide whether the reader may apply. */
    public enum Kind {
        PREREQUISITE, RECOMMENDATION, EXAM;

        /** The name the API uses, e.g. {@code prerequisite}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** True when this criterion is met. */
    public boolean met() {
        return status == CriterionStatus.MET;
    }
}

package org.mskguide.eligibility;

import java.time.LocalDate;

import org.mskguide.content.Source;

/**
 * One line of a self-check result: a prerequisite, a recommendation or an exam rule, how the reader stands and why.
 *
 * @param id               stable name: {@code credential}, {@code studies}, {@code cme}, {@code spi}
 * @param kind             {@code prerequisite} (counts towards applying), {@code recommendation} or {@code exam}
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
public record Criterion(String id, String kind, String title, CriterionStatus status, String reason,
        Integer required, Integer reported, Integer shortBy, boolean confirmWithArdms, Source source,
        String sourceNote, LocalDate lastReviewed) {

    public static final String PREREQUISITE = "prerequisite";
    public static final String RECOMMENDATION = "recommendation";
    public static final String EXAM = "exam";

    /** True when this criterion is met. */
    public boolean met() {
        return status == CriterionStatus.MET;
    }
}

package org.mskguide.content;

import java.time.LocalDate;

/**
 * A credential rule that is a statement rather than a number, e.g. "an active health-related credential or
 * license", with where it comes from. Numbers are {@link Fact}s; both carry a source and a review date.
 *
 * @param key          the name code uses, e.g. {@code activeCredential}
 * @param description  the rule in plain words
 * @param status       {@code confirmed} (found in the issuing body's material) or {@code check} (confirm with ARDMS)
 * @param source       who says so
 * @param sourceUrl    where to read it
 * @param sourceNote   what the source does and does not confirm (e.g. "stated for the RMSK, not the RMSKS"), or null
 * @param lastReviewed when a person last checked it against the source
 */
public record Rule(String key, String description, String status, String source, String sourceUrl,
        String sourceNote, LocalDate lastReviewed) implements java.io.Serializable {

    /** True when the rule is not yet confirmed from the issuing body and the reader should check it. */
    public boolean needsConfirmation() {
        return !"confirmed".equals(status);
    }
}

package org.mskguide.content;

import java.time.LocalDate;

/**
 * One credential number with where it comes from, e.g. {@code studiesRequired = 150}.
 *
 * @param key          the name pages use in placeholders: {@code {{rmsks.studiesRequired}}}
 * @param value        the number itself
 * @param description  what the number means, in plain words
 * @param status       {@code confirmed} (found in ARDMS material) or {@code check} (confirm with ARDMS)
 * @param source       who says so
 * @param sourceUrl    where to read it
 * @param sourceNote   what the source does and does not confirm (e.g. "stated for the RMSK, not the RMSKS"), or null
 * @param lastReviewed when a person last checked it against the source
 */
public record Fact(String key, int value, String description, String status, String source, String sourceUrl,
        String sourceNote, LocalDate lastReviewed) implements java.io.Serializable {

    /** True when the fact is not yet confirmed from the issuing body and the reader should check it. */
    public boolean needsConfirmation() {
        return !"confirmed".equals(status);
    }
}

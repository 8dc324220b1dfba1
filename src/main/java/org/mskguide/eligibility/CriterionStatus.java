package org.mskguide.eligibility;

/** How one criterion stands. Never a bare "not eligible": a criterion is met, not yet met, or only recommended. */
public enum CriterionStatus {
    MET("met", "Met"),
    NOT_MET("not-met", "Not yet met"),
    RECOMMENDED("recommended", "Recommended, not required");

    private final String code;
    private final String label;

    CriterionStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The API value and CSS suffix: {@code met}, {@code not-met}, {@code recommended}. */
    public String code() {
        return code;
    }

    /** The words shown to the reader, e.g. "Not yet met". */
    public String label() {
        return label;
    }
}

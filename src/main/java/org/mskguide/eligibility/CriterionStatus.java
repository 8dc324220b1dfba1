package org.mskguide.eligibility;

/**
 * How one criterion stands. Never a bare "not eligible". {@link #MET} is only given on a rule the awarding body
 * publishes as a checkable rule (the RMSK's); where ARDMS's rule for the RMSKS could not be confirmed, the status is
 * {@link #ASK_ARDMS}.
 */
public enum CriterionStatus {
    MET("met", "Met"),
    NOT_MET("not-met", "Not yet met"),
    RECOMMENDED("recommended", "Recommended, not required"),
    TO_DO("to-do", "Still to do"),
    ASK_ARDMS("ask-ardms", "For ARDMS to decide");

    private final String code;
    private final String label;

    CriterionStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The API value and CSS suffix: {@code met}, {@code not-met}, {@code recommended}, {@code to-do}, {@code ask-ardms}. */
    public String code() {
        return code;
    }

    /** The words shown to the reader, e.g. "Not yet met". */
    public String label() {
        return label;
    }
}

package org.mskguide.eligibility;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a new RMSKS candidate plans to apply to ARDMS: the self-check never judges which prerequisite fits. */
public enum PrerequisiteChoice implements CodedChoice {
    PREREQUISITE("prerequisite", "Under one of ARDMS's prerequisites"),
    SPI_ONLY("spi-only", "Only under the SPI Examination Requirement (the student route to the SPI exam)"),
    UNSURE("unsure", "I do not know yet");

    private final String code;
    private final String label;

    PrerequisiteChoice(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The choice for a code, e.g. {@code spi-only}; empty if unknown. */
    public static Optional<PrerequisiteChoice> fromCode(String code) {
        return CodedChoice.find(PrerequisiteChoice.class, code);
    }

    @JsonCreator
    static PrerequisiteChoice fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown prerequisite choice"));
    }
}

package org.mskguide.eligibility;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who the reader is, the first question of the self-check: it decides which credential's rule applies
 * ({@link RouteFinder}). The code is what the form, the result URL and the API use, e.g. {@code physical-therapist}.
 */
@Schema(name = "Profession", type = SchemaType.STRING, description = "Who the reader is.",
        enumeration = { "sonographer-ardms", "sonographer", "student", "radiologic-technologist", "nurse",
                "nurse-practitioner", "physician-assistant", "physical-therapist", "chiropractor", "podiatrist",
                "physician", "rheumatologist", "athletic-trainer", "other" })
public enum Profession implements CodedChoice {
    SONOGRAPHER_ARDMS("sonographer-ardms", "Sonographer with an ARDMS credential (RDMS, RDCS or RVT)"),
    SONOGRAPHER("sonographer", "Sonographer without an ARDMS credential"),
    STUDENT("student", "Sonography student or recent graduate"),
    RADIOLOGIC_TECHNOLOGIST("radiologic-technologist", "Radiologic technologist (RT)"),
    NURSE("nurse", "Registered nurse (RN)"),
    NURSE_PRACTITIONER("nurse-practitioner", "Nurse practitioner (NP)"),
    PHYSICIAN_ASSISTANT("physician-assistant", "Physician assistant (PA)"),
    PHYSICAL_THERAPIST("physical-therapist", "Physical therapist (PT or DPT)"),
    CHIROPRACTOR("chiropractor", "Chiropractor (DC)"),
    PODIATRIST("podiatrist", "Podiatrist (DPM)"),
    PHYSICIAN("physician", "Physician (MD, DO, or MBBS earned outside North America)"),
    RHEUMATOLOGIST("rheumatologist", "Rheumatologist (a physician in rheumatology)"),
    ATHLETIC_TRAINER("athletic-trainer", "Athletic trainer"),
    OTHER("other", "Something else");

    private final String code;
    private final String label;

    Profession(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value the form, the URL and the API use, e.g. {@code nurse}. */
    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** How the form and the result name it, e.g. "Registered nurse (RN)". */
    @Override
    public String label() {
        return label;
    }

    /** The profession for a code, ignoring case and surrounding spaces; empty if unknown. */
    public static Optional<Profession> fromCode(String code) {
        return CodedChoice.find(Profession.class, code);
    }

    /** Every code, for the OpenAPI enum and error messages. */
    public static String[] codes() {
        return Arrays.stream(values()).map(Profession::code).toArray(String[]::new);
    }

    @JsonCreator
    static Profession fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown profession"));
    }
}

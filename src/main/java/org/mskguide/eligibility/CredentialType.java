package org.mskguide.eligibility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of credential or license the self-check offers. The list only labels what the reader holds; it says
 * nothing about which ones ARDMS accepts (only ARDMS decides that). {@code physicianOrAdvanced} marks the kinds
 * whose holders are pointed to RMSK, the physicians' credential, without being stopped from the RMSKS check.
 */
public enum CredentialType {
    RDMS("Registered Diagnostic Medical Sonographer (RDMS)", false),
    RDCS("Registered Diagnostic Cardiac Sonographer (RDCS)", false),
    RVT("Registered Vascular Technologist (RVT)", false),
    RT("Radiologic technologist (RT)", false),
    RN("Registered nurse (RN)", false),
    MD("Doctor of medicine (MD)", true),
    DO("Doctor of osteopathic medicine (DO)", true),
    DPM("Doctor of podiatric medicine (DPM)", true),
    NP("Nurse practitioner (NP)", true),
    PA("Physician assistant (PA)", true),
    PT("Physical therapist (PT)", true),
    DPT("Doctor of physical therapy (DPT)", true),
    OTHER("Another health-related credential or license", false);

    private final String label;
    private final boolean physicianOrAdvanced;

    CredentialType(String label, boolean physicianOrAdvanced) {
        this.label = label;
        this.physicianOrAdvanced = physicianOrAdvanced;
    }

    /** How the form and result show it, e.g. "Registered nurse (RN)". */
    public String label() {
        return label;
    }

    /** The value the form and the API use, e.g. {@code RN}. */
    @JsonValue
    public String code() {
        return name();
    }

    /** True for physicians and advanced practitioners, who may want RMSK (APCA) rather than RMSKS. */
    public boolean physicianOrAdvanced() {
        return physicianOrAdvanced;
    }

    /** The type for a code, ignoring case and spaces ({@code "rn"}, {@code " RN "}, {@code "PT/DPT"}); empty if unknown. */
    public static Optional<CredentialType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        if (wanted.equals("PT/DPT")) {
            return Optional.of(PT);
        }
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }

    /** Reads the API's {@code credentialType} as leniently as the form reads its field. */
    @JsonCreator
    static CredentialType fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown credential type"));
    }
}

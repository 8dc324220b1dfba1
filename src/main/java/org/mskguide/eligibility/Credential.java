package org.mskguide.eligibility;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The MSK ultrasound credentials the route finder can point to, each with its awarding body and the credential file
 * in {@code content/credentials/} that states its rules. {@link #NONE} means none of them fits what the reader told us.
 */
@Schema(name = "Credential", type = SchemaType.STRING, enumeration = { "RMSKS", "RMSK", "RhMSUS", "NONE" },
        description = "An MSK ultrasound credential: RMSKS (ARDMS), RMSK (APCA), RhMSUS (ACR), or NONE found.")
public enum Credential {
    RMSKS("RMSKS", "Registered Musculoskeletal Sonographer", "ARDMS (American Registry for Diagnostic Medical Sonography)",
            "rmsks"),
    RMSK("RMSK", "Registered in Musculoskeletal Sonography", "APCA (Alliance for Physician Certification and Advancement)",
            "rmsk"),
    RHMSUS("RhMSUS", "Musculoskeletal Ultrasound Certification in Rheumatology", "ACR (American College of Rheumatology)",
            "rhmsus"),
    NONE("NONE", "No credential found for this answer", "", null);

    private final String code;
    private final String title;
    private final String awardedBy;
    private final String file;

    Credential(String code, String title, String awardedBy, String file) {
        this.code = code;
        this.title = title;
        this.awardedBy = awardedBy;
        this.file = file;
    }

    /** The abbreviation, also the API value: {@code RMSKS}, {@code RMSK}, {@code RhMSUS}, {@code NONE}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The name in full, e.g. "Registered in Musculoskeletal Sonography". */
    public String title() {
        return title;
    }

    /** Who awards it, e.g. "APCA (Alliance for Physician Certification and Advancement)"; empty for NONE. */
    public String awardedBy() {
        return awardedBy;
    }

    /** The credential file's name under {@code content/credentials/}, or null for NONE. */
    public String file() {
        return file;
    }

    /** For page anchors and CSS: {@code rmsks}, {@code rmsk}, {@code rhmsus}, {@code none}. */
    public String id() {
        return file == null ? "none" : file;
    }
}

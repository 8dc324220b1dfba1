package org.mskguide.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats of {@code /instructors/export?format=...}: what each is called in the URL, the file it downloads as,
 * and its media type.
 */
public enum ExportFormat {
    /** Moodle XML: one file; pictures travel inside it (base64). */
    MOODLE("moodle", "Moodle XML", "xml", "application/xml;charset=UTF-8"),
    /** QTI 1.2 content package: a zip with imsmanifest.xml, the assessment and the pictures (Canvas and others). */
    QTI("qti", "QTI 1.2 package", "zip", "application/zip"),
    /** GIFT: one plain-text file, the form Moodle's GIFT import reads; pictures are linked from this site. */
    GIFT("gift", "GIFT", "gift", "text/plain;charset=UTF-8");

    private final String param;
    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String param, String label, String extension, String mediaType) {
        this.param = param;
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format named in the URL (case ignored), e.g. {@code parse("moodle")}. */
    public static Optional<ExportFormat> parse(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(f -> f.param.equalsIgnoreCase(value.strip())).findFirst();
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}

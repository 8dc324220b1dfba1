package org.mskguide.eligibility;

import java.util.Arrays;
import java.util.Optional;

/**
 * Each self-check answer with its three names: the {@link SelfCheckAnswers} component, the form field (also the
 * element id an error summary links to, and the result URL's parameter) and the JSON API field. Declaration order
 * is the order of the questions, so error messages are listed in the order the reader meets the fields.
 */
public enum AnswerField {
    PROFESSION("profession", "profession", "profession"),
    LICENSED("licensed", "licence", "licensed"),
    // The API name is published; the window length itself comes from the rules data.
    STUDIES("studies", "studies", "mskStudiesLast36Months"),
    THERAPEUTIC("therapeutic", "therapeutic", "therapeuticStudies"),
    REAL_PATIENTS("realPatients", "real", "realPatientsOnly"),
    STUDIES_PER_MONTH("studiesPerMonth", "perMonth", "studiesPerMonth"),
    PREREQUISITE("prerequisite", "prerequisite", "prerequisite"),
    SPI_PASSED("spiPassed", "spi", null),
    SPI_PASSED_ON("spiPassedOn", "spiDate", "spiPassedOn");

    private final String property;
    private final String formName;
    private final String jsonName;

    AnswerField(String property, String formName, String jsonName) {
        this.property = property;
        this.formName = formName;
        this.jsonName = jsonName;
    }

    /** The {@link SelfCheckAnswers} component, e.g. {@code studiesPerMonth}. */
    public String property() {
        return property;
    }

    /** The form field name and element id, e.g. {@code studies}. */
    public String formName() {
        return formName;
    }

    /** The JSON API field name, e.g. {@code mskStudiesLast36Months}; null for form-only fields. */
    public String jsonName() {
        return jsonName;
    }

    /** The field behind a Bean Validation property path such as {@code studies}. */
    public static Optional<AnswerField> byProperty(String property) {
        return Arrays.stream(values()).filter(f -> f.property.equals(property)).findFirst();
    }

    /** The field with this JSON name, e.g. {@code studiesPerMonth}. */
    public static Optional<AnswerField> byJsonName(String name) {
        return Arrays.stream(values()).filter(f -> name.equals(f.jsonName)).findFirst();
    }
}

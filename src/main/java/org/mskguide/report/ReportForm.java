package org.mskguide.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mskguide.web.FieldErrors;

/**
 * The "report a mistake" form as sent, stripped, and its Bean Validation constraints: what is wrong (required), a
 * source and a way to reach the sender (both optional), and a honeypot field people never see. Each problem is shown
 * next to its field; the values are kept so the form comes back filled in. Pure Java, tested without Quarkus.
 * Usage: {@code FieldErrors errors = ReportForm.of(problem, source, contact, website).check();}
 *
 * @param problem what is wrong, in the reader's words
 * @param source  a web address or reference that shows it (optional)
 * @param contact an e-mail address or another way to reach the sender (optional; only maintainers see it)
 * @param website the honeypot: hidden from people (the {@code hidden} attribute), filled in by form-filling robots
 */
public record ReportForm(
        @NotBlank(message = "Describe what is wrong, for example which sentence and what it should say")
        @Size(max = MAX_PROBLEM, message = "Describe the mistake in 2,000 characters or fewer")
        @Pattern(regexp = MULTI_LINE_TEXT, message = "Remove the control characters from the description")
        // Spam carries many links; a reader describing one mistake needs one or two.
        @Pattern(regexp = "(?is)(?!(.*?https?://){" + (MAX_LINKS + 1) + "}).*",
                message = "Put at most 3 web addresses in the description; put the one that shows the mistake under Source")
        @Pattern(regexp = "(?is)(?!.*(\\[url|<a\\s)).*", message = "Write the description as plain text, without link markup")
        String problem,
        @Size(max = MAX_SOURCE, message = "Give the source in 500 characters or fewer")
        @Pattern(regexp = ONE_LINE_TEXT, message = "Give the source on one line, without control characters")
        String source,
        @Size(max = MAX_CONTACT, message = "Give your contact details in 200 characters or fewer")
        @Pattern(regexp = ONE_LINE_TEXT, message = "Give your contact details on one line, without control characters")
        String contact,
        @Size(max = 0, message = "The form was not sent: a field for catching automated spam was filled in. If you are "
                + "a person, please send the form again.")
        String website) {

    public static final int MAX_PROBLEM = 2000;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_CONTACT = 200;
    static final int MAX_LINKS = 3;

    /** Field names (and element ids) in the order the form shows them; the error summary follows this order. */
    public static final String PROBLEM = "problem";
    public static final String SOURCE = "source";
    public static final String CONTACT = "contact";
    public static final String WEBSITE = "website";
    private static final List<String> ORDER = List.of(PROBLEM, SOURCE, CONTACT, WEBSITE);

    // Line breaks and tabs are fine in a description; NUL and other control characters are not (PostgreSQL refuses
    // NUL in text, which would otherwise end in a 500).
    private static final String MULTI_LINE_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    private static final String ONE_LINE_TEXT = "[^\\p{Cntrl}]*";

    // Built without Expression Language: the messages are plain text, and EL is not on the classpath.
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** The form with every value stripped; an empty optional value becomes null (nothing to store). */
    public static ReportForm of(String problem, String source, String contact, String website) {
        return new ReportForm(problem == null ? "" : problem.strip(), optional(source), optional(contact),
                optional(website));
    }

    /** The empty form a reader sees first. */
    public static ReportForm blank() {
        return new ReportForm("", null, null, null);
    }

    /**
     * Every problem, in the form's order, each under its field's id; the honeypot's under no field (it has no visible
     * field to link to). Several problems with one field are sorted, so the page is the same for the same input.
     */
    public FieldErrors check() {
        List<ConstraintViolation<ReportForm>> violations = new ArrayList<>(VALIDATOR.validate(this));
        violations.sort(Comparator.<ConstraintViolation<ReportForm>>comparingInt(
                v -> ORDER.indexOf(v.getPropertyPath().toString())).thenComparing(ConstraintViolation::getMessage));
        FieldErrors errors = FieldErrors.none();
        for (ConstraintViolation<ReportForm> v : violations) {
            String field = v.getPropertyPath().toString();
            errors.add(field.equals(WEBSITE) ? "" : field, v.getMessage());
        }
        return errors;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

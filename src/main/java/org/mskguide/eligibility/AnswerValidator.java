package org.mskguide.eligibility;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks {@link SelfCheckAnswers} against the constraints on the record, with the given clock (so "in the future" is
 * testable). Plain Java: used by the self-check form and the planner, and tested without Quarkus.
 */
public final class AnswerValidator {

    private final Validator validator;

    public AnswerValidator(Clock clock) {
        // Without Expression Language: the messages are plain text, and EL is not on the classpath.
        this.validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory()
                .getValidator();
    }

    /** The reader-facing message per field with a problem, in question order; empty when the answers are plausible. */
    public Map<AnswerField, String> validate(SelfCheckAnswers answers) {
        Map<AnswerField, String> errors = new EnumMap<>(AnswerField.class);
        for (ConstraintViolation<SelfCheckAnswers> v : validator.validate(answers)) {
            AnswerField field = AnswerField.byProperty(v.getPropertyPath().toString())
                    .orElseThrow(() -> new IllegalStateException("No field for " + v.getPropertyPath()));
            errors.putIfAbsent(field, v.getMessage());
        }
        return errors;
    }

    /**
     * One answer checked on its own against the same constraints, e.g. the planner's pace against
     * {@link AnswerField#STUDIES_PER_MONTH}: the message, or empty when the value is plausible.
     */
    public Optional<String> check(AnswerField field, Object value) {
        return validator.validateValue(SelfCheckAnswers.class, field.property(), value).stream()
                .map(ConstraintViolation::getMessage).sorted().findFirst();
    }
}

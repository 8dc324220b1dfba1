package org.mskguide.eligibility;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks {@link RmsksAnswers} with Bean Validation against the given clock (so "in the future" is testable).
 * Plain Java: used by the HTML form and the JSON API alike, and tested without Quarkus.
 */
public final class AnswerValidator {

    /**
     * One problem with one answer.
     *
     * @param message    the sentence for a reader, shown next to the form field
     * @param apiMessage the same problem for a developer, to follow the JSON field name ("must be at most 100000")
     */
    public record Problem(String message, String apiMessage) {
    }

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
    public Map<AnswerField, String> validate(RmsksAnswers answers) {
        Map<AnswerField, String> errors = new EnumMap<>(AnswerField.class);
        problems(answers).forEach((field, problem) -> errors.put(field, problem.message()));
        return errors;
    }

    /** Both messages per field with a problem, in question order. */
    public Map<AnswerField, Problem> problems(RmsksAnswers answers) {
        Map<AnswerField, Problem> problems = new EnumMap<>(AnswerField.class);
        for (ConstraintViolation<RmsksAnswers> v : validator.validate(answers)) {
            AnswerField field = AnswerField.byProperty(v.getPropertyPath().toString())
                    .orElseThrow(() -> new IllegalStateException("No field for " + v.getPropertyPath()));
            problems.putIfAbsent(field, new Problem(v.getMessage(),
                    apiMessage(v.getConstraintDescriptor().getAnnotation())));
        }
        return problems;
    }

    private static String apiMessage(Annotation constraint) {
        if (constraint instanceof NotNull) {
            return "is required";
        } else if (constraint instanceof Min min) {
            return min.value() == 0 ? "cannot be negative" : "must be at least " + min.value();
        } else if (constraint instanceof Max max) {
            return "must be at most " + max.value();
        } else if (constraint instanceof PastOrPresent) {
            return "cannot be in the future";
        } else if (constraint instanceof NotBeforeYear year) {
            return "must be in " + year.value() + " or later";
        }
        return "is not valid";
    }
}

package org.mskguide.eligibility;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or month ({@code LocalDate}, {@code YearMonth}) in the given year or later; null is valid. Bean Validation
 * has {@code @PastOrPresent} for the other end but no lower bound for dates.
 */
@Documented
@Constraint(validatedBy = NotBeforeYear.Validator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface NotBeforeYear {

    /** The earliest allowed year. */
    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the year of any temporal that has one. */
    class Validator implements ConstraintValidator<NotBeforeYear, Temporal> {

        private int earliest;

        @Override
        public void initialize(NotBeforeYear annotation) {
            earliest = annotation.value();
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return value == null || value.get(ChronoField.YEAR) >= earliest;
        }
    }
}

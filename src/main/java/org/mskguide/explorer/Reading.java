package org.mskguide.explorer;

import java.util.Map;

import org.mskguide.web.FieldErrors;

/**
 * An explorer's state read from the address: the state, or the problems by field (then {@code state} is null).
 *
 * @param state  the state to draw, e.g. a {@link BeamAngle}; null when the address has a problem
 * @param errors what is wrong with the address, by the field the reader should fix
 * @param values each field's value as the form should show it checked, for the fields that were valid (so a reader
 *               who got one field wrong keeps the other), e.g. {@code {approach=in-plane}}
 */
public record Reading<T>(T state, FieldErrors errors, Map<String, String> values) {

    public Reading {
        values = Map.copyOf(values);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** True when the form should show {@code value} checked for {@code field}. */
    boolean checked(String field, String value) {
        return value.equals(values.get(field));
    }
}

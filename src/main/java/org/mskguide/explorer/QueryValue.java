package org.mskguide.explorer;

import java.util.List;
import java.util.Map;

/**
 * One query parameter as the reader's address gave it: absent, given once (its value, stripped of spaces), or
 * repeated. A repeated parameter is a mistake to report, not a value to guess between.
 * <p>
 * Example: {@code QueryValue.of(Map.of("angle", List.of("10")), "angle").value()} is {@code "10"}.
 */
record QueryValue(int count, String value) {

    static QueryValue of(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        String first = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
        return new QueryValue(values.size(), first);
    }

    boolean absent() {
        return count == 0;
    }

    boolean repeated() {
        return count > 1;
    }

    /**
     * The value as a whole number, or null when it is not written as one ({@code 2.5}, {@code abc}). A whole number too
     * large for an int comes back as {@link Long#MAX_VALUE} rather than failing: it is simply out of range.
     */
    Long wholeNumber() {
        if (!value.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException tooLong) {
            return value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}

package org.mskguide.eligibility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer chosen from a fixed list, with the code the form, the URL and the API use and the words the reader sees,
 * e.g. {@link Profession} and {@link PrerequisiteChoice}.
 */
public interface CodedChoice {

    /** The value in forms, addresses and JSON, e.g. {@code nurse}. */
    String code();

    /** The words shown to the reader. */
    String label();

    /** The choice with this code, ignoring case and surrounding spaces; empty when unknown or null. */
    static <E extends Enum<E> & CodedChoice> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equals(wanted)).findFirst();
    }
}

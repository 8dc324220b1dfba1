package org.mskguide.explorer;

import java.util.List;
import java.util.stream.Collectors;

import org.mskguide.web.FieldErrors;

/**
 * One radio group of whole numbers read from the address, with the messages the reader sees when it is wrong.
 * <p>
 * Example: {@code new Choice("depth", "depth", "centimetres", "cm", List.of(1, 2, 3, 4)).read(value, 2, errors)}
 * gives 2 for an absent value, the number for an offered one, and otherwise null with a message under "depth".
 *
 * @param field   the query parameter and the field's id
 * @param noun    what the reader chooses, e.g. {@code depth}
 * @param units   the unit in words, e.g. {@code centimetres}
 * @param symbol  the unit after a list of values, e.g. {@code cm}
 * @param offered the values offered, in order
 */
record Choice(String field, String noun, String units, String symbol, List<Integer> offered) {

    /** The chosen value, {@code fallback} when the address leaves it out, or null after adding a message. */
    Integer read(QueryValue value, int fallback, FieldErrors errors) {
        if (value.absent()) {
            return fallback;
        }
        if (value.repeated()) {
            errors.add(field, "Choose one " + noun + ". The address gave more than one.");
            return null;
        }
        if (value.value().isEmpty()) {
            errors.add(field, "Choose " + article() + " " + noun + ".");
            return null;
        }
        Long number = value.wholeNumber();
        if (number == null) {
            errors.add(field, "Choose " + article() + " " + noun + " from the list. The " + noun
                    + " in the address is not a whole number of " + units + ".");
            return null;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE || !offered.contains(number.intValue())) {
            errors.add(field, "Choose " + article() + " " + noun + " from the list: " + list() + " " + symbol + ".");
            return null;
        }
        return number.intValue();
    }

    /** {@code 1, 2, 3 or 4}. */
    String list() {
        List<String> all = offered.stream().map(String::valueOf).toList();
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + all.get(all.size() - 1);
    }

    private String article() {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}

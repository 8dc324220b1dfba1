package org.mskguide.drill;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mskguide.quiz.Hotspot;
import org.mskguide.sonogram.Frame;
import org.mskguide.web.FieldErrors;

/**
 * Reads a "find it" answer from the address: a click ({@code x} and {@code y}, what an {@code <input type="image">}
 * without a name sends) or a letter ({@code letter=B}, the lettered alternative). Exactly one of the two; every
 * problem is a message naming its field, nothing throws. Plain Java.
 *
 * @param x      the click in the image's natural pixels, or -1 for a letter answer
 * @param letter the letter chosen (upper case), or null for a click
 */
public record FindItAnswer(int x, int y, String letter, FieldErrors errors) {

    public static final String X = "x";
    public static final String Y = "y";
    public static final String LETTER = "letter";
    /** Where the lettered alternative's radio buttons start, so an error can link to them. */
    public static final String LETTER_FIELD = "letter-A";
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

    public boolean isClick() {
        return letter == null;
    }

    /** Reads the query; {@code hotspot} says which letters are on the image. */
    public static FindItAnswer read(Hotspot hotspot, Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        String letter = one(query, LETTER, errors);
        String xs = one(query, X, errors);
        String ys = one(query, Y, errors);
        if (!errors.isEmpty()) {
            return new FindItAnswer(-1, -1, null, errors);
        }
        if (letter != null) {
            if (xs != null || ys != null) {
                errors.add(LETTER_FIELD, "Answer one way: click the image or choose a letter, not both.");
            } else if (hotspot.structureOf(letter) == null) {
                errors.add(LETTER_FIELD, "Choose one of the letters " + String.join(", ", hotspot.letters()) + ".");
            }
            return errors.isEmpty() ? new FindItAnswer(-1, -1, letter.toUpperCase(java.util.Locale.ROOT), errors)
                    : new FindItAnswer(-1, -1, null, errors);
        }
        if (xs == null && ys == null) {
            errors.add("find-it-image", "Click on the image where you see the structure, or choose a letter below.");
            return new FindItAnswer(-1, -1, null, errors);
        }
        int x = coordinate(X, xs, Frame.CANVAS_WIDTH, errors);
        int y = coordinate(Y, ys, Frame.CANVAS_HEIGHT, errors);
        return new FindItAnswer(x, y, null, errors);
    }

    private static int coordinate(String name, String text, int size, FieldErrors errors) {
        if (text == null) {
            errors.add("find-it-image", "The click came without its " + name + " coordinate: click on the image again.");
            return -1;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) >= size) {
            errors.add("find-it-image", "The click's " + name + " must be a whole number of pixels from 0 to "
                    + (size - 1) + " (the image is " + Frame.CANVAS_WIDTH + " by " + Frame.CANVAS_HEIGHT
                    + " pixels): click on the image again.");
            return -1;
        }
        return Integer.parseInt(text);
    }

    private static String one(Map<String, List<String>> query, String name, FieldErrors errors) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(name.equals(LETTER) ? LETTER_FIELD : "find-it-image", "'" + name + "' is given more than once.");
            return null;
        }
        return values.get(0);
    }
}

package org.mskguide.explorer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mskguide.web.FieldErrors;

/**
 * Reads the beam-angle explorer's address ({@code ?angle=10}). No angle means the first view, square-on; anything but
 * one offered angle is a problem with a message for the reader.
 */
public final class BeamAngleForm {

    /** The query parameter, also the id of the field (its first radio button). */
    public static final String ANGLE = "angle";

    private BeamAngleForm() {
    }

    /** E.g. {@code read(Map.of("angle", List.of("10")))} holds {@code new BeamAngle(10)}. */
    public static Reading<BeamAngle> read(Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        QueryValue angle = QueryValue.of(query, ANGLE);
        if (angle.absent()) {
            return valid(BeamAngle.SQUARE, errors);
        }
        if (angle.repeated()) {
            errors.add(ANGLE, "Choose one angle. The address gave more than one.");
        } else if (angle.value().isEmpty()) {
            errors.add(ANGLE, "Choose an angle.");
        } else {
            Long degrees = angle.wholeNumber();
            if (degrees == null) {
                errors.add(ANGLE, "Choose an angle from the list. The angle in the address is not a whole number of"
                        + " degrees.");
            } else if (degrees < 0 || degrees > BeamAngle.MAX) {
                errors.add(ANGLE, "Choose an angle from the list. The angle in the address is outside 0 to "
                        + BeamAngle.MAX + " degrees.");
            } else if (!BeamAngle.CHOICES.contains(degrees.intValue())) {
                errors.add(ANGLE, "Choose an angle from the list. This explorer shows " + offered() + " degrees.");
            } else {
                return valid(new BeamAngle(degrees.intValue()), errors);
            }
        }
        return new Reading<>(null, errors, Map.of());
    }

    private static Reading<BeamAngle> valid(BeamAngle angle, FieldErrors errors) {
        return new Reading<>(angle, errors, Map.of(ANGLE, String.valueOf(angle.degrees())));
    }

    /** {@code 0, 2, 4, 7, 10, 15 and 20}. */
    static String offered() {
        List<String> all = BeamAngle.CHOICES.stream().map(String::valueOf).toList();
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + all.get(all.size() - 1);
    }
}

package org.mskguide.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mskguide.web.FieldErrors;

/**
 * Reads the image-settings explorer's address ({@code ?frequency=15&depth=3&focus=1&gain=5}). A missing setting
 * takes its starting value; a wrong one is a problem with a message next to its field, and every field is checked, so
 * the reader sees every problem at once. A focus below the bottom of the screen is a problem of the focus field.
 */
public final class KnobologyForm {

    /** Query parameters, also the ids of the fields (their first radio buttons). */
    public static final String FREQUENCY = "frequency";
    public static final String DEPTH = "depth";
    public static final String FOCUS = "focus";
    public static final String GAIN = "gain";

    static final Choice FREQUENCY_CHOICE = new Choice(FREQUENCY, "frequency", "megahertz", "MHz",
            KnobologyView.FREQUENCIES);
    static final Choice DEPTH_CHOICE = new Choice(DEPTH, "depth", "centimetres", "cm", KnobologyView.DEPTHS);
    static final Choice FOCUS_CHOICE = new Choice(FOCUS, "focus", "centimetres", "cm", KnobologyView.FOCUSES);
    static final Choice GAIN_CHOICE = new Choice(GAIN, "gain", "decibels", "dB", KnobologyView.GAINS);

    private KnobologyForm() {
    }

    /** E.g. {@code read(Map.of("frequency", List.of("15")))} holds 15 MHz with the other starting settings. */
    public static Reading<KnobologyView> read(Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        KnobologyView start = KnobologyView.START;
        Integer frequency = FREQUENCY_CHOICE.read(QueryValue.of(query, FREQUENCY), start.frequencyMHz(), errors);
        Integer depth = DEPTH_CHOICE.read(QueryValue.of(query, DEPTH), start.depthCm(), errors);
        Integer focus = FOCUS_CHOICE.read(QueryValue.of(query, FOCUS), start.focusCm(), errors);
        if (focus != null && depth != null && focus > depth) {
            errors.add(FOCUS, "Choose a focus no deeper than the depth, " + depth + " cm: the focus must lie inside"
                    + " the picture.");
            focus = null;
        }
        // Read last, so the error summary lists the problems in the form's order.
        Integer gain = GAIN_CHOICE.read(QueryValue.of(query, GAIN), start.gainDb(), errors);
        Map<String, String> values = new HashMap<>();
        put(values, FREQUENCY, frequency);
        put(values, DEPTH, depth);
        put(values, FOCUS, focus);
        put(values, GAIN, gain);
        KnobologyView view = errors.isEmpty() ? new KnobologyView(frequency, depth, focus, gain) : null;
        return new Reading<>(view, errors, values);
    }

    private static void put(Map<String, String> values, String field, Integer value) {
        if (value != null) {
            values.put(field, String.valueOf(value));
        }
    }
}

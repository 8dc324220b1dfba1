package org.mskguide.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mskguide.web.FieldErrors;

/**
 * Reads the needle explorer's address ({@code ?approach=in-plane&depth=2&angle=30}). A missing parameter takes its
 * first view's value (so addresses from before the angle was a choice still work); a wrong one is a problem with a
 * message next to its field. Every field is checked, so the reader sees every problem at once.
 */
public final class NeedleForm {

    /** Query parameters, also the ids of the fields (their first radio buttons). */
    public static final String APPROACH = "approach";
    public static final String DEPTH = "depth";
    public static final String ANGLE = "angle";

    private NeedleForm() {
    }

    /** E.g. {@code read(Map.of("approach", List.of("out-of-plane")))} holds out of plane at the default depth. */
    public static Reading<NeedleView> read(Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        NeedleApproach approach = approach(QueryValue.of(query, APPROACH), errors);
        Integer depth = new Choice(DEPTH, "depth", "centimetres", "cm", NeedleView.DEPTHS)
                .read(QueryValue.of(query, DEPTH), NeedleView.DEFAULT.depthCm(), errors);
        Integer angle = new Choice(ANGLE, "angle", "degrees", "degrees", NeedleView.ANGLES)
                .read(QueryValue.of(query, ANGLE), NeedleView.DEFAULT.angleDeg(), errors);
        Map<String, String> values = new HashMap<>();
        if (approach != null) {
            values.put(APPROACH, approach.param());
        }
        if (depth != null) {
            values.put(DEPTH, String.valueOf(depth));
        }
        if (angle != null) {
            values.put(ANGLE, String.valueOf(angle));
        }
        NeedleView view = errors.isEmpty() ? new NeedleView(approach, depth, angle) : null;
        return new Reading<>(view, errors, values);
    }

    private static NeedleApproach approach(QueryValue value, FieldErrors errors) {
        if (value.absent()) {
            return NeedleView.DEFAULT.approach();
        }
        if (value.repeated()) {
            errors.add(APPROACH, "Choose one approach. The address gave more than one.");
            return null;
        }
        if (value.value().isEmpty()) {
            errors.add(APPROACH, "Choose in plane or out of plane.");
            return null;
        }
        Optional<NeedleApproach> approach = NeedleApproach.fromParam(value.value());
        if (approach.isEmpty()) {
            errors.add(APPROACH, "Choose in plane or out of plane. The approach in the address is not one of them.");
            return null;
        }
        return approach.get();
    }
}

package org.mskguide.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mskguide.web.FieldErrors;

/**
 * Reads the needle explorer's address ({@code ?approach=in-plane&depth=2}). A missing parameter takes its first
 * view's value; a wrong one is a problem with a message next to its field. Both fields are checked, so the reader sees
 * every problem at once.
 */
public final class NeedleForm {

    /** Query parameters, also the ids of the fields (their first radio buttons). */
    public static final String APPROACH = "approach";
    public static final String DEPTH = "depth";

    private NeedleForm() {
    }

    /** E.g. {@code read(Map.of("approach", List.of("out-of-plane")))} holds out of plane at the default depth. */
    public static Reading<NeedleView> read(Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        NeedleApproach approach = approach(QueryValue.of(query, APPROACH), errors);
        Integer depth = depth(QueryValue.of(query, DEPTH), errors);
        Map<String, String> values = new HashMap<>();
        if (approach != null) {
            values.put(APPROACH, approach.param());
        }
        if (depth != null) {
            values.put(DEPTH, String.valueOf(depth));
        }
        NeedleView view = errors.isEmpty() ? new NeedleView(approach, depth) : null;
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

    private static Integer depth(QueryValue value, FieldErrors errors) {
        if (value.absent()) {
            return NeedleView.DEFAULT.depthCm();
        }
        if (value.repeated()) {
            errors.add(DEPTH, "Choose one depth. The address gave more than one.");
            return null;
        }
        if (value.value().isEmpty()) {
            errors.add(DEPTH, "Choose a depth.");
            return null;
        }
        Long cm = value.wholeNumber();
        if (cm == null) {
            errors.add(DEPTH, "Choose a depth from the list. The depth in the address is not a whole number of"
                    + " centimetres.");
            return null;
        }
        if (cm < 0 || cm > Integer.MAX_VALUE || !NeedleView.DEPTHS.contains(cm.intValue())) {
            errors.add(DEPTH, "Choose a depth from the list: " + offered() + " cm.");
            return null;
        }
        return cm.intValue();
    }

    /** {@code 1, 2, 3 or 4}. */
    static String offered() {
        List<String> all = NeedleView.DEPTHS.stream().map(String::valueOf).toList();
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + all.get(all.size() - 1);
    }
}

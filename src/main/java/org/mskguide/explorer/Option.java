package org.mskguide.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.quarkus.qute.TemplateData;

/**
 * One radio button of an explorer's form. The first button of a group carries the field's own id, so the error
 * summary's link ({@code #angle}) lands on it.
 */
// Read by a tag (tags/*.html), whose expressions Qute does not type: this gives it a generated resolver, not reflection.
@TemplateData
public record Option(String id, String value, String label, boolean checked) {

    /**
     * A group of numbers, e.g. {@code numbers("depth", List.of(1, 2), cm -> cm + " cm", reading)}: ids {@code depth},
     * {@code depth-2}, ..., checked where the reading holds that value.
     */
    static List<Option> numbers(String field, List<Integer> values, IntFunction<String> label, Reading<?> reading) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = String.valueOf(values.get(i));
            options.add(new Option(i == 0 ? field : field + "-" + value, value, label.apply(values.get(i)),
                    reading.checked(field, value)));
        }
        return List.copyOf(options);
    }
}

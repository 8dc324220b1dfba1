package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeedleFormTest {

    static Reading<NeedleView> read(String approach, String depth) {
        Map<String, List<String>> query = new HashMap<>();
        if (approach != null) {
            query.put(NeedleForm.APPROACH, List.of(approach));
        }
        if (depth != null) {
            query.put(NeedleForm.DEPTH, List.of(depth));
        }
        return NeedleForm.read(query);
    }

    @Test
    void missingParametersTakeTheFirstView() {
        assertThat(read(null, null).state()).isEqualTo(NeedleView.DEFAULT);
        assertThat(read("out-of-plane", null).state()).isEqualTo(new NeedleView(NeedleApproach.OUT_OF_PLANE, 2));
        assertThat(read(null, "4").state()).isEqualTo(new NeedleView(NeedleApproach.IN_PLANE, 4));
    }

    @Test
    void everyApproachAndDepthIsAState() {
        for (NeedleApproach approach : NeedleApproach.values()) {
            for (int depth : NeedleView.DEPTHS) {
                Reading<NeedleView> reading = read(approach.param(), String.valueOf(depth));

                assertThat(reading.state()).isEqualTo(new NeedleView(approach, depth));
                assertThat(reading.values()).containsEntry(NeedleForm.APPROACH, approach.param())
                        .containsEntry(NeedleForm.DEPTH, String.valueOf(depth));
            }
        }
    }

    @Test
    void everyAngleIsAStateAndAnAddressWithoutOneTakesThirtyDegrees() {
        for (int angle : NeedleView.ANGLES) {
            Reading<NeedleView> reading = NeedleForm.read(Map.of(NeedleForm.ANGLE, List.of(String.valueOf(angle))));

            assertThat(reading.state()).isEqualTo(new NeedleView(NeedleApproach.IN_PLANE, 2, angle));
            assertThat(reading.values()).containsEntry(NeedleForm.ANGLE, String.valueOf(angle));
        }
        assertThat(read("in-plane", "2").state().angleDeg()).isEqualTo(NeedleView.DEFAULT_ANGLE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc | Choose an angle from the list. The angle in the address is not a whole number of degrees.",
            "30.5 | Choose an angle from the list. The angle in the address is not a whole number of degrees.",
            "20 | Choose an angle from the list: 15, 30, 45 or 60 degrees.",
            "90 | Choose an angle from the list: 15, 30, 45 or 60 degrees.",
            "-30 | Choose an angle from the list: 15, 30, 45 or 60 degrees.",
            " | Choose an angle." })
    void aWrongAngleIsAProblemAndTheOtherChoicesAreKept(String angle, String message) {
        Reading<NeedleView> reading = NeedleForm.read(Map.of(NeedleForm.APPROACH, List.of("out-of-plane"),
                NeedleForm.DEPTH, List.of("3"), NeedleForm.ANGLE, List.of(angle == null ? "" : angle)));

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(NeedleForm.ANGLE)).containsExactly(message);
        assertThat(reading.values()).containsOnly(Map.entry(NeedleForm.APPROACH, "out-of-plane"),
                Map.entry(NeedleForm.DEPTH, "3"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sideways", "IN-PLANE", "in plane", "<script>" })
    void anUnknownApproachIsAProblemAndTheValidDepthIsKept(String approach) {
        Reading<NeedleView> reading = read(approach, "3");

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(NeedleForm.APPROACH))
                .containsExactly("Choose in plane or out of plane. The approach in the address is not one of them.");
        assertThat(reading.errors().has(NeedleForm.DEPTH)).isFalse();
        assertThat(reading.values()).containsOnly(Map.entry(NeedleForm.DEPTH, "3"), Map.entry(NeedleForm.ANGLE, "30"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc | Choose a depth from the list. The depth in the address is not a whole number of centimetres.",
            "2.5 | Choose a depth from the list. The depth in the address is not a whole number of centimetres.",
            "0 | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "5 | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "-2 | Choose a depth from the list: 1, 2, 3 or 4 cm.",
            "99999999999999999999999 | Choose a depth from the list: 1, 2, 3 or 4 cm." })
    void aWrongDepthIsAProblemAndTheValidApproachIsKept(String depth, String message) {
        Reading<NeedleView> reading = read("out-of-plane", depth);

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(NeedleForm.DEPTH)).containsExactly(message);
        assertThat(reading.values()).containsOnly(Map.entry(NeedleForm.APPROACH, "out-of-plane"),
                Map.entry(NeedleForm.ANGLE, "30"));
    }

    @Test
    void everyFieldIsCheckedSoEveryProblemShowsAtOnce() {
        Reading<NeedleView> reading = NeedleForm.read(Map.of(NeedleForm.APPROACH, List.of("in-plane", "out-of-plane"),
                NeedleForm.DEPTH, List.of(""), NeedleForm.ANGLE, List.of("90")));

        assertThat(reading.errors().all()).extracting(e -> e.field() + ": " + e.message()).containsExactly(
                "approach: Choose one approach. The address gave more than one.",
                "depth: Choose a depth.",
                "angle: Choose an angle from the list: 15, 30, 45 or 60 degrees.");
        assertThat(reading.values()).isEmpty();
        assertThat(read("", null).errors().messages(NeedleForm.APPROACH))
                .containsExactly("Choose in plane or out of plane.");
    }
}

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

    @ParameterizedTest
    @ValueSource(strings = { "sideways", "IN-PLANE", "in plane", "<script>" })
    void anUnknownApproachIsAProblemAndTheValidDepthIsKept(String approach) {
        Reading<NeedleView> reading = read(approach, "3");

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(NeedleForm.APPROACH))
                .containsExactly("Choose in plane or out of plane. The approach in the address is not one of them.");
        assertThat(reading.errors().has(NeedleForm.DEPTH)).isFalse();
        assertThat(reading.values()).containsExactly(Map.entry(NeedleForm.DEPTH, "3"));
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
        assertThat(reading.values()).containsExactly(Map.entry(NeedleForm.APPROACH, "out-of-plane"));
    }

    @Test
    void bothFieldsAreCheckedSoEveryProblemShowsAtOnce() {
        Reading<NeedleView> reading = NeedleForm.read(Map.of(NeedleForm.APPROACH, List.of("in-plane", "out-of-plane"),
                NeedleForm.DEPTH, List.of("")));

        assertThat(reading.errors().all()).extracting(e -> e.field() + ": " + e.message()).containsExactly(
                "approach: Choose one approach. The address gave more than one.",
                "depth: Choose a depth.");
        assertThat(reading.values()).isEmpty();
        assertThat(read("", null).errors().messages(NeedleForm.APPROACH))
                .containsExactly("Choose in plane or out of plane.");
    }
}

package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnobologyFormTest {

    static Reading<KnobologyView> read(String... pairs) {
        Map<String, List<String>> query = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return KnobologyForm.read(query);
    }

    @Test
    void noAddressIsTheStartingSettingsAndEachMissingSettingTakesItsStartingValue() {
        assertThat(read().state()).isEqualTo(KnobologyView.START);
        assertThat(read("frequency", "18").state()).isEqualTo(new KnobologyView(18, 5, 2, 0));
        assertThat(read("gain", "-5", "depth", "3").state()).isEqualTo(new KnobologyView(10, 3, 2, -5));
    }

    @Test
    void everyOfferedValueOfEveryControlIsAState() {
        for (int f : KnobologyView.FREQUENCIES) {
            assertThat(read("frequency", String.valueOf(f)).state().frequencyMHz()).isEqualTo(f);
        }
        for (int d : KnobologyView.DEPTHS) {
            assertThat(read("depth", String.valueOf(d), "focus", "1").state().depthCm()).isEqualTo(d);
        }
        for (int focus : KnobologyView.FOCUSES) {
            assertThat(read("depth", "6", "focus", String.valueOf(focus)).state().focusCm()).isEqualTo(focus);
        }
        for (int g : KnobologyView.GAINS) {
            assertThat(read("gain", String.valueOf(g)).state().gainDb()).isEqualTo(g);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "frequency | 7 | Choose a frequency from the list: 6, 8, 10, 12, 15 or 18 MHz.",
            "frequency | 7.5 | Choose a frequency from the list. The frequency in the address is not a whole number of megahertz.",
            "frequency | high | Choose a frequency from the list. The frequency in the address is not a whole number of megahertz.",
            "depth | 10 | Choose a depth from the list: 2, 3, 4, 5 or 6 cm.",
            "depth | -3 | Choose a depth from the list: 2, 3, 4, 5 or 6 cm.",
            "focus | 0 | Choose a focus from the list: 1, 2, 3, 4 or 5 cm.",
            "gain | 3 | Choose a gain from the list: -10, -5, 0, 5 or 10 dB.",
            "gain | 99999999999999999999 | Choose a gain from the list: -10, -5, 0, 5 or 10 dB.",
            "gain | <script> | Choose a gain from the list. The gain in the address is not a whole number of decibels." })
    void aWrongValueIsAProblemOfItsFieldAndTheOthersAreKept(String field, String value, String message) {
        Reading<KnobologyView> reading = read(field, value);

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().all()).extracting(e -> e.field() + ": " + e.message())
                .containsExactly(field + ": " + message);
        assertThat(reading.values()).doesNotContainKey(field).hasSize(3);
    }

    @Test
    void aFocusBelowTheScreenIsAProblemOfTheFocus() {
        Reading<KnobologyView> reading = read("depth", "3", "focus", "5");

        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(KnobologyForm.FOCUS)).containsExactly(
                "Choose a focus no deeper than the depth, 3 cm: the focus must lie inside the picture.");
        assertThat(reading.values()).containsEntry(KnobologyForm.DEPTH, "3").doesNotContainKey(KnobologyForm.FOCUS);
    }

    @Test
    void theProblemsAreListedInTheFormsOrder() {
        assertThat(read("gain", "7", "depth", "3", "focus", "5").errors().all()).extracting(e -> e.field())
                .containsExactly("focus", "gain");
    }

    @Test
    void everyFieldIsCheckedSoEveryProblemShowsAtOnce() {
        Reading<KnobologyView> reading = read("frequency", "", "depth", "2", "depth", "3", "focus", "x", "gain", "1");

        assertThat(reading.errors().all()).extracting(e -> e.field()).containsExactly("frequency", "depth", "focus",
                "gain");
        assertThat(reading.errors().messages("frequency")).containsExactly("Choose a frequency.");
        assertThat(reading.errors().messages("depth")).containsExactly("Choose one depth. The address gave more than one.");
    }
}

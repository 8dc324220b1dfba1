package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BeamAngleFormTest {

    static Reading<BeamAngle> read(String... angles) {
        return BeamAngleForm.read(Map.of(BeamAngleForm.ANGLE, List.of(angles)));
    }

    @Test
    void noAngleIsTheSquareOnView() {
        Reading<BeamAngle> reading = BeamAngleForm.read(Map.of());

        assertThat(reading.valid()).isTrue();
        assertThat(reading.state()).isEqualTo(BeamAngle.SQUARE);
        assertThat(reading.checked(BeamAngleForm.ANGLE, "0")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "2", "4", "7", "10", "15", "20", " 10 ", "+4", "007" })
    void everyOfferedAngleIsAState(String value) {
        Reading<BeamAngle> reading = read(value);

        assertThat(reading.valid()).as(value).isTrue();
        assertThat(BeamAngle.CHOICES).contains(reading.state().degrees());
        assertThat(reading.checked(BeamAngleForm.ANGLE, String.valueOf(reading.state().degrees()))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc | not a whole number of degrees",
            "2.5 | not a whole number of degrees",
            "1e3 | not a whole number of degrees",
            "999 | outside 0 to 20 degrees",
            "-5 | outside 0 to 20 degrees",
            "21 | outside 0 to 20 degrees",
            "99999999999999999999999999 | outside 0 to 20 degrees",
            "1 | shows 0, 2, 4, 7, 10, 15 and 20 degrees",
            "5 | shows 0, 2, 4, 7, 10, 15 and 20 degrees" })
    void aWrongAngleIsAProblemForTheAngleField(String value, String message) {
        Reading<BeamAngle> reading = read(value);

        assertThat(reading.valid()).isFalse();
        assertThat(reading.state()).isNull();
        assertThat(reading.errors().messages(BeamAngleForm.ANGLE)).singleElement().asString()
                .startsWith("Choose an angle from the list.").contains(message);
        assertThat(reading.values()).isEmpty();
    }

    @Test
    void anEmptyOrRepeatedAngleIsAProblem() {
        assertThat(read("").errors().messages(BeamAngleForm.ANGLE)).containsExactly("Choose an angle.");
        assertThat(read("4", "10").errors().messages(BeamAngleForm.ANGLE))
                .containsExactly("Choose one angle. The address gave more than one.");
        assertThat(read("4", "4").valid()).isFalse();
    }

    @Test
    void aHugeValueIsReportedWithoutEchoingIt() {
        String huge = "9".repeat(5000);

        Reading<BeamAngle> reading = read(huge);

        assertThat(reading.errors().messages(BeamAngleForm.ANGLE)).singleElement().asString()
                .doesNotContain("999").hasSizeLessThan(200);
    }
}

package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfCheckFormTest {

    private final AnswerValidator validator = new AnswerValidator(TestRules.on(2026, 11, 26));
    private final RouteFinder routes = new RouteFinder(TestRules.real());

    /** An RMSK form (a physical therapist). */
    private static SelfCheckForm rmsk(String studies, String therapeutic, String perMonth) {
        return new SelfCheckForm("physical-therapist", "yes", studies, therapeutic, "yes", perMonth, "", "", "");
    }

    /** An RMSKS form (a sonographer without an ARDMS credential). */
    private static SelfCheckForm rmsks(String prerequisite, String spi, String spiDate) {
        return new SelfCheckForm("sonographer", "", "", "", "", "", prerequisite, spi, spiDate);
    }

    @Test
    void plausibleRmskAnswersBecomeTypedAnswers() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("Physical-Therapist", "yes", " 138 ", "4", "yes", "1,200", "",
                "", "").parse(validator, routes);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers()).isEqualTo(new SelfCheckAnswers(Profession.PHYSICAL_THERAPIST, true, 138, 4, true,
                1200, null, null));
    }

    @Test
    void rmsksAnswersIgnoreTheRmskQuestionsAndSpiNoIgnoresADate() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("sonographer", "yes", "150", "", "yes", "", "unsure", "no",
                "2025-06-01").parse(validator, routes);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers()).isEqualTo(new SelfCheckAnswers(Profession.SONOGRAPHER, null, null, null, null,
                null, PrerequisiteChoice.UNSURE, null));
    }

    @Test
    void aRegistrantNeedsNoOtherAnswer() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("sonographer-ardms", "", "", "", "", "", "", "", "")
                .parse(validator, routes);

        assertThat(parsed.valid()).isTrue();
    }

    @Test
    void withoutAProfessionOnlyThatIsAsked() {
        for (String profession : new String[] { "", "dentist" }) {
            SelfCheckForm.Parsed parsed = new SelfCheckForm(profession, "yes", "138", "", "yes", "", "", "", "")
                    .parse(validator, routes);

            assertThat(parsed.errors()).containsExactly(Map.entry(AnswerField.PROFESSION, "Choose what best describes you"));
        }
    }

    @ParameterizedTest(name = "studies ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "-3          | The number of studies cannot be negative",
            "12.5        | Enter a whole number of studies, for example 12",
            "lots        | Enter the number of studies in digits, for example 12",
            "1e3         | Enter the number of studies in digits, for example 12",
            "100001      | Enter a number of studies from 0 to 100,000",
            "99999999999 | Enter a number of studies from 0 to 100,000",
            "''          | Enter how many MSK ultrasound studies you have performed or diagnosed" })
    void badStudyCountsGetAMessage(String studies, String message) {
        SelfCheckForm.Parsed parsed = rmsk(studies, "", "").parse(validator, routes);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsExactly(Map.entry(AnswerField.STUDIES, message));
    }

    @Test
    void everyRmskFieldIsChecked() {
        assertThat(rmsk("10", "7.5", "-1").parse(validator, routes).errors()).containsExactly(
                Map.entry(AnswerField.THERAPEUTIC, "Enter a whole number of therapeutic studies, for example 12"),
                Map.entry(AnswerField.STUDIES_PER_MONTH, "The number of studies a month cannot be negative"));
        assertThat(rmsk("10", "11", "").parse(validator, routes).errors()).containsOnlyKeys(AnswerField.THERAPEUTIC);
        SelfCheckForm.Parsed missing = new SelfCheckForm("chiropractor", "", "", "", "maybe", "", "", "", "")
                .parse(validator, routes);
        assertThat(missing.errors().keySet()).containsExactly(AnswerField.LICENSED, AnswerField.STUDIES,
                AnswerField.REAL_PATIENTS);
        assertThat(missing.errors().get(AnswerField.LICENSED)).contains("Chiropractor (DC)");
    }

    @ParameterizedTest(name = "SPI date ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "''         | Enter the date you passed the SPI exam",
            "2025-13-01 | Enter the date you passed the SPI exam as year-month-day, for example 2025-06-01",
            "1/6/2025   | Enter the date you passed the SPI exam as year-month-day, for example 2025-06-01",
            "2026-11-27 | The date you passed the SPI exam must be today or in the past",
            "1989-12-31 | The date you passed the SPI exam must be in 1990 or later" })
    void badSpiDatesGetAMessage(String date, String message) {
        assertThat(rmsks("prerequisite", "yes", date).parse(validator, routes).errors())
                .containsExactly(Map.entry(AnswerField.SPI_PASSED_ON, message));
    }

    @Test
    void rmsksNeedsAPrerequisiteChoiceAndAnSpiAnswer() {
        assertThat(rmsks("", "", "").parse(validator, routes).errors().keySet())
                .containsExactly(AnswerField.PREREQUISITE, AnswerField.SPI_PASSED);
        assertThat(rmsks("made-up", "no", "").parse(validator, routes).errors().keySet())
                .containsExactly(AnswerField.PREREQUISITE);
        assertThat(rmsks("spi-only", "yes", "2026-11-26").parse(validator, routes).valid()).isTrue();
        assertThat(rmsks("spi-only", "yes", "1990-01-01").parse(validator, routes).valid()).isTrue();
    }

    @Test
    void theQueryRoundTripsToTheSameAnswers() {
        SelfCheckForm original = new SelfCheckForm("nurse", "", "", "", "", "", "prerequisite", "yes", "2025-06-01");

        SelfCheckForm again = SelfCheckForm.from(parse(original.query())::get);

        assertThat(again).isEqualTo(original);
        assertThat(again.parse(validator, routes).answers()).isEqualTo(original.parse(validator, routes).answers());
        assertThat(original.query()).isEqualTo("profession=nurse&prerequisite=prerequisite&spi=yes&spiDate=2025-06-01");
        // A date left over from a "yes" before the reader chose "no" does not travel on.
        assertThat(rmsks("unsure", "no", "2025-06-01").query()).doesNotContain("spiDate");
        assertThat(rmsk("150", "2", "").query()).isEqualTo("profession=physical-therapist&licence=yes&studies=150"
                + "&therapeutic=2&real=yes");
    }

    @Test
    void messagesQuoteTheLimitsInForce() {
        String limit = String.format(java.util.Locale.ENGLISH, "%,d", InputLimits.MAX_COUNT);
        assertThat(SelfCheckAnswers.PER_MONTH_TOO_MANY).endsWith(limit);
        assertThat(rmsks("unsure", "yes", "1989-01-01").parse(validator, routes).errors().get(AnswerField.SPI_PASSED_ON))
                .contains(String.valueOf(InputLimits.EARLIEST_YEAR));
        assertThat(LocalDate.of(InputLimits.EARLIEST_YEAR, 1, 1)).isEqualTo(InputLimits.earliestDate());
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}

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

    private static SelfCheckForm form(String studies, String perMonth, String cme, String spi, String spiDate) {
        return new SelfCheckForm("yes", "RN", studies, perMonth, cme, spi, spiDate);
    }

    @Test
    void plausibleAnswersBecomeTypedAnswers() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("yes", "rn", " 138 ", "6", "1,200", "yes", "2025-06-01")
                .parse(validator);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers()).isEqualTo(new RmsksAnswers(true, CredentialType.RN, 138, 6, 1200,
                LocalDate.of(2025, 6, 1)));
    }

    @Test
    void optionalAnswersMayBeBlankAndSpiNoIgnoresADate() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("no", "", "0", "", "", "no", "2025-06-01").parse(validator);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers()).isEqualTo(new RmsksAnswers(false, null, 0, null, null, null));
    }

    @ParameterizedTest(name = "studies ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "-3          | The number of studies cannot be negative",
            "12.5        | Enter a whole number of studies, for example 12",
            "12,5        | Enter a whole number of studies, for example 12",
            "lots        | Enter the number of studies in digits, for example 12",
            "1e3         | Enter the number of studies in digits, for example 12",
            "100001      | Enter a number of studies from 0 to 100,000",
            "99999999999 | Enter a number of studies from 0 to 100,000",
            "''          | Enter how many MSK ultrasound studies you have performed" })
    void badStudyCountsGetAMessage(String studies, String message) {
        SelfCheckForm.Parsed parsed = form(studies, "", "", "no", "").parse(validator);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsExactly(Map.entry(AnswerField.STUDIES, message));
    }

    @Test
    void everyCountFieldIsChecked() {
        SelfCheckForm.Parsed parsed = form("10", "-1", "7.5", "no", "").parse(validator);

        assertThat(parsed.errors()).containsExactly(
                Map.entry(AnswerField.STUDIES_PER_MONTH, "The number of studies a month cannot be negative"),
                Map.entry(AnswerField.CME_CREDITS, "Enter a whole number of CME credits, for example 12"));
        assertThat(form("10", "100001", "100001", "no", "").parse(validator).errors()).containsExactly(
                Map.entry(AnswerField.STUDIES_PER_MONTH, "Enter a number of studies a month from 0 to 100,000"),
                Map.entry(AnswerField.CME_CREDITS, "Enter a number of CME credits from 0 to 100,000"));
    }

    @ParameterizedTest(name = "SPI date ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "''         | Enter the date you passed the SPI exam",
            "2025-13-01 | Enter the date you passed the SPI exam as year-month-day, for example 2025-06-01",
            "1/6/2025   | Enter the date you passed the SPI exam as year-month-day, for example 2025-06-01",
            "2026-11-27 | The date you passed the SPI exam must be today or in the past",
            "1989-12-31 | The date you passed the SPI exam must be in 1990 or later" })
    void badSpiDatesGetAMessage(String date, String message) {
        assertThat(form("10", "", "", "yes", date).parse(validator).errors())
                .containsExactly(Map.entry(AnswerField.SPI_PASSED_ON, message));
    }

    @Test
    void todayAndFirstOf1990AreAllowed() {
        assertThat(form("10", "", "", "yes", "2026-11-26").parse(validator).valid()).isTrue();
        assertThat(form("10", "", "", "yes", "1990-01-01").parse(validator).valid()).isTrue();
    }

    @Test
    void missingRequiredAnswersAreListedInQuestionOrder() {
        SelfCheckForm.Parsed parsed = new SelfCheckForm("maybe", "XX", "", "", "", "", "").parse(validator);

        assertThat(parsed.errors().keySet()).containsExactly(AnswerField.ACTIVE_CREDENTIAL,
                AnswerField.CREDENTIAL_TYPE, AnswerField.STUDIES, AnswerField.SPI_PASSED);
        assertThat(parsed.answers()).isNull();
    }

    @Test
    void theQueryRoundTripsToTheSameAnswers() {
        SelfCheckForm original = new SelfCheckForm("yes", "DPT", "138", "6", "12", "yes", "2025-06-01");

        SelfCheckForm again = SelfCheckForm.from(parse(original.query())::get);

        assertThat(again).isEqualTo(original);
        assertThat(again.parse(validator).answers()).isEqualTo(original.parse(validator).answers());
        assertThat(original.query())
                .isEqualTo("credential=yes&type=DPT&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01");
        // A date left over from a "yes" before the reader chose "no" does not travel on.
        assertThat(new SelfCheckForm("yes", "", "1", "", "", "no", "2025-06-01").query()).doesNotContain("spiDate");
    }

    @Test
    void messagesQuoteTheLimitsInForce() {
        String limit = String.format(java.util.Locale.ENGLISH, "%,d", InputLimits.MAX_COUNT);
        assertThat(RmsksAnswers.PER_MONTH_TOO_MANY).endsWith(limit);
        assertThat(form("10", "", "", "yes", "1989-01-01").parse(validator).errors().get(AnswerField.SPI_PASSED_ON))
                .contains(String.valueOf(InputLimits.EARLIEST_YEAR));
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

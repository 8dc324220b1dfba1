package org.mskguide.eligibility.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mskguide.eligibility.InputLimits;
import org.mskguide.eligibility.TestRules;

class StudyLogParserTest {

    private final StudyLogParser parser = new StudyLogParser(TestRules.on(2026, 11, 26));

    @Test
    void pastedLinesMayUseSpacesTabsOrCommasAndSkipBlankLinesAndAHeader() {
        StudyLogParser.Result result = parser.parsePasted("month count\n2025-03 12\n\n2025-04\t9\n 2025-05 , 7 \n2025-6;0\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.months()).containsExactly(
                new StudyMonth(YearMonth.of(2025, 3), 12, 2),
                new StudyMonth(YearMonth.of(2025, 4), 9, 4),
                new StudyMonth(YearMonth.of(2025, 5), 7, 5),
                new StudyMonth(YearMonth.of(2025, 6), 0, 6));
        assertThat(result.asText()).isEqualTo("2025-03 12\n2025-04 9\n2025-05 7\n2025-06 0");
    }

    @Test
    void aLineCarryingAnythingElseIsRejectedByNumberWithoutQuotingIt() {
        StudyLogParser.Result result = parser.parsePasted("2025-03 12\n2025-04 9 Jane Doe knee\n");

        assertThat(result.valid()).isFalse();
        assertThat(result.months()).isEmpty();
        assertThat(result.problems()).containsExactly("Line 2: write just a month and a count, like 2025-03 12.");
        assertThat(String.join(" ", result.problems())).doesNotContain("Jane");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "March 12       | Line 1: the month must be written year-month, like 2025-03.",
            "2025-13 4      | Line 1: the month must be a real month (01 to 12), like 2025-03.",
            "1989-12 4      | Line 1: the month is before 1990.",
            "2026-12 4      | Line 1: the month is in the future. Log only studies you have performed.",
            "2025-03 -1     | Line 1: the count cannot be negative.",
            "2025-03 2.5    | Line 1: the count must be a whole number, like 12.",
            "2025-03 twelve | Line 1: the count must be a number in digits, like 12.",
            "2025-03 100001 | Line 1: the count must be from 0 to 100,000.",
            "2025-03        | Line 1: write just a month and a count, like 2025-03 12." })
    void badLinesGetAMessageNamingTheLine(String line, String message) {
        assertThat(parser.parsePasted(line).problems()).containsExactly(message);
    }

    @Test
    void theCurrentMonthAndTheLimitsThemselvesAreAccepted() {
        StudyLogParser.Result result = parser.parsePasted("2026-11 3\n1990-01 100000");

        assertThat(result.problems()).isEmpty();
        assertThat(result.months()).hasSize(2);
    }

    @Test
    void aMonthGivenTwiceNamesTheEarlierLine() {
        assertThat(parser.parsePasted("2025-03 1\n2025-04 2\n2025-03 5").problems())
                .containsExactly("Line 3: 2025-03 is already on line 1. Give each month once.");
    }

    @Test
    void everyBadLineIsReportedAtOnce() {
        assertThat(parser.parsePasted("x\n2025-01 1\ny\nz").problems()).hasSize(3);
    }

    @Test
    void oversizedLogsAreRefusedWithAMessage() {
        String tooManyLines = "2025-01 1\n".repeat(InputLimits.MAX_LOG_LINES + 1);
        String tooManyBytes = " ".repeat(InputLimits.MAX_LOG_BYTES + 1);

        assertThat(parser.parsePasted(tooManyLines).problems()).singleElement().asString()
                .contains("at most " + InputLimits.MAX_LOG_LINES);
        assertThat(parser.parsePasted(tooManyBytes).problems()).singleElement().asString()
                .contains(InputLimits.MAX_LOG_BYTES / 1024 + " KB");
        assertThat(parser.parseCsv(tooManyBytes.getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
                .asString().startsWith("The file is larger");
    }

    @Test
    void anEmptyLogSaysSo() {
        assertThat(parser.parsePasted("\n  \n").problems()).singleElement().asString().contains("no months");
    }

    @Test
    void csvFilesAreReadWithTheirHeaderQuotesByteOrderMarkAndWindowsLineEnds() {
        byte[] csv = "\uFEFFmonth,count\r\n2025-03,12\r\n\r\n\"2025-04\",\"9\"\r\n".getBytes(StandardCharsets.UTF_8);

        StudyLogParser.Result result = parser.parseCsv(csv);

        assertThat(result.problems()).isEmpty();
        assertThat(result.months()).containsExactly(new StudyMonth(YearMonth.of(2025, 3), 12, 2),
                new StudyMonth(YearMonth.of(2025, 4), 9, 4));
    }

    @Test
    void csvProblemsNameTheLineOfTheFile() {
        byte[] csv = "2025-03,12\n\"Smith, J\",2025-04,9\n2025-05,1.5\n\"2025-06\n".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parseCsv(csv).problems()).containsExactly(
                "Line 2 of the file: write just a month and a count, like 2025-03 12.",
                "Line 3 of the file: the count must be a whole number, like 12.",
                "Line 4 of the file: it is not a CSV row (is a quote mark left open?). Each row needs just a month"
                        + " and a count, like 2025-03,12.");
    }

    @Test
    void aFileThatIsNotTextIsRefused() {
        byte[] binary = { (byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28 };

        assertThat(parser.parseCsv(binary).problems()).singleElement().asString().contains("not a plain-text CSV");
    }
}

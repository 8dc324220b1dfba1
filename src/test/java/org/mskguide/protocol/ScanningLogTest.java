package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mskguide.eligibility.planner.StudyLogParser;
import org.mskguide.eligibility.planner.StudyMonth;

/** The scanning log template, filled in, becomes the planner's month counts: one study per row. */
class ScanningLogTest {

    private final StudyLogParser parser = new StudyLogParser(Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void aFilledTemplateCountsOneStudyPerRowInEachMonth() {
        String log = SignOffCsv.scanningLogTemplate()
                + "2026-03-02,knee,\"quadriceps-tendon; patellar-tendon\",yes\r\n"
                + "2026-03-20,shoulder,biceps-short-axis,no\r\n"
                + "2026-05-01,hip,anterior-recess,YES\r\n";

        StudyLogParser.Result result = ScanningLog.readUpload(log.getBytes(StandardCharsets.UTF_8), parser);

        assertThat(result.problems()).isEmpty();
        Map<YearMonth, Integer> counts = result.months().stream()
                .collect(Collectors.toMap(StudyMonth::month, StudyMonth::count));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(YearMonth.of(2026, 3), 2, YearMonth.of(2026, 5), 1));
    }

    @Test
    void aMonthCountFileStillGoesToThePlannersOwnParser() {
        StudyLogParser.Result result = ScanningLog.readUpload("month,count\n2026-01,4\n".getBytes(StandardCharsets.UTF_8),
                parser);

        assertThat(result.months()).extracting(StudyMonth::count).containsExactly(4);
    }

    @Test
    void badRowsAreNamedByLineWithoutQuotingThemAndFutureScansByMonth() {
        String log = "date,joint,views,supervised\n14/03/2026,knee,x,yes\n2026-03-01,,x,yes\n2026-03-02,knee,x,maybe\n";

        StudyLogParser.Result bad = ScanningLog.readUpload(log.getBytes(StandardCharsets.UTF_8), parser);

        assertThat(bad.valid()).isFalse();
        assertThat(bad.problems()).containsExactly(
                "Line 2 of the scanning log: the date must be written year-month-day, like 2025-03-14.",
                "Line 3 of the scanning log: name the joint you scanned, like knee.",
                "Line 4 of the scanning log: supervised must be yes or no.");

        StudyLogParser.Result future = ScanningLog.readUpload(
                "date,joint,views,supervised\n2026-09-01,knee,x,yes\n".getBytes(StandardCharsets.UTF_8), parser);
        assertThat(future.problems()).singleElement().asString().startsWith("The scans of 2026-09:");
    }

    @Test
    void anEmptyTemplateAddsNothingAndSaysSo() {
        StudyLogParser.Result empty = ScanningLog.readUpload(
                SignOffCsv.scanningLogTemplate().getBytes(StandardCharsets.UTF_8), parser);

        assertThat(empty.valid()).isFalse();
        assertThat(empty.problems()).singleElement().asString().contains("no scans");
    }
}

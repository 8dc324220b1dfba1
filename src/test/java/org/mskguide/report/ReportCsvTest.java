package org.mskguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The maintainers' CSV without Quarkus: read back with Commons CSV, every typed cell inert in a spreadsheet. */
class ReportCsvTest {

    @Test
    void eachReportIsOneRowAndFormulasAreMadeInert() throws IOException {
        String csv = ReportCsv.write(List.of(
                new ReportCsv.Row("2026-12-07T10:00:00Z", "Knee ultrasound", "/topics/knee-ultrasound", "knee-ultrasound",
                        null, null, "=HYPERLINK(\"https://evil.example\")", "+1 source, with \"quotes\"\nand a line",
                        "@me"),
                new ReportCsv.Row("2026-12-06T09:00:00Z", "Quiz question q1 (Knee ultrasound): Which?",
                        "/topics/knee-ultrasound#tendons", "knee-ultrasound", "tendons", "q1", "Key is wrong", null, null)),
                "https://guide.example");

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).isEqualTo(ReportCsv.HEADER);
        assertThat(records.get(1).toList()).containsExactly("2026-12-07T10:00:00Z", "Knee ultrasound",
                "https://guide.example/topics/knee-ultrasound", "knee-ultrasound", "", "",
                "'=HYPERLINK(\"https://evil.example\")", "'+1 source, with \"quotes\"\nand a line", "'@me");
        assertThat(records.get(2).get(5)).isEqualTo("q1");
        assertThat(csv).contains("\r\n");
    }
}

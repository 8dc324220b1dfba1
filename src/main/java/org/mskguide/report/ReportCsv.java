package org.mskguide.report;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.instructors.ClassCsv;

/**
 * The reports as one CSV file for the maintainers (RFC 4180, one row per report, newest first), written like the class
 * results: every text cell a spreadsheet would run as a formula is made inert ({@link ClassCsv#safe}), which matters
 * here more than anywhere, because every cell but the date was typed by a stranger. Pure Java.
 * Usage: {@code ReportCsv.write(rows, "https://example.org")}.
 */
public final class ReportCsv {

    static final List<String> HEADER = List.of("received_at", "place", "address", "topic", "section", "question_id",
            "problem", "source", "contact");

    private ReportCsv() {
    }

    /** One report as the file needs it. */
    public record Row(String receivedAt, String place, String href, String topic, String section, String questionId,
            String problem, String source, String contact) {
    }

    /** @param baseUrl the site's public address, so the address column opens the place from the file */
    public static String write(List<Row> rows, String baseUrl) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        for (Row r : rows) {
            records.add(List.of(r.receivedAt(), ClassCsv.safe(r.place()), ClassCsv.safe(baseUrl + r.href()),
                    ClassCsv.safe(r.topic()), ClassCsv.safe(r.section()), ClassCsv.safe(r.questionId()),
                    ClassCsv.safe(r.problem()), ClassCsv.safe(r.source()), ClassCsv.safe(r.contact())));
        }
        return ClassCsv.write(records);
    }
}

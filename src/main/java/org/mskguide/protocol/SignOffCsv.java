package org.mskguide.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The spreadsheet forms of the lab sheets, written with Jackson's CSV writer so commas and quotes in a view's title
 * are quoted properly: a joint's sign-off sheet (a header, then one row per view with empty cells for the rating,
 * the supervisor's initials and the date) and the empty scanning-log template the study planner can read back.
 */
public final class SignOffCsv {

    /** The sign-off sheet's columns; the last three are left for the supervisor. */
    static final List<String> SIGN_OFF_HEADER = List.of("joint", "order", "view_id", "view", "link", "standard",
            "rating_1_to_5", "supervisor_initials", "date");

    private static final CsvMapper CSV = new CsvMapper();

    private SignOffCsv() {
    }

    /** The sheet for one joint, e.g. {@code signOff(knee, "https://example.org")}. */
    public static String signOff(Protocol protocol, String baseUrl) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(SIGN_OFF_HEADER);
        for (ProtocolView v : protocol.views()) {
            rows.add(List.of(protocol.joint(), Integer.toString(v.number()), v.id(), v.title(),
                    baseUrl + protocol.path() + "#" + v.id(), v.source().publisher() + ": " + v.source().title(),
                    "", "", ""));
        }
        return write(rows);
    }

    /** The scanning-log template: only the header row, so importing it unfilled adds nothing. */
    public static String scanningLogTemplate() {
        return write(List.of(ScanningLog.HEADER));
    }

    private static String write(List<List<String>> rows) {
        try {
            return CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                    .writeValueAsString(rows.stream().map(r -> r.toArray(String[]::new)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}

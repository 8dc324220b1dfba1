package org.mskguide.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mskguide.eligibility.InputLimits;
import org.mskguide.eligibility.planner.StudyLogParser;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A learner's own scanning log ({@code date,joint,views,supervised}, one row per scan, the CSV template at
 * {@code /protocols/scanning-log.csv}) turned into the study planner's month counts: each row counts as one study in
 * its month. The planner's own checks (no future month, limits) then apply to the totals. Like the planner, a
 * message names a line and never quotes it, since a row might hold a patient's details; nothing is kept.
 */
public final class ScanningLog {

    /** The template's header; a file whose first row is this is a scanning log, not a {@code month,count} log. */
    public static final List<String> HEADER = List.of("date", "joint", "views", "supervised");

    private static final Pattern PLANNER_LINE = Pattern.compile("^Line ([0-9]+): (.*)$", Pattern.DOTALL);

    private static final ObjectReader CSV = new CsvMapper()
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.TRIM_SPACES)
            .with(CsvSchema.emptySchema());

    private ScanningLog() {
    }

    /**
     * The planner's hook for an uploaded file: a scanning log is read here, anything else goes to the planner's own
     * {@code month,count} parser unchanged. Usage: {@code ScanningLog.readUpload(bytes, parser)}.
     */
    public static StudyLogParser.Result readUpload(byte[] upload, StudyLogParser parser) {
        String text = utf8(upload);
        return text != null && isScanningLog(text) ? toStudyLog(text, parser) : parser.parseCsv(upload);
    }

    /** Whether the first row is the scanning-log header (in any letter case, spaces ignored). */
    static boolean isScanningLog(String text) {
        String first = text.lines().findFirst().orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
        return first.equals(String.join(",", HEADER));
    }

    /** The month totals of a scanning log, as the planner's result (months, or the problems line by line). */
    static StudyLogParser.Result toStudyLog(String text, StudyLogParser parser) {
        if (text.getBytes(StandardCharsets.UTF_8).length > InputLimits.MAX_LOG_BYTES) {
            return problem("The file is larger than " + InputLimits.MAX_LOG_BYTES / 1024 + " KB. Split the scanning"
                    + " log, or add up the scans per month and paste the totals.");
        }
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> rows = CSV.readValues(text)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                List<String> values = Arrays.asList(rows.nextValue());
                int at = line;
                line = rows.getParser().currentLocation().getLineNr();
                if (header) {
                    header = false;
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String problem = rowProblem(values);
                if (problem != null) {
                    problems.add("Line " + at + " of the scanning log: " + problem);
                    continue;
                }
                perMonth.merge(YearMonth.from(LocalDate.parse(values.get(0))), 1, Integer::sum);
            }
        } catch (IOException | RuntimeException e) {
            problems.add("Line " + line + " of the scanning log: it is not a CSV row (is a quote mark left open?).");
        }
        if (!problems.isEmpty()) {
            return new StudyLogParser.Result(List.of(), problems);
        }
        if (perMonth.isEmpty()) {
            return problem("The scanning log has no scans in it yet. Add one row per scan under the header.");
        }
        List<YearMonth> months = List.copyOf(perMonth.keySet());
        StringBuilder totals = new StringBuilder();
        perMonth.forEach((month, count) -> totals.append(month).append(' ').append(count).append('\n'));
        StudyLogParser.Result result = parser.parsePasted(totals.toString());
        // The planner names lines of the totals; name the month instead, which the reader can find in their log.
        return new StudyLogParser.Result(result.months(), result.problems().stream().map(p -> {
            Matcher m = PLANNER_LINE.matcher(p);
            return m.matches() ? "The scans of " + months.get(Integer.parseInt(m.group(1)) - 1) + ": " + m.group(2) : p;
        }).toList());
    }

    private static String rowProblem(List<String> values) {
        if (values.size() != HEADER.size()) {
            return "write four values: date, joint, views and supervised (yes or no).";
        }
        try {
            LocalDate.parse(values.get(0));
        } catch (DateTimeParseException e) {
            return "the date must be written year-month-day, like 2025-03-14.";
        }
        if (values.get(1).isBlank()) {
            return "name the joint you scanned, like knee.";
        }
        String supervised = values.get(3).toLowerCase(Locale.ROOT);
        if (!supervised.equals("yes") && !supervised.equals("no")) {
            return "supervised must be yes or no.";
        }
        return null;
    }

    private static StudyLogParser.Result problem(String message) {
        return new StudyLogParser.Result(List.of(), List.of(message));
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

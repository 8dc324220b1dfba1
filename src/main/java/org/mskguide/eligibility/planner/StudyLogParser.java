package org.mskguide.eligibility.planner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mskguide.eligibility.InputLimits;
import org.mskguide.eligibility.Wording;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a study log of monthly counts: pasted lines such as {@code 2025-03 12} (a space, tab, comma or semicolon
 * between month and count), or an uploaded CSV file of {@code month,count} rows read with Jackson's CSV parser. An
 * optional first line {@code month,count} is a header. Counts only: a line that carries anything else is rejected
 * with a message naming the line (and never quoting it, since it might hold a patient's details); nothing is kept.
 */
public final class StudyLogParser {

    /** The parsed months in log order, or the problems (line by line) that stopped the log being used. */
    public record Result(List<StudyMonth> months, List<String> problems) {

        public Result {
            months = List.copyOf(months);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The log written back in the pasted form, one {@code 2025-03 12} line a month, oldest first. */
        public String asText() {
            return String.join("\n", months.stream()
                    .sorted(java.util.Comparator.comparing(StudyMonth::month))
                    .map(m -> m.month() + " " + m.count()).toList());
        }
    }

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern FRACTION = Pattern.compile("-?[0-9]*[.,][0-9]+");
    private static final Pattern PASTED_SEPARATOR = Pattern.compile("[\\s,;]+");

    private static final String NO_MONTHS = "The study log has no months in it. Add one line a month, like 2025-03 12.";

    private final Clock clock;
    private final ObjectReader csv = new CsvMapper()
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.TRIM_SPACES)
            .with(CsvSchema.emptySchema());

    public StudyLogParser(Clock clock) {
        this.clock = clock;
    }

    /** One row of the log before its values are checked: its first line number and its values. */
    private record Row(int line, List<String> values) {
    }

    /** Parses pasted text, one month a line. */
    public Result parsePasted(String text) {
        String log = text == null ? "" : text;
        List<String> problems = sizeProblems(log.getBytes(StandardCharsets.UTF_8).length, "The study log");
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<String> lines = log.lines().toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Row(i + 1, List.of(PASTED_SEPARATOR.split(lines.get(i).strip(), -1))));
        }
        return check(rows, "");
    }

    /** Parses an uploaded CSV file of {@code month,count} rows. */
    public Result parseCsv(byte[] bytes) {
        List<String> problems = sizeProblems(bytes.length, "The file");
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of("The file is not a plain-text CSV file. Save it as CSV (UTF-8) with"
                    + " one month,count row a line."));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte-order mark spreadsheet programs put in front of UTF-8 CSV
        }
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> it = csv.readValues(text)) {
            while (it.hasNextValue()) {
                String[] values = it.nextValue();
                rows.add(new Row(line, values == null ? List.of() : Arrays.asList(values)));
                // The parser now stands at the start of the next row: that row's first line.
                line = it.getParser().currentLocation().getLineNr();
                if (rows.size() > InputLimits.MAX_LOG_LINES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The rows before the broken one are still checked, so the reader sees every problem at once.
            List<String> all = new ArrayList<>(check(rows, " of the file").problems());
            all.remove(NO_MONTHS);
            all.add("Line " + line + " of the file: it is not a CSV row (is a quote mark left open?). Each row"
                    + " needs just a month and a count, like 2025-03,12.");
            return new Result(List.of(), all);
        }
        return check(rows, " of the file");
    }

    private Result check(List<Row> all, String where) {
        List<Row> rows = all.stream().filter(r -> r.values().stream().anyMatch(v -> !v.isBlank())).toList();
        if (rows.size() > InputLimits.MAX_LOG_LINES) {
            return new Result(List.of(), List.of("The study log has more than " + InputLimits.MAX_LOG_LINES
                    + " lines; the planner takes at most " + InputLimits.MAX_LOG_LINES + " (one line a month)."));
        }
        YearMonth thisMonth = YearMonth.now(clock);
        List<StudyMonth> months = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<YearMonth, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            List<String> values = row.values();
            if (row == rows.get(0) && values.size() == 2 && values.get(0).equalsIgnoreCase("month")
                    && values.get(1).equalsIgnoreCase("count")) {
                continue; // a header row
            }
            String at = "Line " + row.line() + where + ": ";
            if (values.size() != 2) {
                problems.add(at + "write just a month and a count, like 2025-03 12.");
                continue;
            }
            YearMonth month = null;
            String problem;
            Matcher m = MONTH.matcher(values.get(0));
            if (!m.matches()) {
                problem = "the month must be written year-month, like 2025-03.";
            } else {
                try {
                    month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    problem = monthProblem(month, thisMonth, seen);
                } catch (DateTimeException e) {
                    problem = "the month must be a real month (01 to 12), like 2025-03.";
                }
            }
            if (problem == null) {
                problem = countProblem(values.get(1));
            }
            if (problem != null) {
                problems.add(at + problem);
                continue;
            }
            seen.put(month, row.line());
            months.add(new StudyMonth(month, Integer.parseInt(values.get(1)), row.line()));
        }
        if (problems.isEmpty() && months.isEmpty()) {
            problems.add(NO_MONTHS);
        }
        return problems.isEmpty() ? new Result(months, List.of()) : new Result(List.of(), problems);
    }

    private static String monthProblem(YearMonth month, YearMonth thisMonth, Map<YearMonth, Integer> seen) {
        if (month.isBefore(InputLimits.earliestMonth())) {
            return "the month is before " + InputLimits.EARLIEST_YEAR + ".";
        } else if (month.isAfter(thisMonth)) {
            return "the month is in the future. Log only studies you have performed.";
        } else if (seen.containsKey(month)) {
            return month + " is already on line " + seen.get(month) + ". Give each month once.";
        }
        return null;
    }

    private static String countProblem(String text) {
        if (WHOLE.matcher(text).matches()) {
            if (text.startsWith("-")) {
                return "the count cannot be negative.";
            }
            if (text.length() > 9 || Integer.parseInt(text) > InputLimits.MAX_COUNT) {
                return "the count must be from 0 to " + Wording.number(InputLimits.MAX_COUNT) + ".";
            }
            return null;
        }
        return FRACTION.matcher(text).matches() ? "the count must be a whole number, like 12."
                : "the count must be a number in digits, like 12.";
    }

    private static List<String> sizeProblems(long bytes, String what) {
        if (bytes > InputLimits.MAX_LOG_BYTES) {
            return List.of(what + " is larger than " + InputLimits.MAX_LOG_BYTES / 1024 + " KB. A log needs one"
                    + " short line a month, at most " + InputLimits.MAX_LOG_LINES + " lines.");
        }
        return List.of();
    }
}

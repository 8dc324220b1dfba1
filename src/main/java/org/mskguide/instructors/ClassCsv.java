package org.mskguide.instructors;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The class results as CSV files (RFC 4180, written by Apache Commons CSV): one row per question, and one row per
 * anonymous attempt with each question's outcome. Every text cell that a spreadsheet would run as a formula (it starts
 * with = + - @, a tab or a carriage return) gets a leading apostrophe, so opening the file never runs anything. Pure
 * Java. Usage: {@code ClassCsv.questions(rows)}.
 */
public final class ClassCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ClassCsv() {
    }

    /** One question of the class, with the words the file needs beside the counts. */
    public record QuestionLine(ClassStats.QuestionRow row, String topic, String question, String sectionUrl) {
    }

    /** An attempt as a row: when it was sent (UTC; nothing about the student) and its outcomes. */
    public record AttemptLine(Instant takenAt, ClassStats.Attempt attempt) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One row per question, in the quiz's order (position 1 first), whatever order {@code lines} come in. */
    public static String questions(List<QuestionLine> lines) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("position", "question_id", "topic", "question", "review_section", "attempts", "right",
                "wrong", "unanswered", "share_right"));
        List<QuestionLine> inOrder = new ArrayList<>(lines);
        inOrder.sort(Comparator.comparingInt(l -> l.row().position()));
        for (QuestionLine line : inOrder) {
            ClassStats.QuestionRow r = line.row();
            records.add(List.of(String.valueOf(r.position()), safe(r.questionId()), safe(line.topic()),
                    safe(line.question()), safe(line.sectionUrl()), String.valueOf(r.attempts()),
                    String.valueOf(r.right()), String.valueOf(r.wrong()), String.valueOf(r.unanswered()),
                    r.share() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", r.share())));
        }
        return write(records);
    }

    /** @param questionIds the column order: the class's questions in its order */
    public static String attempts(List<String> questionIds, List<AttemptLine> lines) {
        List<List<String>> records = new ArrayList<>();
        // Date and time in separate columns, both in UTC (the column names say so), so a spreadsheet reads each.
        List<String> header = new ArrayList<>(List.of("attempt", "date_utc", "time_utc", "score", "total"));
        questionIds.forEach(id -> header.add(safe(id)));
        records.add(header);
        int number = 1;
        for (AttemptLine line : lines) {
            LocalDateTime utc = LocalDateTime.ofInstant(line.takenAt(), ZoneOffset.UTC);
            List<String> record = new ArrayList<>(List.of(String.valueOf(number++), utc.toLocalDate().toString(),
                    utc.format(TIME), String.valueOf(line.attempt().score()), String.valueOf(questionIds.size())));
            line.attempt().outcomes().forEach(o -> record.add(o.word()));
            records.add(record);
        }
        return write(records);
    }

    /**
     * One row per choice of each question, in the quiz's order, then a row for the attempts that left it out: which
     * answer the class chose (distractor analysis).
     */
    public static String choices(List<ClassChoices.QuestionCounts> questions) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("position", "question_id", "question", "choice_id", "choice", "right_answer", "attempts",
                "chose_it"));
        for (ClassChoices.QuestionCounts q : questions) {
            for (ClassChoices.Count c : q.choices()) {
                records.add(List.of(String.valueOf(q.position()), safe(q.questionId()), safe(q.text()),
                        safe(c.choiceId()), safe(c.text()), c.right() ? "yes" : "no", String.valueOf(q.attempts()),
                        String.valueOf(c.count())));
            }
            records.add(List.of(String.valueOf(q.position()), safe(q.questionId()), safe(q.text()), "",
                    "(left out)", "no", String.valueOf(q.attempts()), String.valueOf(q.unanswered())));
        }
        return write(records);
    }

    /** A text cell made inert for spreadsheets: {@code =SUM(A1)} becomes {@code '=SUM(A1)}. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    public static String write(List<List<String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}

package org.mskguide.instructors;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    /** An attempt as a row: the day it was sent (no time, nothing about the student) and its outcomes. */
    public record AttemptLine(String takenOn, ClassStats.Attempt attempt) {
    }

    public static String questions(List<QuestionLine> lines) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("position", "question_id", "topic", "question", "review_section", "attempts", "right",
                "wrong", "unanswered", "share_right"));
        for (QuestionLine line : lines) {
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
        List<String> header = new ArrayList<>(List.of("attempt", "taken_on", "score", "total"));
        questionIds.forEach(id -> header.add(safe(id)));
        records.add(header);
        int number = 1;
        for (AttemptLine line : lines) {
            List<String> record = new ArrayList<>(List.of(String.valueOf(number++), safe(line.takenOn()),
                    String.valueOf(line.attempt().score()), String.valueOf(questionIds.size())));
            line.attempt().outcomes().forEach(o -> record.add(o.word()));
            records.add(record);
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

package org.mskguide.instructors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ClassCsvTest {

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void oneRowPerQuestionWithCountsAndShare() throws IOException {
        ClassStats.QuestionRow row = new ClassStats.QuestionRow(2, "q-2", 3, 1, 0);
        String csv = ClassCsv.questions(List.of(new ClassCsv.QuestionLine(row, "knee", "Which, \"really\"?",
                "http://x/topics/knee#a")));

        List<CSVRecord> records = read(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsExactly("position", "question_id", "topic", "question",
                "review_section", "attempts", "right", "wrong", "unanswered", "share_right");
        assertThat(records.get(1).values()).containsExactly("2", "q-2", "knee", "Which, \"really\"?",
                "http://x/topics/knee#a", "4", "3", "1", "0", "0.750");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void oneRowPerAnonymousAttemptWithEachOutcome() throws IOException {
        String csv = ClassCsv.attempts(List.of("q-1", "q-2", "q-3"), List.of(
                new ClassCsv.AttemptLine(java.time.Instant.parse("2026-11-29T23:05:09.123456Z"), new ClassStats.Attempt(List.of(ClassStats.Outcome.RIGHT,
                        ClassStats.Outcome.WRONG, ClassStats.Outcome.UNANSWERED)))));

        List<CSVRecord> records = read(csv);
        assertThat(records.get(0).values()).containsExactly("attempt", "date_utc", "time_utc", "score", "total", "q-1",
                "q-2", "q-3");
        assertThat(records.get(1).values()).containsExactly("1", "2026-11-29", "23:05:09", "1", "3", "right", "wrong",
                "unanswered");
    }

    @Test
    void questionsComeInTheQuizsOrderWhateverOrderTheyAreGiven() throws IOException {
        String csv = ClassCsv.questions(List.of(
                new ClassCsv.QuestionLine(new ClassStats.QuestionRow(3, "c", 0, 1, 0), "t", "C?", "u"),
                new ClassCsv.QuestionLine(new ClassStats.QuestionRow(1, "a", 1, 0, 0), "t", "A?", "u"),
                new ClassCsv.QuestionLine(new ClassStats.QuestionRow(2, "b", 0, 0, 1), "t", "B?", "u")));
        assertThat(read(csv).stream().skip(1).map(r -> r.get(1))).containsExactly("a", "b", "c");
    }

    @Test
    void oneRowPerChoiceThenTheLeftOutOnes() throws IOException {
        List<ClassChoices.QuestionCounts> counts = ClassChoices.count(List.of(new ClassChoices.Offered("q", "Which?",
                List.of(new ClassChoices.Option("a", "=A", false), new ClassChoices.Option("b", "B", true)))),
                List.of(List.of(new ClassChoices.Answer("q", "a", "=A", false)),
                        List.of(new ClassChoices.Answer("q", null, null, false))));
        List<CSVRecord> records = read(ClassCsv.choices(counts));
        assertThat(records).hasSize(4);
        assertThat(records.get(1).values()).containsExactly("1", "q", "Which?", "a", "'=A", "no", "2", "1");
        assertThat(records.get(2).values()).containsExactly("1", "q", "Which?", "b", "B", "yes", "2", "0");
        assertThat(records.get(3).values()).containsExactly("1", "q", "Which?", "", "(left out)", "no", "2", "1");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadeInert() throws IOException {
        assertThat(ClassCsv.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ClassCsv.safe("+1")).isEqualTo("'+1");
        assertThat(ClassCsv.safe("-1")).isEqualTo("'-1");
        assertThat(ClassCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ClassCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(ClassCsv.safe("\rx")).isEqualTo("'\rx");
        assertThat(ClassCsv.safe("What is =?")).isEqualTo("What is =?");

        ClassStats.QuestionRow row = new ClassStats.QuestionRow(1, "q", 0, 0, 0);
        List<CSVRecord> records = read(ClassCsv.questions(List.of(new ClassCsv.QuestionLine(row, "t", "=1+1", "u"))));
        assertThat(records.get(1).get(3)).isEqualTo("'=1+1");
        assertThat(records.get(1).get(9)).isEmpty();
    }
}

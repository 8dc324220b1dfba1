package org.mskguide.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizPages;

/** Turns a study card into the plain records the study templates show. */
@ApplicationScoped
public class StudyPages {

    @Inject
    QuestionBank bank;

    @Inject
    Content content;

    @Inject
    QuizPages quizPages;

    /**
     * @param token        the card as it goes in links
     * @param rows         every question on the card, due first
     * @param due          how many are due today (or overdue)
     * @param dueTomorrow  how many come due tomorrow
     * @param dueWeek      how many come due from tomorrow to seven days from today
     * @param reviewed     the last review's result ("3 of 5 right"), or null
     */
    public record CardPage(String token, List<Row> rows, int due, long dueTomorrow, long dueWeek, Reviewed reviewed) {

        public String href() {
            return "/study?card=" + token;
        }

        public String reviewHref() {
            return "/study/review?card=" + token;
        }

        public String downloadHref() {
            return "/study/card.txt?card=" + token;
        }
    }

    /** @param missed the questions just answered wrong, with the right answer, to read before the next review */
    public record Reviewed(int right, int of, List<Missed> missed) {
    }

    public record Missed(String questionText, String correctText, String explanation, QuizPages.Link section) {
    }

    /** @param dueOn the day it is next due; {@code due} when that is today or earlier */
    public record Row(String questionId, String questionText, String topicTitle, int box, LocalDate dueOn, boolean due) {
    }

    public CardPage card(String token, StudyCard card, LocalDate today, Reviewed reviewed) {
        List<Row> rows = new ArrayList<>();
        card.entries().forEach((id, entry) -> bank.question(id).ifPresent(q -> rows.add(new Row(id, q.text(),
                content.topic(q.topic()).map(Page::title).orElse(q.topic()), entry.box(),
                LocalDate.ofEpochDay(entry.dueDay()), entry.dueDay() <= today.toEpochDay()))));
        rows.sort(Comparator.comparing(Row::dueOn).thenComparingInt(Row::box));
        int due = (int) rows.stream().filter(Row::due).count();
        return new CardPage(token, rows, due, Schedule.dueWithin(card, today, 1), Schedule.dueWithin(card, today, 7),
                reviewed);
    }

    /** The result line of a review, from the numbers and missed ids in the address; nothing here is trusted. */
    public Reviewed reviewed(Integer right, Integer of, List<String> missedIds) {
        if (right == null || of == null || right < 0 || of < 1 || right > of || of > Schedule.SESSION_SIZE) {
            return null;
        }
        List<Missed> missed = missedIds.stream().limit(Schedule.SESSION_SIZE).map(bank::question)
                .flatMap(Optional::stream).map(this::missed).toList();
        return new Reviewed(right, of, missed);
    }

    private Missed missed(Question q) {
        return new Missed(q.text(), q.correctChoice().text(), q.explanation(), quizPages.sectionLink(q.topic(),
                q.section()));
    }

    /** A question's topic, or null when it has left the bank (then it is skipped in reviews). */
    public String topicOf(String questionId) {
        return bank.question(questionId).map(Question::topic).orElse(null);
    }
}

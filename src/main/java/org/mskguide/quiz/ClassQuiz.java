package org.mskguide.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.mskguide.web.AppRoutes;

/**
 * A quiz an instructor set up for one class: fixed questions, a label, and a short code students reach it by
 * ({@code /quiz/class/{code}}). The instructor's private results key is stored only as a hash ({@link #secretHash});
 * the instructors package checks it. Attempts taken through it are ordinary {@link QuizAttempt}s with
 * {@link QuizAttempt#classCode} set. No personal data.
 */
@Entity
@Table(name = "class_quiz")
public class ClassQuiz extends PanacheEntity {

    /** The most questions a class quiz can hold: a lesson's worth, and what one results page can show. */
    public static final int MAX_QUESTIONS = 30;

    public static final int MAX_LABEL = 80;

    @Column(nullable = false, unique = true, updatable = false, length = 16)
    public String code;

    /** SHA-256 of the private results key, as lowercase hex. */
    @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
    public String secretHash;

    @Column(nullable = false, length = MAX_LABEL)
    public String label;

    /** The question ids, comma-separated, in the instructor's order. */
    @Column(name = "question_ids", nullable = false, length = 3100)
    public String questionIds;

    /** Each student gets the questions in a new random order. */
    @Column(nullable = false)
    public boolean shuffled;

    /** The last day students can send answers (UTC), or null when it stays open until closed by hand. */
    @Column(name = "closes_on")
    public LocalDate closesOn;

    /** Closed by the instructor on the results page (can be reopened). */
    @Column(nullable = false)
    public boolean closed;

    /** The "bookmark this now" notice has not been shown yet: the results page shows it once, then clears this. */
    @Column(name = "notice_pending", nullable = false)
    public boolean noticePending;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /**
     * One attempt per browser: a signed cookie marks a browser that has sent its answers, and a second submission is
     * refused politely. A deterrent, not identity (another browser, or a cleared cookie, gets in again).
     */
    @Column(name = "one_per_browser", nullable = false)
    public boolean onePerBrowser;

    /** When a student sees the right answers; stored as its {@link AnswersShown#param()}. */
    @Column(name = "answers_shown", nullable = false, length = 16)
    public String answersShown = AnswersShown.IMMEDIATELY.param();

    /** When students see the right answers and explanations on their result page. */
    public enum AnswersShown {
        /** Straight after sending, like any quiz on the site. */
        IMMEDIATELY("immediately"),
        /** Once the class is closed (by hand, or its last day has passed): until then, the score only. */
        AFTER_CLOSE("after-close"),
        /** The score only, always. */
        NEVER("never");

        private final String param;

        AnswersShown(String param) {
            this.param = param;
        }

        /** The value in the form and in the database, e.g. {@code after-close}. */
        public String param() {
            return param;
        }

        public static Optional<AnswersShown> parse(String value) {
            return Arrays.stream(values()).filter(a -> a.param.equals(value)).findFirst();
        }
    }

    public AnswersShown answersShownChoice() {
        return AnswersShown.parse(answersShown).orElse(AnswersShown.IMMEDIATELY);
    }

    /** Whether a student's result page may show the right answers on {@code today} (UTC). */
    public boolean answersVisibleOn(LocalDate today) {
        return switch (answersShownChoice()) {
            case IMMEDIATELY -> true;
            case AFTER_CLOSE -> !openOn(today);
            case NEVER -> false;
        };
    }

    public List<String> questionIdList() {
        return Arrays.asList(questionIds.split(","));
    }

    /** Open to students on {@code today} (UTC): not closed by hand and not past its closing date. */
    public boolean openOn(LocalDate today) {
        return !closed && (closesOn == null || !today.isAfter(closesOn));
    }

    /** The student link's path. */
    public String studentPath() {
        return AppRoutes.QUIZ_CLASS + "/" + code;
    }

    public static Optional<ClassQuiz> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code).firstResultOptional();
    }

    /** Stores a new class quiz; the caller made the code and the key and checked the questions. */
    public static ClassQuiz create(String code, String secretHash, String label, List<String> questionIds,
            boolean shuffled, LocalDate closesOn, boolean onePerBrowser, AnswersShown answersShown, Instant now) {
        ClassQuiz quiz = new ClassQuiz();
        quiz.code = code;
        quiz.secretHash = secretHash;
        quiz.label = label;
        quiz.questionIds = String.join(",", questionIds);
        quiz.shuffled = shuffled;
        quiz.closesOn = closesOn;
        quiz.closed = false;
        quiz.noticePending = true;
        quiz.onePerBrowser = onePerBrowser;
        quiz.answersShown = answersShown.param();
        quiz.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        quiz.persist();
        return quiz;
    }

    /** Every attempt taken through this class, with answers, oldest first. */
    public List<QuizAttempt> attempts() {
        return QuizAttempt.find("select distinct a from QuizAttempt a left join fetch a.answers where a.classCode = ?1"
                + " order by a.takenAt, a.id", code).list();
    }

    /** Deletes this class and every attempt taken through it (answers first: they reference the attempts). */
    public void deleteWithAttempts() {
        QuizAnswer.delete("attempt.id in (select a.id from QuizAttempt a where a.classCode = ?1)", code);
        QuizAttempt.delete("classCode", code);
        delete();
    }

    /** Deletes every class created before {@code cutoff}, with its attempts; returns how many classes went. */
    public static int deleteCreatedBefore(Instant cutoff) {
        List<ClassQuiz> old = list("createdAt < ?1", cutoff);
        old.forEach(ClassQuiz::deleteWithAttempts);
        return old.size();
    }
}

package org.mskguide.quiz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One graded quiz, as stored. Readers reach it by {@link #publicId}, a random UUID, so nobody can walk
 * through other readers' results; the sequence id never leaves the database. No personal data: only the time,
 * the topic filter and the answers.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntity {

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    public UUID publicId;

    @Column(name = "taken_at", nullable = false, updatable = false)
    public Instant takenAt;

    /** The topic filter ({@code /quiz?topic=}), or null for the mixed quiz. */
    @Column(length = 100)
    public String topic;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public int total;

    /** The class quiz's code when taken through {@code /quiz/class/{code}}, else null. */
    @Column(name = "class_code", length = 16, updatable = false)
    public String classCode;

    /** A quiz of questions named in its address ({@code /quiz?questions=a,b}), e.g. "practise the questions you missed". */
    @Column(nullable = false, updatable = false)
    public boolean chosen;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<QuizAnswer> answers = new ArrayList<>();

    /** The attempt behind {@code /quiz/results/{publicId}}, with its answers loaded. */
    public static Optional<QuizAttempt> findByPublicId(UUID publicId) {
        return find("select distinct a from QuizAttempt a left join fetch a.answers where a.publicId = ?1", publicId)
                .singleResultOptional();
    }

    /** Stores a graded quiz with a copy of each question as it read, so the result renders after the bank changes. */
    public static QuizAttempt record(GradedQuiz graded, Instant takenAt) {
        QuizAttempt attempt = of(graded, takenAt, null, false);
        attempt.persist();
        return attempt;
    }

    /**
     * A graded quiz as it will be stored, not yet persisted (the {@link AttemptWriter} stores it): the answers with a
     * copy of each question as it read, so the result renders after the bank changes.
     *
     * @param classCode the class quiz it was taken through, or null
     * @param chosen    the questions were named in the quiz's address
     */
    public static QuizAttempt of(GradedQuiz graded, Instant takenAt, String classCode, boolean chosen) {
        QuizAttempt attempt = new QuizAttempt();
        attempt.classCode = classCode;
        attempt.chosen = chosen;
        attempt.publicId = UUID.randomUUID();
        // The column keeps microseconds: truncate now, so the 201 response and a later read agree.
        attempt.takenAt = takenAt.truncatedTo(ChronoUnit.MICROS);
        attempt.topic = graded.topic();
        attempt.score = graded.score();
        attempt.total = graded.total();
        int position = 0;
        for (GradedQuiz.Result result : graded.results()) {
            attempt.answers.add(QuizAnswer.of(attempt, position++, result));
        }
        return attempt;
    }
}

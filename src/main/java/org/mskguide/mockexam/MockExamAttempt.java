package org.mskguide.mockexam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.mskguide.quiz.GradedQuiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One submitted mock exam, anonymous: the times, whether it was late, and each question's area and outcome. Reached by
 * {@link #publicId} (a random UUID); the sequence id never leaves the database.
 */
@Entity
@Table(name = "mock_exam_attempt")
public class MockExamAttempt extends PanacheEntity {

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    public UUID publicId;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    /** Submitted after the deadline the signed attempt carried: graded all the same. */
    @Column(nullable = false, updatable = false)
    public boolean late;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public int total;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MockExamAnswer> answers = new ArrayList<>();

    /** Per area: answers and right answers over every stored attempt, e.g. {@code regions -> [36, 20]}. */
    public record AreaTally(String area, long answers, long right) {
    }

    /** The attempt behind {@code /mock-exam/results/{publicId}}, with its answers loaded. */
    public static Optional<MockExamAttempt> findByPublicId(UUID publicId) {
        return find("select distinct a from MockExamAttempt a left join fetch a.answers where a.publicId = ?1", publicId)
                .singleResultOptional();
    }

    public static long countSubmitted() {
        return count();
    }

    public static long countLate() {
        return count("late", true);
    }

    /** Every stored question by area: how many were served and how many answered right. */
    public static List<AreaTally> tallyByArea() {
        return getEntityManager().createQuery("select a.area, count(a), sum(case when a.outcome = :right then 1 else 0 end)"
                + " from MockExamAnswer a group by a.area", Object[].class)
                .setParameter("right", GradedQuiz.Outcome.CORRECT).getResultList().stream()
                .map(row -> new AreaTally((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * A graded exam as it will be stored, in one transaction with its answers (never half-stored).
     *
     * @param areaOf a topic's content area
     */
    public static MockExamAttempt record(GradedQuiz graded, AttemptToken token, Instant submittedAt,
            Function<String, String> areaOf) {
        MockExamAttempt attempt = new MockExamAttempt();
        attempt.publicId = UUID.randomUUID();
        attempt.startedAt = token.startedAt().truncatedTo(ChronoUnit.MICROS);
        attempt.submittedAt = submittedAt.truncatedTo(ChronoUnit.MICROS);
        attempt.late = token.lateAt(submittedAt);
        attempt.score = graded.score();
        attempt.total = graded.total();
        int position = 0;
        for (GradedQuiz.Result result : graded.results()) {
            attempt.answers.add(MockExamAnswer.of(attempt, position++, result, areaOf.apply(result.question().topic())));
        }
        attempt.persist();
        return attempt;
    }
}

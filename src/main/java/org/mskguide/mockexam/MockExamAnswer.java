package org.mskguide.mockexam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mskguide.quiz.GradedQuiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One question of a stored mock exam: where it belongs (area, topic, section) and how it went; not the choice picked. */
@Entity
@Table(name = "mock_exam_answer")
public class MockExamAnswer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    public MockExamAttempt attempt;

    @Column(nullable = false)
    public int position;

    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    /** The guide's area at the time (e.g. {@code regions}), so old results keep their breakdown. */
    @Column(nullable = false, length = 100)
    public String area;

    @Column(nullable = false, length = 100)
    public String topic;

    @Column(nullable = false, length = 200)
    public String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public GradedQuiz.Outcome outcome;

    static MockExamAnswer of(MockExamAttempt attempt, int position, GradedQuiz.Result result, String area) {
        MockExamAnswer answer = new MockExamAnswer();
        answer.attempt = attempt;
        answer.position = position;
        answer.questionId = result.question().id();
        answer.area = area;
        answer.topic = result.question().topic();
        answer.section = result.question().section();
        answer.outcome = result.outcome();
        return answer;
    }
}

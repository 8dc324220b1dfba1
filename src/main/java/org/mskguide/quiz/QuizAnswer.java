package org.mskguide.quiz;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One question of a stored attempt: what was chosen, what was right, and a snapshot of the question (text,
 * the two choice texts, explanation, topic and section) taken when it was graded. Result pages render from
 * the snapshot, so editing or retiring a question never changes or breaks an old result.
 */
@Entity
@Table(name = "quiz_answer")
public class QuizAnswer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    public QuizAttempt attempt;

    /** Order in which the question was shown. */
    @Column(nullable = false)
    public int position;

    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Column(nullable = false, length = 100)
    public String topic;

    @Column(nullable = false, length = 200)
    public String section;

    @Column(name = "question_text", nullable = false, length = QuestionBankLoader.MAX_QUESTION)
    public String questionText;

    /** Null when the question was left unanswered. */
    @Column(name = "chosen_choice_id", length = 100)
    public String chosenChoiceId;

    @Column(name = "chosen_text", length = QuestionBankLoader.MAX_CHOICE)
    public String chosenText;

    @Column(name = "correct_choice_id", nullable = false, length = 100)
    public String correctChoiceId;

    @Column(name = "correct_text", nullable = false, length = QuestionBankLoader.MAX_CHOICE)
    public String correctText;

    @Column(nullable = false)
    public boolean correct;

    @Column(nullable = false, length = QuestionBankLoader.MAX_EXPLANATION)
    public String explanation;

    @Column(name = "why_others_wrong", length = QuestionBankLoader.MAX_EXPLANATION)
    public String whyOthersWrong;

    static QuizAnswer of(QuizAttempt attempt, int position, GradedQuiz.Result result) {
        Question question = result.question();
        Choice right = question.correctChoice();
        QuizAnswer answer = new QuizAnswer();
        answer.attempt = attempt;
        answer.position = position;
        answer.questionId = question.id();
        answer.topic = question.topic();
        answer.section = question.section();
        answer.questionText = question.text();
        answer.chosenChoiceId = result.chosen() == null ? null : result.chosen().id();
        answer.chosenText = result.chosen() == null ? null : result.chosen().text();
        answer.correctChoiceId = right.id();
        answer.correctText = right.text();
        answer.correct = result.outcome() == GradedQuiz.Outcome.CORRECT;
        answer.explanation = question.explanation();
        answer.whyOthersWrong = question.whyOthersWrong();
        return answer;
    }

    /** How this answer went, as the grader saw it. */
    public GradedQuiz.Outcome outcome() {
        if (chosenChoiceId == null) {
            return GradedQuiz.Outcome.UNANSWERED;
        }
        return correct ? GradedQuiz.Outcome.CORRECT : GradedQuiz.Outcome.WRONG;
    }

    /**
     * Per question: how many stored attempts showed it, answered it and got it right, in one grouped query
     * whatever the number of questions. Usage: {@code QuizAnswer.statsByQuestion(Optional.of("dynamic-imaging"))}.
     *
     * @param topic only questions of this topic (however the quiz was filtered), or all
     */
    public static List<QuestionStats> statsByQuestion(Optional<String> topic) {
        String where = topic.isPresent() ? " where a.topic = :topic" : "";
        var query = getEntityManager().createQuery("select new org.mskguide.quiz.QuestionStats(a.questionId, "
                + "count(a), count(a.chosenChoiceId), sum(case when a.correct then 1 else 0 end)) "
                + "from QuizAnswer a" + where + " group by a.questionId", QuestionStats.class);
        topic.ifPresent(t -> query.setParameter("topic", t));
        return query.getResultList();
    }
}

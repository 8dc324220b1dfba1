package org.mskguide.mockexam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mskguide.quiz.GradedQuiz;
import org.mskguide.quiz.Grader;
import org.mskguide.quiz.InvalidAnswers;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.study.StudyCards;

/**
 * Starts, checks and stores mock exams. The attempt is signed with a key derived from the study card key (one secret
 * to configure, {@code GUIDE_STUDY_KEY}); the clock is fixed in tests ({@code %test.guide.mock-exam.now}).
 */
@ApplicationScoped
public class MockExams {

    @Inject
    StudyCards cards;

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @ConfigProperty(name = "guide.mock-exam.now")
    Optional<Instant> fixedNow;

    private AttemptToken.Codec codec;

    private Clock clock;

    @PostConstruct
    void init() {
        codec = new AttemptToken.Codec(cards.keyFor("mock-exam-attempt-v1"));
        clock = fixedNow.map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElse(Clock.systemUTC());
    }

    public Blueprint blueprint() {
        return Blueprint.GUIDE;
    }

    public Instant now() {
        return clock.instant();
    }

    public AttemptToken.Codec codec() {
        return codec;
    }

    /** A new attempt: the questions drawn now, the deadline the blueprint's time limit from now. */
    public String start(Random random) {
        Instant now = now();
        List<String> ids = blueprint().draw(bank, random).stream().map(Question::id).toList();
        return codec.encode(new AttemptToken(now, now.plus(blueprint().timeLimit()), ids));
    }

    public AttemptToken read(String token) throws InvalidAttempt {
        return codec.decode(token);
    }

    /** The attempt's questions, in the order served; one that has left the bank since makes the attempt outdated. */
    public List<Question> questions(AttemptToken attempt) throws InvalidAttempt {
        List<Question> served = new java.util.ArrayList<>();
        for (String id : attempt.questionIds()) {
            served.add(bank.question(id).orElseThrow(() -> new InvalidAttempt(InvalidAttempt.Reason.OUTDATED)));
        }
        return served;
    }

    /** Grades with the quiz's grader and stores the attempt and its answers in one transaction. */
    @Transactional
    public MockExamAttempt submit(AttemptToken attempt, List<Question> served, ExamForm form) throws InvalidAnswers {
        GradedQuiz graded = grader.gradeServed(served, form.answers());
        return MockExamAttempt.record(graded, attempt, now(), bank::area);
    }
}

package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades submissions against the question bank, and only against it: the reader's browser or an API client
 * says which choice it picked, never what is right. Anything that does not match the bank or the quiz that
 * was served is refused with {@link InvalidAnswers} rather than graded. Pure Java, tested without Quarkus.
 * Usage: {@code GradedQuiz graded = grader.gradeForm(null, servedIds, Map.of("rmsks-two-exams", "b"));}
 */
public final class Grader {

    private final QuestionBank bank;
    private final int mixedSize;

    /** @param mixedSize how many questions the mixed quiz at {@code /quiz} serves */
    public Grader(QuestionBank bank, int mixedSize) {
        this.bank = bank;
        this.mixedSize = mixedSize;
    }

    /**
     * The questions a quiz form says it served, checked against what {@code /quiz} (topic null) or
     * {@code /quiz?topic=} really serves, so an edited hidden list cannot drop the hard questions.
     */
    public List<Question> servedQuestions(String topic, List<String> ids) throws InvalidAnswers {
        List<Question> served = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new InvalidAnswers("The list of questions names '" + id + "' twice.");
            }
            served.add(bank.question(id).orElseThrow(() -> new InvalidAnswers(
                    "The list of questions names '" + id + "', which is not a question of this quiz.")));
        }
        if (topic == null) {
            if (!bank.couldBeMixedDraw(served, mixedSize)) {
                throw new InvalidAnswers("The list of questions was changed: it is not a quiz this site serves.");
            }
        } else if (!new HashSet<>(served).equals(new HashSet<>(topicQuestions(topic)))) {
            throw new InvalidAnswers("The list of questions was changed: it does not match the quiz for this topic.");
        }
        return served;
    }

    /**
     * The questions of a quiz named in its address ({@code /quiz?questions=a,b}), checked like that address: known ids,
     * each once, at most {@link ClassQuiz#MAX_QUESTIONS}. Any such list is a quiz this site serves, so nothing more is
     * checked.
     */
    public List<Question> chosenQuestions(List<String> ids) throws InvalidAnswers {
        QuestionSelection selection = QuestionSelection.parse(bank, null, String.join(",", ids), ClassQuiz.MAX_QUESTIONS);
        if (!selection.isValid() || selection.questions().isEmpty()) {
            throw new InvalidAnswers(selection.isValid() ? "The list of questions in the form is missing."
                    : selection.errors().all().get(0).message());
        }
        return selection.questions();
    }

    /**
     * The questions a class quiz form says it served, checked against the class's own list: the same questions, each
     * once, in any order (a shuffled class quiz serves them in a new order each time).
     */
    public List<Question> classQuestions(List<String> classIds, List<String> servedIds) throws InvalidAnswers {
        List<Question> served = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : servedIds) {
            if (!seen.add(id) || !classIds.contains(id)) {
                throw new InvalidAnswers("The list of questions was changed: it does not match this class quiz.");
            }
            served.add(bank.question(id).orElseThrow(() -> new InvalidAnswers(
                    "The list of questions names '" + id + "', which is no longer a question of this quiz.")));
        }
        if (served.size() != classIds.size()) {
            throw new InvalidAnswers("The list of questions was changed: it does not match this class quiz.");
        }
        return served;
    }

    /** Grades answers to questions already checked by {@link #chosenQuestions} or {@link #classQuestions}. */
    public GradedQuiz gradeServed(List<Question> served, Map<String, String> answers) throws InvalidAnswers {
        return grade(null, served, answers);
    }

    /** Grades an HTML form: the served list comes from the form's hidden field and is checked first. */
    public GradedQuiz gradeForm(String topic, List<String> servedIds, Map<String, String> answers) throws InvalidAnswers {
        return grade(topic, servedQuestions(topic, servedIds), answers);
    }

    /**
     * Grades an API attempt. With a topic, every question of that topic counts (unanswered ones too); without
     * one, only the questions answered count, since the client chose which questions to ask.
     */
    public GradedQuiz gradeApi(String topic, Map<String, String> answers) throws InvalidAnswers {
        if (topic != null) {
            return grade(topic, topicQuestions(topic), answers);
        }
        requireSome(answers);
        requireAtMost(answers, bank.questions().size());
        List<Question> answered = new ArrayList<>();
        for (Question question : bank.questions()) {
            if (answers.containsKey(question.id())) {
                answered.add(question);
            }
        }
        return grade(null, answered, answers);
    }

    private GradedQuiz grade(String topic, List<Question> served, Map<String, String> answers) throws InvalidAnswers {
        requireSome(answers);
        for (String id : answers.keySet()) {
            if (bank.question(id).isEmpty()) {
                throw new InvalidAnswers("There is no question '" + id + "'.");
            }
        }
        requireAtMost(answers, served.size());
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Question question = bank.question(answer.getKey()).orElseThrow();
            if (!served.contains(question)) {
                throw new InvalidAnswers("Question '" + question.id() + "' is not part of this quiz.");
            }
            if (question.choice(answer.getValue()).isEmpty()) {
                throw new InvalidAnswers("'" + answer.getValue() + "' is not one of the choices of question '"
                        + question.id() + "'.");
            }
        }
        List<GradedQuiz.Result> results = new ArrayList<>();
        for (Question question : served) {
            String chosen = answers.get(question.id());
            results.add(new GradedQuiz.Result(question, chosen == null ? null : question.choice(chosen).orElseThrow()));
        }
        return new GradedQuiz(topic, results);
    }

    private List<Question> topicQuestions(String topic) throws InvalidAnswers {
        List<Question> questions = bank.forTopic(topic);
        if (questions.isEmpty()) {
            throw new InvalidAnswers("There is no quiz for topic '" + topic + "'.");
        }
        return questions;
    }

    private static void requireSome(Map<String, String> answers) throws InvalidAnswers {
        if (answers.isEmpty()) {
            throw new InvalidAnswers("No answers were given: choose an answer to at least one question.");
        }
    }

    private static void requireAtMost(Map<String, String> answers, int questions) throws InvalidAnswers {
        if (answers.size() > questions) {
            throw new InvalidAnswers("Too many answers: " + answers.size() + " given, but this quiz has " + questions
                    + " questions.");
        }
    }
}

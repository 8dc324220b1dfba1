package org.mskguide.instructors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizPages;

/**
 * The question picker ({@code /instructors/class-quizzes/pick}): the whole bank by topic, each question with its text,
 * its figure and its choices (the right one named), and a checkbox. The ticked ids go to the class-quiz form as
 * {@code questions=a&questions=b}; no script is needed. Usage: {@code picker.topics(ticked)}.
 */
@ApplicationScoped
public class QuestionPicker {

    /** A topic's questions, open when one of them is ticked so the instructor sees the choice again. */
    public record PickerTopic(String slug, String title, List<PickerQuestion> questions, int ticked) {
    }

    /**
     * @param figure the question's picture as HTML, or null
     * @param choices the choices in the authored order
     */
    public record PickerQuestion(String id, String text, String figure, List<PickerChoice> choices, boolean checked) {
    }

    public record PickerChoice(String text, boolean right) {
    }

    @Inject
    QuestionBank bank;

    @Inject
    Content content;

    @Inject
    QuizPages quizPages;

    public List<PickerTopic> topics(List<String> ticked) {
        Set<String> checked = new LinkedHashSet<>(ids(ticked));
        List<PickerTopic> topics = new ArrayList<>();
        for (String slug : bank.topics()) {
            List<PickerQuestion> questions = new ArrayList<>();
            int count = 0;
            for (Question q : bank.forTopic(slug)) {
                boolean on = checked.contains(q.id());
                count += on ? 1 : 0;
                questions.add(new PickerQuestion(q.id(), q.text(), quizPages.figure(q, "pick-" + q.id() + "-"),
                        q.choices().stream().map(c -> new PickerChoice(c.text(), c.correct())).toList(), on));
            }
            topics.add(new PickerTopic(slug, content.topic(slug).map(Page::title).orElse(slug), questions, count));
        }
        return topics;
    }

    /** Ids as sent: one per ticked box, or comma-separated lists typed into the address; blanks dropped. */
    static List<String> ids(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            for (String id : value.split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }
}

package org.mskguide.export;

import org.mskguide.quiz.Question;

/**
 * One question as the exporters need it: the question itself, where to review it (absolute, so the link works
 * inside a learning platform), and its picture as a file, if it has one. Exporters take only these, so a test can
 * build any question (for example one full of characters the formats treat specially) without the application.
 *
 * @param sectionTitle the heading of the section to review, e.g. "Long axis and short axis"
 * @param sectionUrl   absolute address of that section, e.g. {@code https://example.org/topics/x#y}
 * @param figure       the question's figure as a file, or null for a text question
 */
public record ExportItem(Question question, String sectionTitle, String sectionUrl, FigureFile figure) {

    /** The feedback shown after answering: the explanation, then why the others are wrong when there is a note. */
    public String feedbackText() {
        return question.whyOthersWrong() == null ? question.explanation()
                : question.explanation() + "\n" + question.whyOthersWrong();
    }
}

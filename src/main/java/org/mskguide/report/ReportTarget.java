package org.mskguide.report;

import java.util.Optional;

import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

/**
 * What a report is about: a topic (optionally one of its sections), a quiz question, or the guide in general. Built
 * only from what exists, so a stored report always names a real place and the maintainers can open it.
 * Pure Java. Usage: {@code ReportTarget.resolve(content, bank, "dynamic-imaging", "why-motion-matters", null)}.
 *
 * @param topic      the topic's slug, or null for the guide in general
 * @param section    the section's anchor on the topic page, or null for the whole page
 * @param questionId the quiz question's id, or null
 * @param label      what the form and the maintainers' list show, e.g. "Dynamic imaging, section “Why motion matters”"
 * @param href       the site path of the place, e.g. {@code /topics/dynamic-imaging#why-motion-matters}
 */
public record ReportTarget(String topic, String section, String questionId, String label, String href) {

    /** Ids and slugs are short; anything longer is not one of ours and is not looked up. */
    static final int MAX_PARAMETER = 200;

    /** A report about the guide as a whole (from the about page). */
    public static final ReportTarget GENERAL = new ReportTarget(null, null, null, "The guide in general", "/");

    /**
     * The place named by the form's hidden fields (or the link's query): a question wins over a page; no value at all
     * is the guide in general. Empty when a value names nothing that exists.
     */
    public static Optional<ReportTarget> resolve(Content content, QuestionBank bank, String page, String section,
            String question) {
        if (tooLong(page) || tooLong(section) || tooLong(question)) {
            return Optional.empty();
        }
        if (!blank(question)) {
            return bank.question(question.strip()).map(q -> ofQuestion(content, q));
        }
        if (blank(page)) {
            return blank(section) ? Optional.of(GENERAL) : Optional.empty();
        }
        Optional<Page> topic = content.topic(page.strip());
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Page p = topic.get();
        if (blank(section)) {
            return Optional.of(new ReportTarget(p.slug(), null, null, p.title(), p.path()));
        }
        return p.headings().stream().filter(h -> h.id().equals(section.strip())).findFirst()
                .map(h -> ofSection(p, h));
    }

    /** Whether the report is about a quiz question (the form words its hint differently). */
    public boolean isQuestion() {
        return questionId != null;
    }

    /** The query that names this place again, e.g. {@code page=knee-ultrasound&section=tendons}; empty for GENERAL. */
    public String query() {
        if (questionId != null) {
            return "question=" + questionId;
        }
        if (topic == null) {
            return "";
        }
        return "page=" + topic + (section == null ? "" : "&section=" + section);
    }

    private static ReportTarget ofSection(Page page, Heading heading) {
        return new ReportTarget(page.slug(), heading.id(), null,
                page.title() + ", section “" + heading.text() + "”", page.path() + "#" + heading.id());
    }

    private static ReportTarget ofQuestion(Content content, Question q) {
        String where = content.topic(q.topic()).map(Page::title).orElse(q.topic());
        return new ReportTarget(q.topic(), q.section(), q.id(), "Quiz question " + q.id() + " (" + where + "): " + q.text(),
                q.sectionPath());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_PARAMETER;
    }
}

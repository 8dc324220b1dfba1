package org.mskguide.export;

import java.util.List;

import org.mskguide.content.ContentLicence;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;

/**
 * GIFT, the plain-text question format Moodle imports: {@code ::name::[html]question{=right ~wrong ####feedback}}.
 * Every piece of content is first HTML-escaped ({@link HtmlFragment}) and then GIFT-escaped ({@link #escape}), so
 * the characters GIFT reserves ({@code ~ = # { } :} and the backslash) and line breaks can never end a question
 * early. GIFT cannot carry files: a picture is an {@code <img>} pointing at the figure's address on this site
 * ({@code figureBaseUrl + name.svg}); Moodle XML carries the picture itself. Each question is preceded by
 * {@code // [id:<question id>]}, which Moodle stores as the question's ID number.
 * Usage: {@code Gift.write(items, "https://example.org/instructors/export/figures/")}.
 */
public final class Gift {

    /**
     * GIFT has no "do not shuffle" switch, and Moodle shuffles a question's answers by default. A picture question's
     * answers are letters that name places in the drawing, so each stays right in any order; only the order may differ
     * from the drawing's. The comment says so to whoever opens the file; Moodle XML keeps the order.
     */
    static final String PICTURE_NOTE = "// Picture question: the answers are letters in the drawing, right in any order."
            + " Moodle may shuffle them; the Moodle XML export keeps the drawing's order.\n";

    private Gift() {
    }

    public static String write(List<ExportItem> items, String figureBaseUrl) {
        StringBuilder out = new StringBuilder();
        out.append("// MSK Ultrasound Guide questions in GIFT format. Import: Question bank > Import > GIFT format.\n");
        out.append("// ").append(ContentLicence.CONTENT.notice()).append('\n');
        String category = null;
        for (ExportItem item : items) {
            Question q = item.question();
            if (!q.topic().equals(category)) {
                category = q.topic();
                // Topic slugs are lowercase words and hyphens: nothing to escape in the category line.
                out.append("\n$CATEGORY: ").append(MoodleXml.categoryPath("MSK Ultrasound Guide", category))
                        .append("\n");
            }
            FigureFile figure = item.figure();
            out.append('\n');
            if (q.lettered()) {
                out.append(PICTURE_NOTE);
            }
            // Moodle reads "[id:...]" in the comment line before a question as the question's ID number.
            out.append("// [id:").append(q.id().replace("]", "")).append("]\n");
            out.append("::").append(escape(q.id())).append("::[html]")
                    .append(escape(HtmlFragment.question(q.text(),
                            figure == null ? null : figureBaseUrl + figure.fileName(), figure == null ? null : figure.alt())))
                    .append(" {\n");
            for (Choice choice : q.choices()) {
                out.append(choice.correct() ? "\t=" : "\t~").append(escape(HtmlFragment.text(choice.text()))).append('\n');
            }
            out.append("\t####").append(escape(HtmlFragment.feedback(item))).append("\n}\n");
        }
        return out.toString();
    }

    /**
     * Escapes GIFT's reserved characters with a backslash, and a line break as {@code \n} (a blank line would end the
     * question), e.g. {@code escape("a=b")} is {@code a\=b}.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    // dropped: \r\n is one line break
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

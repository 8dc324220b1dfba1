package org.mskguide.export;

import java.io.OutputStream;
import java.util.Base64;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mskguide.content.ContentLicence;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;

/**
 * Moodle XML (Question bank, Import, "Moodle XML format"): one {@code multichoice} question per item, single answer,
 * the right choice at 100 % and the others at 0 %, the explanation and the section link as general feedback. A
 * category per topic keeps a topic's questions together after import. A picture travels inside the file as a
 * base64 {@code <file>} and the question text points at it with {@code @@PLUGINFILE@@}, as Moodle's own export does.
 * Usage: {@code MoodleXml.write(items, "MSK Ultrasound Guide", out)}.
 */
public final class MoodleXml {

    private MoodleXml() {
    }

    public static void write(List<ExportItem> items, String categoryRoot, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            // Moodle's question XML has no licence field; a comment keeps the notice with the file.
            w.writeComment(" " + ContentLicence.CONTENT.notice() + " ");
            w.writeCharacters("\n");
            w.writeStartElement("quiz");
            String category = null;
            for (ExportItem item : items) {
                if (!item.question().topic().equals(category)) {
                    category = item.question().topic();
                    category(w, categoryPath(categoryRoot, category));
                }
                question(w, item);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Moodle XML", e);
        }
    }

    /**
     * {@code top/<root>/<topic>}: relative to wherever the instructor imports, with no {@code $course$/} prefix, so the
     * same file imports into a course's, a category's or (Moodle 5) a shared question bank.
     */
    static String categoryPath(String root, String topic) {
        return "top/" + root + "/" + topic;
    }

    private static void category(XMLStreamWriter w, String path) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("question");
        w.writeAttribute("type", "category");
        w.writeStartElement("category");
        textElement(w, "text", path);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void question(XMLStreamWriter w, ExportItem item) throws XMLStreamException {
        Question q = item.question();
        FigureFile figure = item.figure();
        w.writeCharacters("\n");
        w.writeStartElement("question");
        w.writeAttribute("type", "multichoice");
        w.writeStartElement("name");
        textElement(w, "text", q.id());
        w.writeEndElement();
        w.writeStartElement("questiontext");
        w.writeAttribute("format", "html");
        textElement(w, "text", HtmlFragment.question(q.text(),
                figure == null ? null : "@@PLUGINFILE@@/" + figure.fileName(), figure == null ? null : figure.alt()));
        if (figure != null) {
            w.writeStartElement("file");
            w.writeAttribute("name", figure.fileName());
            w.writeAttribute("path", "/");
            w.writeAttribute("encoding", "base64");
            w.writeCharacters(Base64.getEncoder().encodeToString(figure.bytes()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("generalfeedback");
        w.writeAttribute("format", "html");
        textElement(w, "text", HtmlFragment.feedback(item));
        w.writeEndElement();
        textElement(w, "defaultgrade", "1");
        textElement(w, "penalty", "0");
        textElement(w, "hidden", "0");
        textElement(w, "idnumber", q.id());
        textElement(w, "single", "true");
        // Picture questions list letters in the drawing's order; shuffling them would only confuse.
        textElement(w, "shuffleanswers", q.lettered() ? "false" : "true");
        textElement(w, "answernumbering", q.picture() == null && q.hotspot() == null ? "abc" : "none");
        for (Choice choice : q.choices()) {
            w.writeStartElement("answer");
            w.writeAttribute("fraction", choice.correct() ? "100" : "0");
            w.writeAttribute("format", "html");
            textElement(w, "text", HtmlFragment.text(choice.text()));
            w.writeStartElement("feedback");
            w.writeAttribute("format", "html");
            textElement(w, "text", choice.correct() ? "Correct." : "Not this one.");
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void textElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}

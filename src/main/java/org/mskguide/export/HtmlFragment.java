package org.mskguide.export;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The small HTML fragments a learning platform shows (question text, feedback), written with the JDK's StAX writer so
 * every character of the content is escaped by the library, never by hand. The output is XHTML-compatible HTML, so
 * tests read it back with an XML parser. Line breaks in the text become {@code <br/>}.
 * Usage: {@code HtmlFragment.question("Which letter...?", "@@PLUGINFILE@@/x.svg", "A drawing of...")}.
 */
public final class HtmlFragment {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private HtmlFragment() {
    }

    /** The question in a paragraph, then its picture when {@code imageSrc} is not null. */
    public static String question(String text, String imageSrc, String alt) {
        return write(w -> {
            paragraph(w, text);
            if (imageSrc != null) {
                w.writeStartElement("p");
                w.writeEmptyElement("img");
                w.writeAttribute("src", imageSrc);
                w.writeAttribute("alt", alt);
                w.writeEndElement();
            }
        });
    }

    /** The feedback: the explanation, then a paragraph linking the section to review. */
    public static String feedback(ExportItem item) {
        return write(w -> {
            paragraph(w, item.feedbackText());
            w.writeStartElement("p");
            w.writeCharacters("Review: ");
            w.writeStartElement("a");
            w.writeAttribute("href", item.sectionUrl());
            w.writeCharacters(item.sectionTitle());
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** Plain text, escaped, with line breaks; for a choice. */
    public static String text(String text) {
        return write(w -> lines(w, text));
    }

    private static void paragraph(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("p");
        lines(w, text);
        w.writeEndElement();
    }

    private static void lines(XMLStreamWriter w, String text) throws XMLStreamException {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                w.writeEmptyElement("br");
            }
            w.writeCharacters(lines[i]);
        }
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            body.write(w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an HTML fragment", e);
        }
        return out.toString();
    }
}

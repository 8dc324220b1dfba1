package org.mskguide.chart;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site's one writer for inline SVG (charts, the explorers' drawings, generated content figures), over the JDK's
 * {@link XMLStreamWriter}, which escapes every text and attribute value: a label may hold any characters and still
 * cannot break out of the drawing. It lives in the lowest drawing layer so every caller above may use it.
 * <p>
 * Example: {@code new Svg().open("g", "class", "axis").text(10, 20, "50%").close().finish()}.
 * Attributes are name/value pairs; a null value leaves the attribute out.
 */
public final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    public Svg() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No XML writer", e);
        }
    }

    /**
     * The root element: the drawing's size in user units (width at most 720, the width figures use), with its
     * own xmlns so the fragment is a well-formed SVG document too.
     */
    public Svg root(double width, double height, String... attributes) {
        try {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element that gets children; close it with {@link #close()}. */
    public Svg open(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without children, e.g. {@code leaf("rect", "x", "0", ...)}. */
    public Svg leaf(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text, e.g. {@code <title id="x">A title</title>}. */
    public Svg element(String name, String content, String... attributes) {
        open(name, attributes);
        try {
            xml.writeCharacters(content);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return close();
    }

    /** A {@code <text>} at (x, y), its baseline at y. */
    public Svg text(double x, double y, String content, String... attributes) {
        String[] all = new String[attributes.length + 4];
        all[0] = "x";
        all[1] = num(x);
        all[2] = "y";
        all[3] = num(y);
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        return element("text", content, all);
    }

    public Svg close() {
        try {
            xml.writeEndElement();
            depth--;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes whatever is still open and returns the markup. */
    public String finish() {
        try {
            while (depth > 0) {
                close();
            }
            xml.flush();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    /** A coordinate with at most one decimal and no trailing zero: {@code 12}, {@code 12.5}. */
    public static String num(double value) {
        // Whole tenths written out by hand: a chart writes hundreds of these per request, and String.format
        // parses its pattern every time. Same text as "%.1f" of the rounded value.
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }
}

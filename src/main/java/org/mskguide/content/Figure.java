package org.mskguide.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One figure's drawing, read from {@code content/figures/<name>.svg} (or built by a {@link GeneratedFigure}) and
 * already checked by {@link FigureChecker}: only drawing elements, palette classes, ids that start with
 * {@code <name>-}. It is kept as a small immutable tree, not as text, so it can be written out with the ids it
 * needs where it is shown: the same figure twice on one page (a quiz form) gets a different id prefix each time.
 * Usage: {@code figure.svg("")} on its topic page, {@code figure.svg("q3-")} in the third quiz question.
 *
 * @param file   where it came from, relative to the content folder (e.g. {@code figures/long-axis.svg})
 * @param title  the text of its {@code <title>}: the short accessible name, also used in the page's contents
 * @param desc   the text of its {@code <desc>}
 * @param width  the viewBox width in user units (at most {@link FigureChecker#MAX_WIDTH})
 * @param labels the text of every {@code <text>} element, trimmed: quiz questions check their region letters here
 */
public record Figure(String name, String file, String title, String desc, double width, double height,
        Set<String> labels, Element root) implements java.io.Serializable {

    /** Labels of 16 units must show at 14 CSS px or more: the narrowest the drawing may get is 14/16 of its width. */
    static final double NARROWEST_SCALE = 14.0 / 16.0;

    /** Steps of the CSS classes {@code fig-min-320} ... {@code fig-min-640} in site.css. */
    static final int MIN_WIDTH_STEP = 80;

    public Figure {
        labels = Set.copyOf(labels);
    }

    /** A node of the drawing: an element or a run of text. */
    public sealed interface Node extends java.io.Serializable permits Element, Text {
    }

    /** An element with its attributes in file order (names as written, e.g. {@code xlink:href}). */
    public record Element(String name, List<Map.Entry<String, String>> attributes, List<Node> children)
            implements Node {

        public Element {
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }

        public String attr(String attribute) {
            return attributes.stream().filter(a -> a.getKey().equals(attribute)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    public record Text(String value) implements Node {
    }

    /** The id given to the {@code <title>} where the figure is shown with this id prefix. */
    public String titleId(String idPrefix) {
        return idPrefix + name + "-title";
    }

    /** The id given to the {@code <desc>} where the figure is shown with this id prefix. */
    public String descId(String idPrefix) {
        return idPrefix + name + "-desc";
    }

    /**
     * The CSS class that keeps the drawing wide enough for 16-unit labels to stay at 14 px or more on a narrow
     * screen (the figure then scrolls sideways in its wrapper): {@code fig-min-640} for a 720-wide drawing.
     */
    public String minWidthClass() {
        int px = (int) Math.ceil(width * NARROWEST_SCALE / MIN_WIDTH_STEP) * MIN_WIDTH_STEP;
        return "fig-min-" + Math.max(4 * MIN_WIDTH_STEP, px);
    }

    /**
     * The inline {@code <svg>} markup: {@code role="img"} named by its title and desc, its natural size (one user
     * unit per CSS pixel, scaled down by CSS to the column), and every id and {@code #id} reference prefixed.
     */
    public String svg(String idPrefix) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg");
        for (Map.Entry<String, String> a : root.attributes()) {
            // Inline in HTML the parser puts <svg> in the SVG namespace itself: the declarations are not needed.
            if (!a.getKey().equals("class") && !a.getKey().startsWith("xmlns")) {
                attribute(out, a.getKey(), prefixed(a, idPrefix));
            }
        }
        String own = root.attr("class");
        attribute(out, "width", number(width));
        attribute(out, "height", number(height));
        attribute(out, "class", (own == null ? "" : own + " ") + minWidthClass());
        attribute(out, "role", "img");
        attribute(out, "aria-labelledby", titleId(idPrefix) + " " + descId(idPrefix));
        out.append('>');
        int elementIndex = 0;
        for (Node child : root.children()) {
            if (child instanceof Element e && elementIndex < 2) {
                // The checker made sure the first two elements are <title> and <desc>, without ids.
                String id = elementIndex == 0 ? titleId(idPrefix) : descId(idPrefix);
                out.append('<').append(e.name());
                attribute(out, "id", id);
                out.append('>');
                e.children().forEach(c -> write(out, c, idPrefix));
                out.append("</").append(e.name()).append('>');
                elementIndex++;
            } else {
                write(out, child, idPrefix);
            }
        }
        return out.append("</svg>").toString();
    }

    private static void write(StringBuilder out, Node node, String idPrefix) {
        if (node instanceof Text t) {
            escape(out, t.value(), false);
            return;
        }
        Element e = (Element) node;
        out.append('<').append(e.name());
        for (Map.Entry<String, String> a : e.attributes()) {
            attribute(out, a.getKey(), prefixed(a, idPrefix));
        }
        if (e.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        e.children().forEach(c -> write(out, c, idPrefix));
        out.append("</").append(e.name()).append('>');
    }

    /** The attribute's value with ids and local references ({@code #x}, {@code url(#x)}) moved under the prefix. */
    private static String prefixed(Map.Entry<String, String> a, String idPrefix) {
        String value = a.getValue();
        if (idPrefix.isEmpty()) {
            return value;
        }
        String name = a.getKey();
        if (name.equals("id")) {
            return idPrefix + value;
        }
        if ((name.equals("href") || name.equals("xlink:href")) && value.startsWith("#")) {
            return "#" + idPrefix + value.substring(1);
        }
        return value.replace("url(#", "url(#" + idPrefix);
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(out, value, true);
        out.append('"');
    }

    private static void escape(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

package org.mskguide.content;

import java.io.IOException;
import java.io.StringReader;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one figure's SVG with the JDK's XML parser (no DOCTYPE, no entities, nothing fetched) and refuses, naming
 * the file, anything but a plain drawing: the rules are the figure section of docs/authoring.md.
 * An allow-list, not a deny-list: an element, attribute or class this class does not know is refused, so a new
 * SVG feature has to be thought about before it can reach a page. Plain Java, tested without Quarkus.
 * Usage: {@code Figure f = FigureChecker.check("long-axis", "figures/long-axis.svg", Files.readString(path));}
 */
public final class FigureChecker {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** Widest viewBox: the text column is about 704 CSS px, so 720 units keep 18-unit labels near 18 px. */
    public static final double MAX_WIDTH = 720;

    /** Smallest label size in user units (the {@code t-small} class); the default is 18. */
    public static final double MIN_FONT_SIZE = 16;

    /** A figure is inlined in its page, which must stay small: this is a hard stop, 6 KB is the aim. */
    public static final int MAX_BYTES = 16 * 1024;

    /** The colour and text classes site.css defines for light, dark and print; nothing else may colour a figure. */
    public static final Set<String> PALETTE = Set.of(
            "f-paper", "f-ink", "f-screen", "f-anechoic", "f-hypo", "f-iso", "f-hyper", "f-bright",
            "f-skin", "f-fat", "f-muscle", "f-tendon", "f-ligament", "f-bone", "f-cartilage", "f-nerve", "f-fluid",
            "f-vessel", "f-probe", "f-accent", "f-accent2", "f-none",
            "s-ink", "s-screen", "s-accent", "s-accent2", "s-dash", "s-thin", "s-thick",
            "t-screen", "t-anechoic", "t-bold", "t-small");

    /** Drawing elements. Not here on purpose: script, style, foreignObject, image, a, animation, filters, switch. */
    static final Set<String> ELEMENTS = Set.of("svg", "title", "desc", "g", "defs", "symbol", "use", "path", "rect",
            "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "marker", "pattern",
            "linearGradient", "radialGradient", "stop", "clipPath", "mask");

    /** Elements refused with a reason of their own, so the message says why rather than just "unknown". */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("script", "scripts never run in a figure"),
            Map.entry("style", "colours come from the palette classes in site.css, not a <style> element"),
            Map.entry("foreignObject", "<foreignObject> embeds HTML; a figure is drawing only"),
            Map.entry("image", "<image> embeds a picture file or raster data; draw it instead"),
            Map.entry("a", "links belong in the caption or the page, not in the drawing"),
            Map.entry("iframe", "a figure is drawing only"),
            Map.entry("animate", "animation is not allowed (it can also rewrite links)"),
            Map.entry("set", "animation is not allowed (it can also rewrite links)"),
            Map.entry("animateTransform", "animation is not allowed"),
            Map.entry("animateMotion", "animation is not allowed"),
            Map.entry("filter", "filters are not allowed (they can load images)"),
            Map.entry("metadata", "editor metadata is not needed: delete it"));

    /** Presentation and geometry attributes a drawing needs. Anything else (and every on* handler) is refused. */
    static final Set<String> ATTRIBUTES = Set.of("id", "class", "viewBox", "x", "y", "x1", "y1", "x2", "y2", "cx",
            "cy", "r", "rx", "ry", "width", "height", "d", "points", "transform", "dx", "dy", "rotate",
            "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "font-size", "font-weight",
            "font-style", "letter-spacing", "textLength", "lengthAdjust", "fill", "stroke", "fill-opacity",
            "stroke-opacity", "opacity", "fill-rule", "clip-rule", "stroke-width", "stroke-dasharray",
            "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "vector-effect",
            "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
            "orient", "patternUnits", "patternContentUnits", "patternTransform", "gradientUnits",
            "gradientTransform", "offset", "stop-opacity", "spreadMethod", "fx", "fy", "clip-path", "clipPathUnits",
            "mask", "maskUnits", "maskContentUnits", "preserveAspectRatio", "href", "xlink:href", "xml:space",
            "aria-hidden", "visibility", "display", "paint-order", "pathLength");

    /** Attributes whose value is a colour: only these keywords or a local {@code url(#...)} (pattern, gradient). */
    private static final Set<String> PAINT = Set.of("fill", "stroke");
    private static final Set<String> PAINT_KEYWORDS = Set.of("none", "currentcolor", "inherit", "transparent");

    private FigureChecker() {
    }

    /**
     * @param name   the figure's name: the file name without {@code .svg}; every id must start with {@code name-}
     * @param file   for messages, e.g. {@code figures/long-axis.svg}
     * @param markup the SVG text
     * @throws ContentException naming {@code file} and the first problem found
     */
    public static Figure check(String name, String file, String markup) {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ContentException(file, "figure name '" + name + "' must be lowercase words joined by hyphens");
        }
        if (markup.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ContentException(file, "is larger than " + MAX_BYTES / 1024 + " KB; figures are inlined in "
                    + "their page: simplify the drawing (aim for under 6 KB)");
        }
        Document doc = parse(file, markup);
        return new Walk(name, file).root(doc.getDocumentElement());
    }

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    private static Document parse(String file, String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: that rules out entity expansion (billion laughs) and external entities (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external reference " + systemId + " is not allowed");
            });
            return builder.parse(new InputSource(new StringReader(markup)));
        } catch (SAXParseException e) {
            // The parser refuses any DOCTYPE; the author is told why from the markup, not from the parser's wording.
            String message = DOCTYPE.matcher(markup).find()
                    ? "a DOCTYPE is not allowed (it can pull in entities and external files): delete it"
                    : "is not well-formed XML: " + e.getMessage();
            throw new ContentException(file, "line " + e.getLineNumber() + ": " + message, e);
        } catch (SAXException e) {
            throw new ContentException(file, "is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("XML parser cannot be set up safely", e);
        }
    }

    /** One pass over the DOM: checks every node and copies it into the immutable {@link Figure} tree. */
    private static final class Walk {
        private final String name;
        private final String file;
        private final Set<String> ids = new HashSet<>();
        private final List<String> references = new ArrayList<>();
        private final Set<String> labels = new LinkedHashSet<>();

        Walk(String name, String file) {
            this.name = name;
            this.file = file;
        }

        Figure root(org.w3c.dom.Element svg) {
            if (!"svg".equals(svg.getLocalName()) || !SVG_NS.equals(svg.getNamespaceURI())) {
                throw fail("the root element must be <svg xmlns=\"" + SVG_NS + "\">");
            }
            if (svg.hasAttribute("width") || svg.hasAttribute("height")) {
                throw fail("<svg> must not set width or height: the page sizes the figure from its viewBox");
            }
            double[] box = viewBox(svg.getAttribute("viewBox"));
            List<org.w3c.dom.Element> first = childElements(svg);
            if (first.size() < 2 || !first.get(0).getLocalName().equals("title")
                    || !first.get(1).getLocalName().equals("desc")) {
                throw fail("<svg> must start with <title> (a short name) and then <desc> (one or two sentences)");
            }
            String title = plainText(first.get(0));
            String desc = plainText(first.get(1));
            Figure.Element root = element(svg, true);
            for (String ref : references) {
                if (!ids.contains(ref)) {
                    throw fail("reference to '#" + ref + "', but no element has that id");
                }
            }
            return new Figure(name, file, title, desc, box[2], box[3], labels, root);
        }

        private double[] viewBox(String value) {
            if (value.isBlank()) {
                throw fail("<svg> needs a viewBox, e.g. viewBox=\"0 0 720 400\"");
            }
            String[] parts = value.trim().split("[\\s,]+");
            double[] box = new double[4];
            try {
                for (int i = 0; i < 4 && parts.length == 4; i++) {
                    box[i] = Double.parseDouble(parts[i]);
                }
            } catch (NumberFormatException e) {
                parts = new String[0];
            }
            if (parts.length != 4 || box[0] != 0 || box[1] != 0 || box[2] <= 0 || box[3] <= 0) {
                throw fail("viewBox '" + value + "' must be \"0 0 W H\" with W and H above zero");
            }
            if (box[2] > MAX_WIDTH) {
                throw fail("viewBox width " + Figure.number(box[2]) + " is more than " + Figure.number(MAX_WIDTH)
                        + ": labels would shrink below 16 px in the text column");
            }
            return box;
        }

        private String plainText(org.w3c.dom.Element e) {
            String tag = "<" + e.getLocalName() + ">";
            if (e.hasAttributes()) {
                throw fail(tag + " must have no attributes (the page gives it its id)");
            }
            if (!childElements(e).isEmpty()) {
                throw fail(tag + " must hold plain text only");
            }
            String text = e.getTextContent().strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                throw fail(tag + " is empty: " + (tag.equals("<title>") ? "give the figure a short name"
                        : "say in one or two sentences what the figure shows"));
            }
            return text;
        }

        private Figure.Element element(org.w3c.dom.Element e, boolean root) {
            String tag = e.getLocalName();
            if (!SVG_NS.equals(e.getNamespaceURI())) {
                throw fail("<" + e.getTagName() + "> is not an SVG element; a figure is SVG drawing only");
            }
            if (REFUSED.containsKey(tag)) {
                throw fail("<" + tag + "> is not allowed: " + REFUSED.get(tag));
            }
            if (!ELEMENTS.contains(tag) || (tag.equals("svg") && !root)) {
                throw fail("<" + tag + "> is not allowed: only drawing elements (" + String.join(", ",
                        new java.util.TreeSet<>(ELEMENTS)) + "; no nested <svg>)");
            }
            List<Map.Entry<String, String>> attributes = attributes(e, root);
            List<Figure.Node> children = new ArrayList<>();
            boolean textual = tag.equals("text") || tag.equals("tspan") || tag.equals("title") || tag.equals("desc");
            for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                switch (n.getNodeType()) {
                    case org.w3c.dom.Node.ELEMENT_NODE -> children.add(element((org.w3c.dom.Element) n, false));
                    case org.w3c.dom.Node.TEXT_NODE, org.w3c.dom.Node.CDATA_SECTION_NODE -> {
                        String text = n.getNodeValue();
                        if (textual) {
                            children.add(new Figure.Text(text.replaceAll("\\s+", " ")));
                        } else if (!text.isBlank()) {
                            throw fail("text '" + text.strip() + "' outside <text>: labels must be <text> elements");
                        }
                    }
                    case org.w3c.dom.Node.COMMENT_NODE -> {
                        // Comments help the person editing the file; they are not sent to readers.
                    }
                    case org.w3c.dom.Node.PROCESSING_INSTRUCTION_NODE ->
                        throw fail("processing instructions such as <?" + n.getNodeName() + "?> are not allowed");
                    default -> throw fail("unexpected XML content (" + n.getNodeName() + ")");
                }
            }
            if (tag.equals("text")) {
                String label = e.getTextContent().strip().replaceAll("\\s+", " ");
                if (label.isEmpty()) {
                    throw fail("empty <text>: every label needs words a reader can see and a screen reader can read");
                }
                labels.add(label);
            }
            return new Figure.Element(tag, attributes, trimEnds(children, textual));
        }

        private List<Map.Entry<String, String>> attributes(org.w3c.dom.Element e, boolean root) {
            String tag = e.getLocalName();
            List<Map.Entry<String, String>> out = new ArrayList<>();
            NamedNodeMap map = e.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Attr a = (Attr) map.item(i);
                String attr = a.getName();
                String value = a.getValue();
                String lower = attr.toLowerCase(Locale.ROOT);
                if (lower.equals("xmlns") || lower.startsWith("xmlns:")) {
                    if (root && (attr.equals("xmlns") && value.equals(SVG_NS)
                            || attr.equals("xmlns:xlink") && value.equals(XLINK_NS))) {
                        out.add(entry(attr, value));
                        continue;
                    }
                    throw fail("namespace declaration " + attr + "=\"" + value + "\" on <" + tag + ">: only the SVG "
                            + "namespace (and xlink) on the root; editor metadata namespaces are not needed");
                }
                if (lower.startsWith("on")) {
                    throw fail("event attribute " + attr + " on <" + tag + ">: scripts never run in a figure");
                }
                if (lower.equals("style")) {
                    throw fail("style attribute on <" + tag + ">: use the palette classes (f-..., s-..., t-...)");
                }
                if (!ATTRIBUTES.contains(attr) || (a.getNamespaceURI() != null && !XLINK_NS.equals(a.getNamespaceURI())
                        && !XMLConstants.XML_NS_URI.equals(a.getNamespaceURI()))) {
                    throw fail("attribute " + attr + " on <" + tag + "> is not allowed in a figure");
                }
                String squeezed = value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
                if (squeezed.contains("javascript:") || squeezed.contains("data:")) {
                    throw fail(attr + " on <" + tag + "> holds a 'javascript:' or 'data:' address; a figure is "
                            + "drawing only, with no embedded data or script");
                }
                checkValue(tag, attr, value, squeezed);
                out.add(entry(attr, value));
            }
            return out;
        }

        private void checkValue(String tag, String attr, String value, String squeezed) {
            switch (attr) {
                case "id" -> {
                    if (!value.startsWith(name + "-") || !value.matches("[A-Za-z0-9_-]+")) {
                        throw fail("id '" + value + "' must start with '" + name + "-' (letters, digits, hyphens) so "
                                + "it cannot clash with another id on the page");
                    }
                    if (value.equals(name + "-title") || value.equals(name + "-desc")) {
                        throw fail("id '" + value + "' is kept for the figure's title and desc; choose another");
                    }
                    if (!ids.add(value)) {
                        throw fail("id '" + value + "' is used twice");
                    }
                }
                case "class" -> {
                    for (String c : value.trim().split("\\s+")) {
                        if (!PALETTE.contains(c)) {
                            throw fail("class '" + c + "' on <" + tag + "> is not in the palette (" + String.join(" ",
                                    new java.util.TreeSet<>(PALETTE)) + ")");
                        }
                    }
                }
                case "href", "xlink:href" -> {
                    if (!value.startsWith("#")) {
                        throw fail(attr + "=\"" + value + "\" on <" + tag + ">: only references inside the figure "
                                + "(#" + name + "-...) are allowed");
                    }
                    references.add(value.substring(1));
                }
                case "font-size" -> {
                    double size;
                    try {
                        size = Double.parseDouble(value.trim().replaceFirst("px$", ""));
                    } catch (NumberFormatException e) {
                        throw fail("font-size '" + value + "' on <" + tag + ">: give a number of user units");
                    }
                    if (size < MIN_FONT_SIZE) {
                        throw fail("font-size " + value + " on <" + tag + "> is below " + Figure.number(MIN_FONT_SIZE)
                                + " units: labels must stay readable (use t-small for 16)");
                    }
                }
                default -> {
                    // Colours only through the palette: a literal colour would not follow the dark scheme or print.
                    if (PAINT.contains(attr) && !PAINT_KEYWORDS.contains(squeezed) && !squeezed.startsWith("url(")) {
                        throw fail(attr + "=\"" + value + "\" on <" + tag + ">: colours come only from the palette "
                                + "classes (f-..., s-...), so the figure follows the light, dark and print schemes");
                    }
                }
            }
            String lowerValue = value.toLowerCase(Locale.ROOT);
            for (int at = lowerValue.indexOf("url("); at >= 0; at = lowerValue.indexOf("url(", at + 4)) {
                int close = value.indexOf(')', at);
                String target = value.substring(at + 4, close < 0 ? value.length() : close).replaceAll("[\"'\\s]", "");
                if (!target.startsWith("#")) {
                    throw fail(attr + " on <" + tag + "> refers to '" + target + "': only url(#" + name + "-...) "
                            + "inside the figure is allowed");
                }
                references.add(target.substring(1));
            }
        }

        private ContentException fail(String problem) {
            return new ContentException(file, problem);
        }
    }

    /** Whitespace at the start and end of a text element is not shown; drop it to keep the page small. */
    private static List<Figure.Node> trimEnds(List<Figure.Node> children, boolean textual) {
        if (!textual || children.isEmpty()) {
            return children;
        }
        List<Figure.Node> out = new ArrayList<>(children);
        if (out.get(0) instanceof Figure.Text t) {
            out.set(0, new Figure.Text(t.value().stripLeading()));
        }
        int last = out.size() - 1;
        if (out.get(last) instanceof Figure.Text t) {
            out.set(last, new Figure.Text(t.value().stripTrailing()));
        }
        out.removeIf(n -> n instanceof Figure.Text t && t.value().isEmpty());
        return out;
    }

    private static List<org.w3c.dom.Element> childElements(org.w3c.dom.Element e) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                out.add(child);
            }
        }
        return out;
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }
}

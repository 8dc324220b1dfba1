package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a drawing back as XML for the tests: parts by class, and the drawing rules every explorer SVG keeps (title and
 * description first, colours only through palette classes, labels at least 16 units and inside the picture).
 */
final class SvgCheck {

    /** Characters this wide on average, as a share of the font size: generous for system-ui, so a pass means room. */
    static final double CHARACTER_WIDTH = 0.6;
    static final double TYPICAL_CHARACTER_WIDTH = 0.5;
    static final Set<String> ELEMENTS = Set.of("svg", "title", "desc", "g", "rect", "line", "circle", "polygon", "text");

    final Element root;

    SvgCheck(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            root = doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("Not well-formed SVG: " + svg, e);
        }
    }

    /** Every element whose class list holds {@code cls}. */
    List<Element> byClass(String cls) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cls)) {
                found.add(element);
            }
        }
        return found;
    }

    Element one(String cls) {
        List<Element> found = byClass(cls);
        assertThat(found).as("elements with class " + cls).hasSize(1);
        return found.get(0);
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }

    /** The rules every explorer drawing keeps; {@code rotated} names a group whose labels turn with it (not checked). */
    void keepsTheDrawingRules(String rotated) {
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.hasAttribute("width")).isFalse();
        String[] box = root.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        assertThat(width).isLessThanOrEqualTo(720);
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        Element desc = (Element) root.getElementsByTagNameNS("*", "desc").item(0);
        assertThat(title.getTextContent()).isNotBlank();
        assertThat(desc.getTextContent()).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(ELEMENTS).as("element").contains(element.getLocalName());
            for (String attribute : List.of("fill", "stroke", "style", "href", "font-size")) {
                assertThat(element.hasAttribute(attribute)).as(element.getLocalName() + " " + attribute).isFalse();
            }
            if (element.getLocalName().equals("text") && !insideClass(element, rotated)) {
                double size = element.getAttribute("class").contains("t-small") ? 16 : 18;
                double x = number(element, "x");
                double y = number(element, "y");
                double textWidth = element.getTextContent().length() * size * CHARACTER_WIDTH;
                double left = switch (element.getAttribute("text-anchor")) {
                    case "middle" -> x - textWidth / 2;
                    case "end" -> x - textWidth;
                    default -> x;
                };
                String label = "label \"" + element.getTextContent() + "\"";
                assertThat(left).as(label + " left edge").isGreaterThanOrEqualTo(0);
                assertThat(left + textWidth).as(label + " right edge").isLessThanOrEqualTo(width);
                assertThat(y - size).as(label + " top").isGreaterThanOrEqualTo(0);
                assertThat(y + size * 0.25).as(label + " bottom").isLessThanOrEqualTo(height);
            }
        }
    }

    /**
     * No two labels (outside a turned group) share space. Widths here are the typical half an em per character of
     * system-ui, not the generous {@link #CHARACTER_WIDTH} used for "inside the picture": a generous guess would
     * report labels that sit clear of each other on screen.
     */
    void labelsDoNotOverlap(String rotated) {
        List<double[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element element = (Element) texts.item(i);
            if (insideClass(element, rotated)) {
                continue;
            }
            double size = element.getAttribute("class").contains("t-small") ? 16 : 18;
            double textWidth = element.getTextContent().length() * size * TYPICAL_CHARACTER_WIDTH;
            double x = number(element, "x");
            double left = switch (element.getAttribute("text-anchor")) {
                case "middle" -> x - textWidth / 2;
                case "end" -> x - textWidth;
                default -> x;
            };
            // Cap height above the baseline, descenders below it.
            double top = number(element, "y") - size * 0.75;
            double[] box = { left, top, left + textWidth, top + size * 0.95 };
            for (int j = 0; j < boxes.size(); j++) {
                double[] other = boxes.get(j);
                boolean apart = box[2] <= other[0] || other[2] <= box[0] || box[3] <= other[1] || other[3] <= box[1];
                assertThat(apart).as("\"" + element.getTextContent() + "\" over \"" + names.get(j) + "\"").isTrue();
            }
            boxes.add(box);
            names.add(element.getTextContent());
        }
    }

    private static boolean insideClass(Element element, String cls) {
        for (org.w3c.dom.Node n = element.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
            if (cls != null && List.of(parent.getAttribute("class").split(" ")).contains(cls)) {
                return true;
            }
        }
        return false;
    }
}

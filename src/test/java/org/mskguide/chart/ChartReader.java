package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a chart back the way a test must: from the SVG markup alone, measuring its geometry against its own axis
 * labels, so a test compares what a reader would see with the table next to it. Works on an SVG string (parsed as
 * XML, after checking it is well-formed) and on the {@code <svg>} element of a page parsed by jsoup.
 * <p>
 * Example: {@code Element svg = ChartReader.parse(chart.svg()); double share = ChartReader.barShare(svg, row);}
 */
public final class ChartReader {

    private ChartReader() {
    }

    /** The root {@code <svg>} of a chart; fails when the markup is not well-formed XML. */
    public static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
        Element root = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
        assertThat(root).as("an <svg> root").isNotNull();
        return root;
    }

    /** A number attribute; jsoup's HTML parser lowercases names, so either spelling is found. */
    public static double num(Element e, String attribute) {
        String value = e.hasAttr(attribute) ? e.attr(attribute) : e.attr(attribute.toLowerCase(Locale.ROOT));
        assertThat(value).as(attribute + " of " + e.cssSelector()).isNotEmpty();
        return Double.parseDouble(value);
    }

    /** The text as read aloud: the lines of a wrapped label joined by single spaces. */
    public static String text(Element e) {
        return e.wholeText().replaceAll("\\s+", " ").strip();
    }

    /** Tick label to x, for a horizontal axis whose labels are {@code text.tick} elements inside {@code axis}. */
    public static Map<String, Double> xTicks(Element axis) {
        Map<String, Double> ticks = new TreeMap<>();
        for (Element tick : axis.select("text.tick")) {
            ticks.putIfAbsent(text(tick), num(tick, "x"));
        }
        return ticks;
    }

    /**
     * The value a vertical axis gives to {@code y}: the axis is read from its grid lines and their labels (each
     * {@code <line>} followed by its {@code <text class="tick">}), so a test never repeats the chart's arithmetic.
     */
    public static double valueAt(Element axis, double y) {
        List<double[]> ticks = new ArrayList<>();
        for (Element line : axis.select("line")) {
            Element label = line.nextElementSibling();
            if (label != null && label.hasClass("tick")) {
                ticks.add(new double[] { Double.parseDouble(text(label).replace(",", "")), num(line, "y1") });
            }
        }
        assertThat(ticks).as("labelled ticks on " + axis.cssSelector()).hasSizeGreaterThanOrEqualTo(2);
        double[] first = ticks.get(0);
        double[] last = ticks.get(ticks.size() - 1);
        return first[0] + (y - first[1]) / (last[1] - first[1]) * (last[0] - first[0]);
    }

    /** The value a vertical axis gives to a height (a bar standing on 0). */
    public static double valueOfHeight(Element axis, double height) {
        return valueAt(axis, 0) - valueAt(axis, height);
    }

    /**
     * The share a horizontal bar shows: the summed width of its segments ({@code rect} with a {@code bar-*}
     * class) over the distance from the "0%" tick to the "100%" tick.
     */
    public static double barShare(Element svg, Element row) {
        Map<String, Double> ticks = xTicks(svg.selectFirst("g.axis"));
        double span = ticks.get("100%") - ticks.get("0%");
        double width = 0;
        for (Element rect : row.select("rect[class*=bar-]")) {
            width += num(rect, "width");
        }
        return width / span;
    }

    /** The width of the segments of one fill in a bar, as a share of the axis. */
    public static double segmentShare(Element svg, Element row, Fill fill) {
        Map<String, Double> ticks = xTicks(svg.selectFirst("g.axis"));
        double span = ticks.get("100%") - ticks.get("0%");
        double width = 0;
        for (Element rect : row.select("rect.bar-" + fill.name().toLowerCase(Locale.ROOT))) {
            width += num(rect, "width");
        }
        return width / span;
    }

    /** The font size a text element is drawn at: its own or the nearest ancestor's {@code font-size}. */
    public static double fontSize(Element text) {
        for (Element e = text; e != null; e = e.parent()) {
            if (e.hasAttr("font-size")) {
                return Double.parseDouble(e.attr("font-size"));
            }
        }
        throw new AssertionError("No font-size for " + text.cssSelector());
    }
}

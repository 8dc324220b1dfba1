package org.mskguide.chart;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What every chart starts with: the root {@code <svg>} with its accessible name and description ({@code <title>}
 * and {@code <desc>}, pointed at by {@code aria-labelledby}), and the patterns its fills need.
 */
final class Frame {

    /** The drawing's width in user units; CSS scales it to the column (about 700 px on a desktop). */
    static final double WIDTH = 720;
    /** Label size in user units: about 15.6 CSS px at the desktop column width, never below 14. */
    static final double FONT = 16;
    /** The smallest text a chart uses (tick labels): about 14.7 CSS px at the desktop column width. */
    static final double SMALL = 15;

    private Frame() {
    }

    /**
     * Starts a chart.
     *
     * @param id          unique on the page; every id inside the chart starts with it
     * @param links       true when the chart holds links: it is then a labelled group, since a {@code role="img"}
     *                    hides its children (links included) from assistive technology
     * @param fills       the fills the chart draws, for their patterns
     */
    static Svg begin(String id, double height, String title, String description, boolean links,
            Collection<Fill> fills) {
        Svg svg = new Svg().root(WIDTH, height, "class", "chart-svg", "id", id, "role", links ? "group" : "img",
                "aria-labelledby", id + "-title " + id + "-desc", "font-size", Svg.num(FONT));
        svg.element("title", title, "id", id + "-title");
        svg.element("desc", description, "id", id + "-desc");
        EnumSet<Fill> patterned = EnumSet.noneOf(Fill.class);
        fills.stream().filter(f -> f.patternId(id) != null).forEach(patterned::add);
        if (!patterned.isEmpty()) {
            svg.open("defs");
            patterned.forEach(f -> f.writePattern(svg, id));
            svg.close();
        }
        return svg;
    }

    /** A text made of lines, one {@code <tspan>} each; a trailing space keeps words apart when read as one. */
    static void lines(Svg svg, double x, double y, double lineHeight, List<String> lines, String... attributes) {
        String[] all = new String[attributes.length + 4];
        all[0] = "x";
        all[1] = Svg.num(x);
        all[2] = "y";
        all[3] = Svg.num(y);
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        svg.open("text", all);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) + (i < lines.size() - 1 ? " " : "");
            svg.element("tspan", line, "x", Svg.num(x), "y", Svg.num(y + i * lineHeight));
        }
        svg.close();
    }
}

package org.mskguide.chart;

/**
 * How a bar or a legend swatch is filled. Every fill differs in shape as well as colour (solid, hatched, outlined,
 * dotted), so a bar's meaning never rests on colour alone; the colours come from the site's palette classes
 * ({@code f-accent}, {@code s-ink}, ...), which site.css sets for the light and dark schemes and for print.
 */
public enum Fill {
    /** Solid accent colour. */
    SOLID,
    /** Diagonal accent lines on the page colour, with an accent outline. */
    HATCH,
    /** The page colour with a dashed ink outline: something that is there but does not count. */
    OUTLINE,
    /** Accent dots on the page colour, with a dotted outline. */
    DOTS;

    /** The id of this fill's pattern inside a chart ({@code <chart>-hatch}), or null for fills without one. */
    String patternId(String chartId) {
        return switch (this) {
            case HATCH -> chartId + "-hatch";
            case DOTS -> chartId + "-dots";
            default -> null;
        };
    }

    /** Writes the pattern this fill needs into a {@code <defs>} element. */
    void writePattern(Svg svg, String chartId) {
        if (this == HATCH) {
            svg.open("pattern", "id", patternId(chartId), "width", "7", "height", "7", "patternUnits",
                    "userSpaceOnUse", "patternTransform", "rotate(45)");
            svg.leaf("rect", "width", "7", "height", "7", "class", "f-paper");
            svg.leaf("rect", "width", "3", "height", "7", "class", "f-accent");
            svg.close();
        } else if (this == DOTS) {
            svg.open("pattern", "id", patternId(chartId), "width", "6", "height", "6", "patternUnits",
                    "userSpaceOnUse");
            svg.leaf("rect", "width", "6", "height", "6", "class", "f-paper");
            svg.leaf("circle", "cx", "3", "cy", "3", "r", "1.6", "class", "f-accent");
            svg.close();
        }
    }

    /** Draws a rectangle in this fill. */
    void rect(Svg svg, String chartId, double x, double y, double width, double height, String... extra) {
        String cls = switch (this) {
            case SOLID -> "f-accent s-accent";
            case HATCH -> "s-accent";
            case OUTLINE -> "f-paper s-ink s-dash";
            case DOTS -> "s-accent";
        };
        String fill = patternId(chartId) == null ? null : "url(#" + patternId(chartId) + ")";
        String[] attributes = { "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(Math.max(0, width)), "height",
                Svg.num(height), "class", cls + " bar-" + name().toLowerCase(), "fill", fill, "stroke-width", "1.5" };
        String[] all = new String[attributes.length + extra.length];
        System.arraycopy(attributes, 0, all, 0, attributes.length);
        System.arraycopy(extra, 0, all, attributes.length, extra.length);
        svg.leaf("rect", all);
    }
}

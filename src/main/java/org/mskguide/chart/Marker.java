package org.mskguide.chart;

/** The shape that marks one point or event; each shape is named by a label next to it, never by colour. */
public enum Marker {
    CIRCLE, TRIANGLE, SQUARE, DIAMOND;

    /** Draws the marker centred on (x, y), about 14 units across. */
    void draw(Svg svg, double x, double y, String cssClass) {
        String cls = "marker marker-" + name().toLowerCase() + " " + cssClass;
        switch (this) {
            case CIRCLE -> svg.leaf("circle", "cx", Svg.num(x), "cy", Svg.num(y), "r", "7", "class", cls);
            case SQUARE -> svg.leaf("rect", "x", Svg.num(x - 6.5), "y", Svg.num(y - 6.5), "width", "13", "height",
                    "13", "class", cls);
            case TRIANGLE -> svg.leaf("path", "d", "M" + Svg.num(x) + " " + Svg.num(y - 8) + "L" + Svg.num(x + 8)
                    + " " + Svg.num(y + 6) + "L" + Svg.num(x - 8) + " " + Svg.num(y + 6) + "Z", "class", cls);
            case DIAMOND -> svg.leaf("path", "d", "M" + Svg.num(x) + " " + Svg.num(y - 8) + "L" + Svg.num(x + 8)
                    + " " + Svg.num(y) + "L" + Svg.num(x) + " " + Svg.num(y + 8) + "L" + Svg.num(x - 8) + " "
                    + Svg.num(y) + "Z", "class", cls);
            default -> throw new IllegalStateException(name());
        }
    }
}

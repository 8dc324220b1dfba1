package org.mskguide.explorer;

import org.mskguide.chart.Svg;

/**
 * The few shapes the explorers' drawings use, written through the site's one SVG writer ({@link Svg}, which escapes
 * every text and attribute value). Every colour is a palette class ({@code f-tendon}, {@code s-accent}, ...; see
 * site.css), so a drawing follows the light, dark and print schemes.
 * <p>
 * Example: {@code Drawing.open("beam-side", 360, 300, "Side view", "A transducer over a tendon.").rect(0, 0, 10, 10,
 * "f-muscle").close()}.
 */
final class Drawing {

    private final Svg svg = new Svg();

    private Drawing() {
    }

    /**
     * Starts a drawing named by its title and description ({@code role="img"}, {@code aria-labelledby} pointing at
     * both). {@code id} prefixes the title's and description's ids, so it must be unique on the page.
     */
    static Drawing open(String id, int width, int height, String title, String description) {
        Drawing drawing = new Drawing();
        drawing.svg.root(width, height, "class", "explorer-drawing", "role", "img", "aria-labelledby",
                id + "-title " + id + "-desc");
        drawing.svg.element("title", title, "id", id + "-title").element("desc", description, "id", id + "-desc");
        return drawing;
    }

    Drawing rect(double x, double y, double width, double height, String cls) {
        svg.leaf("rect", "class", cls, "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(width), "height",
                Svg.num(height));
        return this;
    }

    Drawing roundedRect(double x, double y, double width, double height, double radius, String cls) {
        svg.leaf("rect", "class", cls, "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(width), "height",
                Svg.num(height), "rx", Svg.num(radius));
        return this;
    }

    Drawing line(double x1, double y1, double x2, double y2, String cls) {
        svg.leaf("line", "class", cls, "x1", Svg.num(x1), "y1", Svg.num(y1), "x2", Svg.num(x2), "y2", Svg.num(y2));
        return this;
    }

    Drawing circle(double cx, double cy, double r, String cls) {
        svg.leaf("circle", "class", cls, "cx", Svg.num(cx), "cy", Svg.num(cy), "r", Svg.num(r));
        return this;
    }

    /** A closed shape through the points {@code x1, y1, x2, y2, ...}. */
    Drawing polygon(String cls, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(Svg.num(xy[i])).append(',').append(Svg.num(xy[i + 1]));
        }
        svg.leaf("polygon", "class", cls, "points", points.toString());
        return this;
    }

    /** A label; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    Drawing text(double x, double y, String text, String cls, String anchor) {
        svg.text(x, y, text, "class", cls == null || cls.isEmpty() ? null : cls, "text-anchor",
                "start".equals(anchor) ? null : anchor);
        return this;
    }

    /** A group turned by {@code degrees} (clockwise) about ({@code cx}, {@code cy}); close it with {@link #end()}. */
    Drawing rotated(double degrees, double cx, double cy, String cls) {
        svg.open("g", "class", cls, "transform", "rotate(" + Svg.num(degrees) + " " + Svg.num(cx) + " "
                + Svg.num(cy) + ")");
        return this;
    }

    Drawing end() {
        svg.close();
        return this;
    }

    String close() {
        return svg.finish();
    }
}

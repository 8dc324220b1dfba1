package org.mskguide.explorer;

import java.util.Locale;

/**
 * Writes one small inline SVG drawing as text: only the few shapes the explorers need, every colour a palette class
 * ({@code f-tendon}, {@code s-accent}, ...; see site.css) so the drawing follows the light, dark and print schemes.
 * Text and attribute values are escaped here, so a caller cannot break out of the markup.
 * <p>
 * Example: {@code Svg.open("beam-side", 360, 300, "Side view", "A transducer over a tendon.").rect(0, 0, 10, 10,
 * "f-muscle").close()}.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(2048);

    private Svg() {
    }

    /**
     * Starts a drawing named by its title and description ({@code role="img"}, {@code aria-labelledby} pointing at
     * both). {@code id} prefixes the title's and description's ids, so it must be unique on the page.
     */
    static Svg open(String id, int width, int height, String title, String description) {
        Svg svg = new Svg();
        svg.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" class=\"explorer-drawing\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title ").append(escape(id)).append("-desc\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description))
                .append("</desc>");
        return svg;
    }

    Svg rect(double x, double y, double width, double height, String cls) {
        return element("rect", cls, "x", x, "y", y, "width", width, "height", height);
    }

    Svg roundedRect(double x, double y, double width, double height, double radius, String cls) {
        return element("rect", cls, "x", x, "y", y, "width", width, "height", height, "rx", radius);
    }

    Svg line(double x1, double y1, double x2, double y2, String cls) {
        return element("line", cls, "x1", x1, "y1", y1, "x2", x2, "y2", y2);
    }

    Svg circle(double cx, double cy, double r, String cls) {
        return element("circle", cls, "cx", cx, "cy", cy, "r", r);
    }

    /** A closed shape through the points {@code x1, y1, x2, y2, ...}. */
    Svg polygon(String cls, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(number(xy[i])).append(',').append(number(xy[i + 1]));
        }
        out.append("<polygon class=\"").append(escape(cls)).append("\" points=\"").append(points).append("\"/>");
        return this;
    }

    /** A label; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    Svg text(double x, double y, String text, String cls, String anchor) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        if (cls != null && !cls.isEmpty()) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(escape(anchor)).append('"');
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** A group turned by {@code degrees} (clockwise) about ({@code cx}, {@code cy}); close it with {@link #end()}. */
    Svg rotated(double degrees, double cx, double cy, String cls) {
        out.append("<g class=\"").append(escape(cls)).append("\" transform=\"rotate(").append(number(degrees))
                .append(' ').append(number(cx)).append(' ').append(number(cy)).append(")\">");
        return this;
    }

    /** A plain group, to name a part of the drawing with a class. */
    Svg group(String cls) {
        out.append("<g class=\"").append(escape(cls)).append("\">");
        return this;
    }

    Svg end() {
        out.append("</g>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    private Svg element(String name, String cls, Object... attributes) {
        out.append('<').append(name).append(" class=\"").append(escape(cls)).append('"');
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(number((Double) attributes[i + 1])).append('"');
        }
        out.append("/>");
        return this;
    }

    /** Coordinates to one decimal place, without a trailing {@code .0}: {@code 12}, {@code 12.5}. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

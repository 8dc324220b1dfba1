package org.mskguide.content;

import java.util.List;

/**
 * Writes a placed figure as HTML: the drawing inline (so it follows the colour scheme and prints), a caption with
 * its source, and the long description in a disclosure that opens on request and prints open. The same markup
 * serves the topic page and a quiz question; only the page that owns the figure gives it its id and permalink.
 * <pre>
 * &lt;figure class="fig" id="figure-NAME"&gt;
 *   &lt;div class="fig-scroll" role="region" tabindex="0" aria-label="Figure 1: TITLE"&gt;&lt;svg role="img" ...&gt;&lt;/div&gt;
 *   &lt;figcaption&gt;caption, "Source: ...", &lt;details&gt;&lt;summary&gt;Describe this figure&lt;/summary&gt;...&lt;/details&gt;&lt;/figcaption&gt;
 * &lt;/figure&gt;
 * </pre>
 */
public final class FigureHtml {

    private FigureHtml() {
    }

    /** On its own page: with its permanent id, its number and a permalink. */
    public static String onPage(PlacedFigure placed) {
        return render(placed, "", true);
    }

    /**
     * Elsewhere (a quiz question): no page id, no number; {@code idPrefix} keeps the drawing's inner ids unique
     * when a page shows more than one copy, e.g. {@code "q3-"}.
     */
    public static String elsewhere(PlacedFigure placed, String idPrefix) {
        return render(placed, idPrefix, false);
    }

    /**
     * A quiz question's picture: the drawing and its long description, without caption or source (the question
     * is the caption; the figure may be one no page places). {@code idPrefix} as for {@link #elsewhere}.
     */
    public static String forQuestion(Figure figure, String description, String idPrefix) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<figure class=\"fig fig-question\"><div class=\"fig-scroll\" role=\"region\" tabindex=\"0\" ")
                .append("aria-label=\"Figure: ").append(escape(figure.title())).append("\">")
                .append(figure.svg(idPrefix)).append("</div><figcaption>");
        describe(html, description);
        return html.append("</figcaption></figure>").toString();
    }

    private static void describe(StringBuilder html, String description) {
        html.append("<details class=\"fig-description\"><summary>Describe this figure</summary>");
        for (String paragraph : paragraphs(description)) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        html.append("</details>");
    }

    private static String render(PlacedFigure placed, String idPrefix, boolean home) {
        Figure figure = placed.figure();
        FigureBlock block = placed.block();
        StringBuilder html = new StringBuilder(8192);
        html.append("<figure class=\"fig\"");
        if (home) {
            html.append(" id=\"").append(placed.anchor()).append('"');
        }
        // Like tables: on a narrow screen the drawing keeps its label size and scrolls, so it must take focus.
        html.append("><div class=\"fig-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(escape(home ? placed.label() : "Figure: " + figure.title())).append("\">")
                .append(figure.svg(idPrefix)).append("</div><figcaption><p class=\"fig-caption\">");
        if (home) {
            html.append("<span class=\"fig-number\">Figure ").append(placed.number()).append(".</span> ");
        }
        html.append(escape(block.caption().strip()));
        if (home) {
            html.append("<a class=\"permalink\" href=\"#").append(placed.anchor())
                    .append("\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to figure: ")
                    .append(escape(figure.title())).append("</span></a>");
        }
        html.append("</p><p class=\"fig-source\">Source: ");
        Source source = placed.source();
        if (source.url() != null) {
            html.append("<a href=\"").append(escape(source.url())).append("\">").append(escape(source.title()))
                    .append("</a>");
        } else {
            html.append(escape(source.title()));
        }
        html.append("</p>");
        describe(html, block.description());
        return html.append("</figcaption></figure>").toString();
    }

    /** Blank lines separate paragraphs; single line breaks are just spaces. */
    static List<String> paragraphs(String text) {
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

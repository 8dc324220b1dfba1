package org.mskguide.content;

import java.util.List;

/**
 * Writes a figure as HTML: the drawing inline (so it follows the colour scheme and prints), a caption with its
 * source, and the long description in a disclosure that opens on request and prints open. On its page the figure
 * has its permanent id, number and permalink; in a quiz question it has the drawing and the description only.
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

    /** On its own page: with its permanent id, its number, a permalink and its source. */
    public static String onPage(PlacedFigure placed) {
        Figure figure = placed.figure();
        FigureBlock block = placed.block();
        StringBuilder html = new StringBuilder(8192);
        // Like tables: on a narrow screen the drawing keeps its label size and scrolls, so it must take focus.
        html.append("<figure class=\"fig\" id=\"").append(placed.anchor())
                .append("\"><div class=\"fig-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(escape(placed.label())).append("\">").append(figure.svg(""))
                .append("</div><figcaption><p class=\"fig-caption\"><span class=\"fig-number\">Figure ")
                .append(placed.number()).append(".</span> ").append(escape(block.caption().strip()))
                .append("<a class=\"permalink\" href=\"#").append(placed.anchor())
                .append("\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to figure: ")
                .append(escape(figure.title())).append("</span></a></p><p class=\"fig-source\">Source: ");
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

    /**
     * A quiz question's picture: the drawing and its long description, without caption or source (the question
     * is the caption; the figure may be one no page places). {@code idPrefix} keeps the ids unique
     * when a page shows the figure more than once, e.g. {@code "q3-"}.
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

package org.mskguide.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: commonmark renders (raw HTML in the source is escaped, headings get ids),
 * jsoup sanitizes against a fixed allow-list (so a content mistake cannot inject script) and then adds
 * what readers need: a named permalink on every section heading and keyboard-scrollable tables.
 * A fenced block with the info string {@code figure} becomes a figure ({@link FigureHtml}); it is put in AFTER
 * sanitizing, in place of a marker only this renderer knows, because its SVG was checked on its own by
 * {@link FigureChecker} and the sanitizer's allow-list stays as strict as it is for text.
 * Pure Java, used once per page at start-up.
 */
public final class MarkdownRenderer {

    /**
     * What one markdown body became.
     *
     * @param figures the figures placed on the page, in order
     */
    public record Rendered(String html, List<Heading> headings, Set<String> anchors, Set<String> links,
            List<PlacedFigure> figures) {
    }

    /** Turns the YAML body of a {@code ```figure} block into a placed figure; throws a ContentException if it cannot. */
    @FunctionalInterface
    public interface FigurePlacer {
        PlacedFigure place(String yaml, int number);
    }

    /** For text without figures (a figure block is then a mistake). */
    static final FigurePlacer NO_FIGURES = (yaml, number) -> {
        throw new IllegalArgumentException("figure blocks are not allowed here");
    };

    /** The info string that makes a fenced block a figure: {@code ```figure}. */
    public static final String FIGURE_INFO = "figure";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            HeadingAnchorExtension.create());

    // relaxed() already allows text formatting, lists, links, tables; ids are needed for anchors.
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("th", "scope", "align")
            .addAttributes("td", "align")
            .removeTags("img")
            .preserveRelativeLinks(true);

    // Only used to resolve relative links while sanitizing; never appears in the output.
    private static final String SANITIZER_BASE = "https://content.invalid/";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    // Marks where a figure goes; random per renderer, so no content can forge one.
    private final String marker = "figure-marker-" + UUID.randomUUID() + "-";

    public Rendered render(String markdown) {
        return render(markdown, NO_FIGURES);
    }

    /**
     * @throws IllegalArgumentException when two elements of the page would get the same id (a heading and a
     *                                  figure, or two figures)
     */
    public Rendered render(String markdown, FigurePlacer placer) {
        Node document = parser.parse(markdown);
        List<String> sonograms = placeSonograms(document);
        List<PlacedFigure> figures = placeFigures(document, placer);
        String raw = renderer.render(document);
        String clean = Jsoup.clean(raw, SANITIZER_BASE, SAFELIST);
        Document doc = Jsoup.parseBodyFragment(clean);
        Element body = doc.body();

        List<Heading> headings = new ArrayList<>();
        for (Element h : body.select("h2[id], h3[id]")) {
            String text = h.text();
            headings.add(new Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), text));
            Element link = h.appendElement("a").addClass("permalink").attr("href", "#" + h.id());
            link.appendElement("span").attr("aria-hidden", "true").text("#");
            link.appendElement("span").addClass("visually-hidden").text("Link to section: " + text);
        }
        for (Element table : body.select("table")) {
            table.select("thead th").attr("scope", "col");
            // A wide table scrolls sideways on a phone; the wrapper must then be reachable by keyboard.
            Element wrap = table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"></div>").parent();
            wrap.attr("aria-label", "Table: " + precedingHeading(headings, table));
        }
        Set<String> anchors = new LinkedHashSet<>();
        body.select("[id]").forEach(e -> anchors.add(e.id()));
        Set<String> links = new LinkedHashSet<>();
        body.select("a[href]").forEach(a -> links.add(a.attr("href")));
        doc.outputSettings().prettyPrint(false);
        String html = body.html();
        for (PlacedFigure figure : figures) {
            String slot = "<p>" + marker + figure.number() + "</p>";
            if (!html.contains(slot)) {
                throw new IllegalStateException("figure " + figure.figure().name() + " lost its place");
            }
            html = html.replace(slot, FigureHtml.onPage(figure));
            for (String id : figureIds(figure)) {
                if (!anchors.add(id)) {
                    throw new IllegalArgumentException("id '" + id + "' of figure " + figure.figure().name()
                            + " is already used on this page (by a heading or another figure)");
                }
            }
        }
        for (int i = 0; i < sonograms.size(); i++) {
            String slot = "<p>" + marker + "s" + (i + 1) + "</p>";
            if (!html.contains(slot)) {
                // A tight list writes its paragraphs without <p>: leave a blank line before the block.
                throw new IllegalArgumentException("sonogram block " + (i + 1) + " lost its place (inside a tight"
                        + " list? put a blank line before it)");
            }
            html = html.replace(slot, sonograms.get(i));
        }
        return new Rendered(html, headings, anchors, links, figures);
    }

    /** Replaces each {@code ```sonogram} block with a marker paragraph and returns the blocks' HTML, in order. */
    private List<String> placeSonograms(Node document) {
        List<String> html = new ArrayList<>();
        for (FencedCodeBlock block : fencedBlocks(document, SonogramBlock.INFO)) {
            html.add(SonogramBlock.html(block.getLiteral(), html.size() + 1));
            Paragraph slot = new Paragraph();
            slot.appendChild(new org.commonmark.node.Text(marker + "s" + html.size()));
            block.insertBefore(slot);
            block.unlink();
        }
        return html;
    }

    private static List<FencedCodeBlock> fencedBlocks(Node document, String info) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (info.equals(block.getInfo() == null ? null : block.getInfo().strip())) {
                    blocks.add(block);
                }
            }
        });
        return blocks;
    }

    /** Replaces each figure block with a marker paragraph, in document order, and places its figure. */
    private List<PlacedFigure> placeFigures(Node document, FigurePlacer placer) {
        List<PlacedFigure> placed = new ArrayList<>();
        for (FencedCodeBlock block : fencedBlocks(document, FIGURE_INFO)) {
            PlacedFigure figure = placer.place(block.getLiteral(), placed.size() + 1);
            Paragraph slot = new Paragraph();
            slot.appendChild(new org.commonmark.node.Text(marker + figure.number()));
            block.insertBefore(slot);
            block.unlink();
            placed.add(figure);
        }
        return placed;
    }

    /** The figure's own id and the ids inside its drawing, as they appear on its page. */
    private static List<String> figureIds(PlacedFigure placed) {
        List<String> ids = new ArrayList<>(List.of(placed.anchor(), placed.figure().titleId(""),
                placed.figure().descId("")));
        collectIds(placed.figure().root(), ids);
        return ids;
    }

    private static void collectIds(Figure.Element element, List<String> ids) {
        String id = element.attr("id");
        if (id != null) {
            ids.add(id);
        }
        for (Figure.Node child : element.children()) {
            if (child instanceof Figure.Element e) {
                collectIds(e, ids);
            }
        }
    }

    private static String precedingHeading(List<Heading> headings, Element table) {
        Element e = table;
        while ((e = e.previousElementSibling()) != null) {
            if (e.tagName().matches("h[2-4]")) {
                return e.ownText().isBlank() ? e.text() : e.ownText();
            }
        }
        return headings.isEmpty() ? "comparison" : headings.get(0).text();
    }
}

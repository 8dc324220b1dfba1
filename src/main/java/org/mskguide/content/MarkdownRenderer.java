package org.mskguide.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
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
 * Pure Java, used once per page at start-up.
 */
public final class MarkdownRenderer {

    /** What one markdown body became. */
    public record Rendered(String html, List<Heading> headings, Set<String> anchors, Set<String> links) {
    }

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

    public Rendered render(String markdown) {
        String raw = renderer.render(parser.parse(markdown));
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
        return new Rendered(body.html(), headings, anchors, links);
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

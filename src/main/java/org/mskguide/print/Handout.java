package org.mskguide.print;

import java.net.URI;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * A topic's rendered body made fit for paper: every link becomes an absolute address (printed after the link by
 * the print stylesheet, so a reader can type it), and, when several topics share one handout, every id and every
 * reference to an id gets the topic's prefix so ids stay unique. Pure Java; jsoup does the parsing.
 * Usage: {@code Handout.forPrint(page.html(), "https://example.org/topics/knee", "knee-")}.
 */
public final class Handout {

    private static final Set<String> ID_LISTS = Set.of("aria-labelledby", "aria-describedby", "aria-controls", "for",
            "headers");

    private Handout() {
    }

    /**
     * @param html     the topic's rendered body (sanitised at start-up)
     * @param pageUrl  the topic's absolute address: relative links resolve against it
     * @param idPrefix prefix for ids, or "" to keep them
     */
    public static String forPrint(String html, String pageUrl, String idPrefix) {
        // Keep attribute case (SVG's viewBox) and the markup as it was: only links and ids change.
        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
        Document doc = Jsoup.parse(html, pageUrl, parser);
        doc.outputSettings().prettyPrint(false);
        URI base = URI.create(pageUrl);
        for (Element e : doc.body().getAllElements()) {
            for (Attribute a : e.attributes().asList()) {
                String name = a.getKey();
                String value = a.getValue();
                if (e.normalName().equals("a") && name.equals("href")) {
                    e.attr("href", base.resolve(value).toString());
                } else if (idPrefix.isEmpty()) {
                    continue;
                } else if (name.equals("id")) {
                    e.attr(name, idPrefix + value);
                } else if (ID_LISTS.contains(name)) {
                    e.attr(name, String.join(" ", java.util.Arrays.stream(value.trim().split("\\s+"))
                            .map(id -> idPrefix + id).toList()));
                } else if ((name.equals("href") || name.equals("xlink:href")) && value.startsWith("#")) {
                    e.attr(name, "#" + idPrefix + value.substring(1));
                } else if (value.contains("url(#")) {
                    e.attr(name, value.replace("url(#", "url(#" + idPrefix));
                }
            }
        }
        return doc.body().html();
    }
}

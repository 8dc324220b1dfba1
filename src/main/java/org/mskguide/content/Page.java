package org.mskguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One content page, parsed and rendered once at start-up. Topic pages live at {@code /topics/{slug}};
 * the other pages ({@code home}, {@code glossary}, {@code about}) at their own paths.
 *
 * @param path        the page's permanent URL path, e.g. {@code /topics/dynamic-imaging}
 * @param html        the rendered, sanitized body; safe to insert unescaped
 * @param headings    the {@code h2}/{@code h3} sections in order, for the table of contents
 * @param anchors     every element id in the body, for link checking
 * @param credential  whether the page states credential facts (and so carries the disclaimer)
 * @param sourceFile  the file it came from, relative to the content folder, for error messages
 * @param aliases     former slugs that redirect here (301), so a renamed page keeps its old links working
 * @param area        for topics, the part of the guide it belongs to ({@code basics}, {@code images}, {@code regions},
 *                    {@code profession}); null for other pages
 * @param figures     the figures placed on the page, in order, for the contents and the quiz
 */
public record Page(String slug, String path, String title, String description, int order,
        LocalDate lastReviewed, LocalDate nextReviewDue, boolean credential, List<String> takeaways,
        List<Source> sources, String html, List<Heading> headings, Set<String> anchors, Set<String> links,
        String sourceFile, List<String> aliases, String area, List<PlacedFigure> figures, List<ChangelogEntry> changes)
        implements java.io.Serializable {

    public Page {
        takeaways = List.copyOf(takeaways);
        sources = List.copyOf(sources);
        headings = List.copyOf(headings);
        anchors = Set.copyOf(anchors);
        links = Set.copyOf(links);
        aliases = List.copyOf(aliases);
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
    }

    /**
     * A part of the rendered body: the text before the first {@code h2} (heading null), then each {@code h2} with what
     * follows it, so the topic template can close every section with its "report a mistake" link.
     */
    public record Section(Heading heading, String html) {
    }

    /** The body cut before each level-2 heading; joined again, the parts are exactly {@link #html}. */
    public List<Section> sections() {
        List<Section> parts = new java.util.ArrayList<>();
        Heading current = null;
        int start = 0;
        for (Heading h : toc()) {
            // The sanitizer keeps only the id on a heading, so every h2 starts exactly like this.
            int at = html.indexOf("<h2 id=\"" + h.id() + "\"", start);
            if (at < 0) {
                throw new IllegalStateException(sourceFile + ": heading #" + h.id() + " not found in the body");
            }
            parts.add(new Section(current, html.substring(start, at)));
            current = h;
            start = at;
        }
        parts.add(new Section(current, html.substring(start)));
        return parts.stream().filter(s -> s.heading() != null || !s.html().isBlank()).toList();
    }

    /** A letter of an A-Z jump list and the first section under it, e.g. {@code ("B", "baker-cyst")}. */
    public record Initial(String letter, String anchor) {
    }

    /** The first level-2 section under each initial letter, in page order: the glossary's A-Z jump list. */
    public List<Initial> initials() {
        java.util.Map<String, Initial> first = new java.util.LinkedHashMap<>();
        headings.stream().filter(h -> h.level() == 2 && !h.text().isEmpty()).forEach(h -> {
            String letter = h.text().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            first.putIfAbsent(letter, new Initial(letter, h.id()));
        });
        return List.copyOf(first.values());
    }

    /** The sections for the table of contents (level 2 only, so it stays short). */
    public List<Heading> toc() {
        return headings.stream().filter(h -> h.level() == 2).toList();
    }
}

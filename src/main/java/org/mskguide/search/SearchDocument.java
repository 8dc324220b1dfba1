package org.mskguide.search;

/**
 * One thing a search can find: a section of a page, a glossary term, a figure or a quiz question's explanation.
 * Built from the same records the pages are rendered from ({@link SearchDocuments}), so a hit links to an anchor
 * the page really has.
 *
 * @param kind      what it is, shown next to the hit
 * @param href      where the hit links, e.g. {@code /topics/dynamic-imaging#why-motion-matters}
 * @param pageTitle the title of the page it is on
 * @param heading   the section heading (or glossary term, or figure label); null for a page's opening text
 * @param text      the plain text searched and quoted in the snippet (not HTML: markup characters are text here)
 */
public record SearchDocument(Kind kind, String href, String pageTitle, String heading, String text) {

    /** The kinds of document, with the label a reader sees. */
    public enum Kind {
        SECTION("Topic"),
        PAGE("Page"),
        GLOSSARY("Glossary term"),
        FIGURE("Figure"),
        QUESTION("Quiz questions");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The guide's own text (a section, a term) comes before figures and quiz questions that repeat it. */
    public boolean primary() {
        return kind == Kind.SECTION || kind == Kind.GLOSSARY || kind == Kind.PAGE;
    }

    public SearchDocument {
        heading = heading == null || heading.isBlank() ? null : heading;
        text = text == null ? "" : text;
    }
}

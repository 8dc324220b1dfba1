package org.mskguide.search;

/**
 * One result as shown: what it is, where it links, its page and section, and a snippet.
 *
 * @param snippetHtml a short passage of the text, HTML-escaped, with the matched words in {@code <mark>}; safe to
 *                    insert unescaped
 */
public record SearchHit(String kind, String href, String pageTitle, String heading, String snippetHtml) {
}

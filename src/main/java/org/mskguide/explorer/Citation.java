package org.mskguide.explorer;

import org.mskguide.content.Source;

/**
 * A source an explorer rests on, printed under the explorer and linked. Made from the entry of the site's source
 * registry ({@code content/sources.yml}), so an explorer cites exactly what the topic pages cite.
 *
 * @param authors   e.g. {@code Crass JR, van de Vegte GL, Harkavy LA}; empty for an organisation's page
 * @param title     the work's title, the link text
 * @param published where and when, e.g. {@code Radiology 167(2):499-501 (RSNA), 1988}
 * @param url       an address a reader can follow
 */
public record Citation(String authors, String title, String published, String url) {

    /** E.g. {@code of(content.sources().get(0))}. */
    static Citation of(Source source) {
        String published = source.publisher() + (source.year() == null ? "" : ", " + source.year());
        return new Citation(source.authors() == null ? "" : source.authors(), source.title(), published,
                source.url());
    }
}

package org.mskguide.web;

import io.quarkus.qute.RawString;

/**
 * What the base layout needs to know about a page: its title, description and place on the site. What is the same for
 * every page (the site's name, the stylesheet) is the template global {@link Site}.
 *
 * @param title       the page's own title (the layout appends the site name)
 * @param path        the page's path, e.g. {@code /topics/dynamic-imaging}
 * @param canonical   absolute URL, for {@code rel=canonical} and {@code og:url}
 * @param section     which main-navigation item to mark as current ({@code home}, {@code topics}, ...)
 * @param indexable   false for per-reader pages (results) that search engines should not index
 * @param head        the inside of the head element (title, description, links), rendered from the fields above
 * @param top         the header, from the skip link to the start of main, rendered once per section ({@link Layout})
 * @param bottom      the end of main and the footer, rendered once per section
 */
public record PageMeta(String title, String description, String path, String canonical, String section,
        boolean indexable, RawString head, RawString top, RawString bottom) {
}

package org.mskguide.web;

/**
 * What the base layout needs to know about a page: its title, description and place on the site.
 *
 * @param title       the page's own title (the layout appends the site name)
 * @param path        the page's path, e.g. {@code /topics/dynamic-imaging}
 * @param canonical   absolute URL, for {@code rel=canonical} and {@code og:url}
 * @param section     which main-navigation item to mark as current ({@code home}, {@code topics}, ...)
 * @param indexable   false for per-reader pages (results) that search engines should not index
 */
public record PageMeta(String title, String description, String path, String canonical, String siteName,
        String cssHref, String section, boolean indexable) {
}

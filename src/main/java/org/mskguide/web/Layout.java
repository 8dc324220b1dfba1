package org.mskguide.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds the {@link PageMeta} every template hands to {@code layouts/base.html}. */
@ApplicationScoped
public class Layout {

    @Inject
    SiteConfig site;

    @Inject
    Assets assets;

    /** A page search engines may index, e.g. {@code layout.meta("Glossary", "Terms...", "/glossary", "glossary")}. */
    public PageMeta meta(String title, String description, String path, String section) {
        return meta(title, description, path, section, true);
    }

    /** A per-reader page (a result, an error) that should not be indexed. */
    public PageMeta privateMeta(String title, String description, String path, String section) {
        return meta(title, description, path, section, false);
    }

    private PageMeta meta(String title, String description, String path, String section, boolean indexable) {
        return new PageMeta(title, description, path, site.baseUrl() + path, site.name(), assets.href("site.css"),
                section, indexable);
    }
}

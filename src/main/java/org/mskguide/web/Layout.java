package org.mskguide.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

/**
 * Builds the {@link PageMeta} every template hands to {@code layouts/base.html}, with its parts already rendered: the
 * header and footer ({@code layouts/top.html}, {@code layouts/bottom.html}) are the same for every page of a section,
 * so each is rendered once and inserted as a {@link RawString} instead of on every request; the head
 * ({@code layouts/head.html}) is rendered for each page, as a template of its own, where its expressions resolve
 * directly instead of through the layout's include.
 */
@ApplicationScoped
public class Layout {

    /**
     * The paths the header and footer compare {@code meta.path} with (the links that get {@code aria-current}). Any
     * other path renders the same header and footer as every other page of its section.
     */
    static final Set<String> CHROME_PATHS = Set.of("/", AppRoutes.TOPICS, AppRoutes.QUIZ, AppRoutes.ELIGIBILITY,
            AppRoutes.INSTRUCTORS, AppRoutes.EXPLORE, "/for-students", "/for-instructors", "/for-applicants", "/about", "/sitemap");

    @Inject
    SiteConfig site;

    @Inject
    Assets assets;

    @Inject
    @Location("layouts/head")
    Template head;

    @Inject
    @Location("layouts/top")
    Template top;

    @Inject
    @Location("layouts/bottom")
    Template bottom;

    private Site siteGlobal;

    /** Header and footer by section and path; bounded by the sections and {@link #CHROME_PATHS}. */
    private final Map<String, RawString[]> chrome = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        siteGlobal = new Site(site.name(), site.baseUrl(), assets.href("site.css"), assets.href("return.js"),
                assets.href("progress.js"));
    }

    /** The site-wide values behind the template global {@code site} ({@link SiteGlobals}). */
    public Site site() {
        return siteGlobal;
    }

    /** A page search engines may index, e.g. {@code layout.meta("Glossary", "Terms...", "/glossary", "glossary")}. */
    public PageMeta meta(String title, String description, String path, String section) {
        return meta(title, description, path, section, true);
    }

    /** A per-reader page (a result, an error) that should not be indexed. */
    public PageMeta privateMeta(String title, String description, String path, String section) {
        return meta(title, description, path, section, false);
    }

    private PageMeta meta(String title, String description, String path, String section, boolean indexable) {
        String chromePath = CHROME_PATHS.contains(path) ? path : "";
        RawString[] parts = chrome.computeIfAbsent(section + "\n" + chromePath, key -> {
            // Rendered from the key alone, so the cached copy is by construction the same for every page sharing it.
            PageMeta keyMeta = new PageMeta("", "", chromePath, "", section, false, null, null, null);
            return new RawString[] { new RawString(top.data("meta", keyMeta).render()),
                    new RawString(bottom.data("meta", keyMeta).render()) };
        });
        PageMeta page = new PageMeta(title, description, path, site.baseUrl() + path, section, indexable, null,
                parts[0], parts[1]);
        return new PageMeta(title, description, path, page.canonical(), section, indexable,
                new RawString(head.data("meta", page).render()), parts[0], parts[1]);
    }
}

package org.mskguide.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The site's few static files ({@code src/main/resources/assets/}), loaded once. Their URLs carry a
 * content hash ({@code /assets/site.css?v=1a2b3c4d}) so browsers may keep them for a year and still
 * see a change at once.
 */
@ApplicationScoped
public class Assets implements PreRendered {

    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css;charset=UTF-8",
            "favicon.svg", "image/svg+xml",
            // Redraws an explorer without a reload; the pages work the same without it.
            "explorer.js", "text/javascript;charset=UTF-8",
            // Topic pages: "back to your quiz result" for a reader who came from one; the Back button does the same.
            "return.js", "text/javascript;charset=UTF-8",
            // Copy buttons and the question picker's live count (instructors); those pages work the same without it.
            "instructors.js", "text/javascript;charset=UTF-8",
            // The mock exam's countdown; the deadline is the server's, and the page states it in words without this.
            "mockexam.js", "text/javascript;charset=UTF-8",
            // Topics read and quizzed, kept in this browser only (localStorage); without it nothing is marked.
            "progress.js", "text/javascript;charset=UTF-8");

    private Map<String, CachedBody> bodies;

    @PostConstruct
    void load() {
        Map<String, CachedBody> loaded = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, CachedBody.of(read(name), type, CachedBody.IMMUTABLE)));
        bodies = Map.copyOf(loaded);
    }

    @Override
    public Map<String, CachedBody> byPath() {
        Map<String, CachedBody> byPath = new java.util.HashMap<>();
        bodies.forEach((name, body) -> byPath.put("/assets/" + name, body));
        return byPath;
    }

    /** Fingerprinted URL of an asset, e.g. {@code href("site.css")} is {@code /assets/site.css?v=1a2b3c4d}. */
    public String href(String name) {
        return "/assets/" + name + "?v=" + bodies.get(name).version();
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("assets/" + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mskguide.browser;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names and kinds of pages, so every page the crawl finds joins the checks without a list to maintain.
 * <p>
 * Examples: {@code name("/topics/rmsks-credential")} is {@code "topics-rmsks-credential"} (a report file name);
 * with {@code /topics} a collection, {@code type("/topics/rmsks-credential", Set.of("topics"))} is
 * {@code "/topics/*"}; {@code type("/quiz?topic=x", Set.of())} is {@code "/quiz?topic"}.
 */
public final class SitePages {

    /** More pages than this below one first path segment make it a collection of pages of one kind. */
    static final int COLLECTION_SIZE = 3;

    private SitePages() {
    }

    /** A file-name-safe name for a path, used for report files. */
    public static String name(String pathAndQuery) {
        String name = pathAndQuery.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    /**
     * The page's kind: its path and the names (not values) of its query parameters; every page below a
     * collection ({@code /topics/...}) is one kind.
     */
    public static String type(String pathAndQuery, Set<String> collections) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String[] segments = path.replaceFirst("^/", "").split("/");
        StringBuilder type = new StringBuilder(segments.length > 1 && collections.contains(segments[0])
                ? "/" + segments[0] + "/*" : path);
        if (q >= 0) {
            TreeSet<String> parameters = new TreeSet<>();
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                parameters.add(pair.replaceFirst("=.*", ""));
            }
            type.append('?').append(String.join("&", parameters));
        }
        return type.toString();
    }

    /** The first page of each kind, keyed by kind, in the order given. */
    public static Map<String, String> onePerType(Collection<String> paths) {
        Map<String, Set<String>> below = new HashMap<>();
        for (String path : paths) {
            String[] segments = path.replaceFirst("\\?.*", "").replaceFirst("^/", "").split("/");
            if (segments.length > 1) {
                below.computeIfAbsent(segments[0], first -> new HashSet<>()).add(path.replaceFirst("\\?.*", ""));
            }
        }
        Set<String> collections = new HashSet<>();
        below.forEach((first, pages) -> {
            if (pages.size() > COLLECTION_SIZE) {
                collections.add(first);
            }
        });
        Map<String, String> representatives = new LinkedHashMap<>();
        paths.forEach(path -> representatives.putIfAbsent(type(path, collections), path));
        return representatives;
    }
}

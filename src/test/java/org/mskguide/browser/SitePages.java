package org.mskguide.browser;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names and kinds of pages, so every page the crawl finds joins the checks without a list to maintain.
 * <p>
 * Examples: {@code name("/topics/rmsks-credential")} is {@code "topics-rmsks-credential"} (a report file name);
 * {@code type("/topics/rmsks-credential")} is {@code "/topics/*"} and {@code type("/quiz?topic=x")} is
 * {@code "/quiz?topic"}.
 */
public final class SitePages {

    private SitePages() {
    }

    /** A file-name-safe name for a path, used for report files. */
    public static String name(String pathAndQuery) {
        String name = pathAndQuery.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    /** The page's kind: its first path segment, whether it goes deeper, and the names of its query parameters. */
    public static String type(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String[] segments = path.replaceFirst("^/", "").split("/");
        StringBuilder type = new StringBuilder("/").append(segments[0]);
        if (segments.length > 1) {
            type.append("/*");
        }
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
        Map<String, String> representatives = new LinkedHashMap<>();
        paths.forEach(path -> representatives.putIfAbsent(type(path), path));
        return representatives;
    }
}

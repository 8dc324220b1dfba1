package org.mskguide.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources of {@code content/sources.yml} while the content is being loaded: every citation resolves
 * through {@link #cite}, which remembers what was cited so that {@link #checkAllCited()} can refuse an entry
 * nobody uses. Plain Java, used only by {@link ContentLoader}.
 */
final class SourceRegistry {

    static final String FILE = "sources.yml";

    private final Map<String, Source> byId = new LinkedHashMap<>();
    private final Set<String> cited = new LinkedHashSet<>();

    SourceRegistry(List<Source> sources) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Source s : sources) {
            String problem = problem(s);
            if (problem != null) {
                throw new ContentException(FILE, "source '" + (s == null ? null : s.id()) + "': " + problem);
            }
            if (byId.put(s.id(), s) != null) {
                throw new ContentException(FILE, "source id '" + s.id() + "' appears twice");
            }
            String other = urls.putIfAbsent(normalise(s.url()), s.id());
            if (other != null) {
                throw new ContentException(FILE, "sources '" + other + "' and '" + s.id() + "' have the same address "
                        + s.url() + "; keep one entry");
            }
        }
    }

    /** The source with this id, marked as cited; fails naming {@code file} when the id is not registered. */
    Source cite(String file, String id) {
        Source s = byId.get(id);
        if (s == null) {
            throw new ContentException(file, "unknown source '" + id + "': add it to content/" + FILE
                    + " (known: " + String.join(", ", byId.keySet()) + ")");
        }
        cited.add(id);
        return s;
    }

    /** Fails when an entry of the registry is cited by nothing: a source list must not claim support it does not give. */
    void checkAllCited() {
        for (String id : byId.keySet()) {
            if (!cited.contains(id)) {
                throw new ContentException(FILE, "source '" + id + "' is not cited by any page, figure or rule; "
                        + "cite it or remove it");
            }
        }
    }

    List<Source> all() {
        return List.copyOf(byId.values());
    }

    private static String problem(Source s) {
        if (s == null) {
            return "empty entry";
        }
        if (s.id() == null || !s.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return "id must be lowercase words joined by hyphens";
        }
        if (blank(s.title())) {
            return "needs a title";
        }
        if (blank(s.publisher())) {
            return "needs a publisher (journal or organisation)";
        }
        if (!Source.PRIMARY.equals(s.kind()) && !Source.COPY.equals(s.kind())) {
            return "kind must be 'primary' or 'copy'";
        }
        if (blank(s.supports())) {
            return "needs 'supports': what the site uses it for";
        }
        if (s.year() != null && (s.year() < 1900 || s.year() > 2100)) {
            return "year " + s.year() + " is not a year";
        }
        return urlProblem(s.url());
    }

    // A reader must be able to open the exact document: an address with a host and a path, not a home page.
    private static String urlProblem(String url) {
        if (blank(url)) {
            return "needs a public address (url)";
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                return "url must start with https:// (or http:// where the host has no https)";
            }
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "url " + url + " has no host";
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (path.isEmpty() || path.equals("/")) {
                return "url " + url + " is a home page; cite the page that says it";
            }
            return null;
        } catch (URISyntaxException e) {
            return "url " + url + " is not a valid address";
        }
    }

    private static String normalise(String url) {
        String u = url.replaceFirst("^https?://(www\\.)?", "").toLowerCase(java.util.Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

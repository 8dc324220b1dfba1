package org.mskguide.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Crawls a site the way a reader clicking every link would: from {@code /}, every internal link (anchors, and
 * the stylesheets and icons pages load) must answer 200 without a redirect, and every {@code #fragment} must
 * name an element on its target page. Then every page in {@code /sitemap.xml} must have been reached by
 * following links. Internal means same origin; other sites are not fetched.
 * <p>
 * Example: {@code LinkChecker.crawl(LinkChecker.http(root), Set.of()).problems()} is empty for a sound site.
 */
public final class LinkChecker {

    /** Fixed origin used to resolve relative links; only the path and query are ever fetched. */
    private static final String ORIGIN = "http://site.invalid";

    /** One HTTP answer. */
    public record Fetched(int status, String contentType, String body) {
        public boolean html() {
            return status == 200 && contentType != null && contentType.startsWith("text/html");
        }
    }

    /** Fetches a path with its query ({@code /quiz?topic=x}) without following redirects. */
    @FunctionalInterface
    public interface Fetcher {
        Fetched get(String pathAndQuery);
    }

    /**
     * What the crawl saw: every fetched path in crawl order with its answer, and each problem as one readable
     * line naming the page that links to the broken target.
     */
    public record Report(Map<String, Fetched> pages, List<String> problems) {
        /** Path to body of every page that answered 200 with HTML, in crawl order. */
        public Map<String, String> htmlPages() {
            Map<String, String> html = new LinkedHashMap<>();
            pages.forEach((path, fetched) -> {
                if (fetched.html()) {
                    html.put(path, fetched.body());
                }
            });
            return html;
        }

        /** Writes the problems, then every fetched path with its status, e.g. to {@code target/links/report.txt}. */
        public void writeTo(Path file) {
            List<String> lines = new ArrayList<>();
            lines.add("Problems: " + problems.size());
            problems.forEach(problem -> lines.add("  " + problem));
            lines.add("Fetched: " + pages.size());
            pages.forEach((path, fetched) -> lines.add("  " + fetched.status() + " " + path));
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LinkChecker() {
    }

    /** A fetcher for a running server, e.g. {@code http(URI.create("http://localhost:8081/"))}. */
    public static Fetcher http(URI root) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return pathAndQuery -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(root.resolve(pathAndQuery))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "text/html,*/*;q=0.8")
                        .GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot fetch " + pathAndQuery, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while fetching " + pathAndQuery, e);
            }
        };
    }

    /**
     * Crawls from {@code /}, then checks the sitemap. Paths in {@code notYetBuilt} (compared without the query)
     * are neither fetched nor reported: they belong to features still being written.
     */
    public static Report crawl(Fetcher fetcher, Set<String> notYetBuilt) {
        Map<String, Fetched> pages = new LinkedHashMap<>();
        Map<String, String> linkedFrom = new LinkedHashMap<>();
        List<String[]> fragments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        linkedFrom.put("/", "the start of the crawl");
        follow(fetcher, notYetBuilt, queue, pages, linkedFrom, fragments, problems);

        Fetched sitemap = fetcher.get("/sitemap.xml");
        if (sitemap.status() != 200) {
            problems.add("/sitemap.xml answered " + sitemap.status());
        } else {
            for (Element loc : Jsoup.parse(sitemap.body(), "", Parser.xmlParser()).select("url > loc")) {
                URI uri = URI.create(loc.text().trim());
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (skipped(path, notYetBuilt) || pages.containsKey(path)) {
                    continue;
                }
                problems.add(path + " is in the sitemap but no link leads to it from /");
                linkedFrom.putIfAbsent(path, "/sitemap.xml");
                queue.add(path);
            }
            // Pages found only through the sitemap are checked like the others.
            follow(fetcher, notYetBuilt, queue, pages, linkedFrom, fragments, problems);
        }

        for (String[] link : fragments) {
            Fetched target = pages.get(link[1]);
            if (target == null || !target.html()) {
                continue;
            }
            Document doc = Jsoup.parse(target.body());
            if (link[2].isEmpty()) {
                problems.add(link[0] + " has an empty link \"#\" to " + link[1]);
            } else if (doc.getElementById(link[2]) == null && doc.select("a[name]").stream()
                    .noneMatch(a -> a.attr("name").equals(link[2]))) {
                problems.add(link[0] + " links to " + link[1] + "#" + link[2] + " but there is no such id");
            }
        }
        return new Report(pages, problems);
    }

    private static void follow(Fetcher fetcher, Set<String> notYetBuilt, Deque<String> queue,
            Map<String, Fetched> pages, Map<String, String> linkedFrom, List<String[]> fragments, List<String> problems) {
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (pages.containsKey(path)) {
                continue;
            }
            Fetched fetched = fetcher.get(path);
            pages.put(path, fetched);
            if (fetched.status() != 200) {
                problems.add(path + " answered " + fetched.status() + " (linked from " + linkedFrom.get(path) + ")");
                continue;
            }
            if (!fetched.html()) {
                continue;
            }
            Document doc = Jsoup.parse(fetched.body(), ORIGIN + path);
            for (Element link : doc.select("a[href], area[href], link[href]")) {
                if (link.is("link[rel~=(?i)canonical|alternate]")) {
                    continue; // absolute public addresses, not pages of the server under test
                }
                URI uri = absolute(link.absUrl("href"));
                if (uri == null) {
                    problems.add(path + " has a link that is not a valid URL: " + link.attr("href"));
                    continue;
                }
                if (!ORIGIN.equals(uri.getScheme() + "://" + uri.getRawAuthority())) {
                    continue;
                }
                String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (uri.getRawFragment() != null) {
                    fragments.add(new String[] { path, target, uri.getFragment() });
                }
                if (!skipped(target, notYetBuilt)) {
                    linkedFrom.putIfAbsent(target, path);
                    queue.add(target);
                }
            }
        }
    }

    private static boolean skipped(String pathAndQuery, Set<String> notYetBuilt) {
        return notYetBuilt.contains(pathAndQuery.replaceFirst("\\?.*", ""));
    }

    /** The URL jsoup resolved, or null when the href was not a URL at all. */
    private static URI absolute(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null ? null : uri;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

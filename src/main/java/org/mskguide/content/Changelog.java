package org.mskguide.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code content/changelog.yml}: per topic slug, the dated list of substantive changes. Read once at start-up like the
 * rest of the content; a missing date, a date that is not {@code yyyy-mm-dd}, an empty or over-long summary, or a slug
 * that is no topic stops the application with a message naming the file. The file is optional (a new site has no
 * history yet). Pure Java. Usage: {@code Map<String, List<ChangelogEntry>> bySlug = Changelog.read(root, yaml);}
 */
public final class Changelog {

    public static final String FILE = "changelog.yml";

    /** One line in a list at the foot of the page: long enough for a clause, short enough to stay one line. */
    public static final int MAX_SUMMARY = 200;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Changelog() {
    }

    /** The file's shape: a slug, then its entries as written (the date is checked as text first, for a clear message). */
    record Entry(String date, String summary) {
    }

    /** Every topic's entries, newest first; empty when the file does not exist. */
    public static Map<String, List<ChangelogEntry>> read(Path root, ObjectMapper yaml) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, List<Entry>> parsed;
        try {
            // A slug written twice would otherwise keep only its last list: refuse it.
            parsed = yaml.readerFor(new TypeReference<LinkedHashMap<String, List<Entry>>>() {
            }).with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readValue(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
            throw new ContentException(FILE, "malformed YAML: " + message, e);
        }
        Map<String, List<ChangelogEntry>> result = new LinkedHashMap<>();
        if (parsed == null) {
            return result;
        }
        parsed.forEach((slug, entries) -> result.put(slug, entries(slug, entries)));
        return result;
    }

    private static List<ChangelogEntry> entries(String slug, List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new ContentException(FILE, "topic '" + slug + "' has no entries: remove it or add a date and summary");
        }
        return entries.stream().map(e -> entry(slug, e))
                .sorted(Comparator.comparing(ChangelogEntry::date).reversed()).toList();
    }

    private static ChangelogEntry entry(String slug, Entry e) {
        if (e == null || e.date() == null || !DATE.matcher(e.date().strip()).matches()) {
            throw new ContentException(FILE, "topic '" + slug + "': every entry needs a date written yyyy-mm-dd, e.g. "
                    + "2026-11-28 (found: " + (e == null ? "an empty entry" : "'" + e.date() + "'") + ")");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(e.date().strip());
        } catch (DateTimeException ex) {
            throw new ContentException(FILE, "topic '" + slug + "': '" + e.date() + "' is not a date", ex);
        }
        String summary = e.summary() == null ? "" : e.summary().strip();
        if (summary.isEmpty() || summary.length() > MAX_SUMMARY || summary.contains("\n")) {
            throw new ContentException(FILE, "topic '" + slug + "', " + date + ": the summary must be one line of 1 to "
                    + MAX_SUMMARY + " characters");
        }
        return new ChangelogEntry(date, summary);
    }

    /** Refuses an entry for a slug that is no topic (a typo would otherwise hide a page's history). */
    public static void checkSlugs(Map<String, List<ChangelogEntry>> changes, Set<String> topicSlugs) {
        for (String slug : changes.keySet()) {
            if (!topicSlugs.contains(slug)) {
                throw new ContentException(FILE, "'" + slug + "' is not a topic (topics: " + topicSlugs.stream().sorted()
                        .toList() + ")");
            }
        }
    }
}

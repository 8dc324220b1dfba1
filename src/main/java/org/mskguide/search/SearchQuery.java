package org.mskguide.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the reader typed, checked and cut into plain words. Nothing in it is query syntax: quotes, brackets,
 * {@code *}, {@code ~}, {@code :} and the like only separate words, so no input can make the search fail.
 * Usage: {@code SearchQuery.of(request.q()).words()}.
 *
 * @param text  the query as typed, stripped (shown back in the search field)
 * @param words the words searched for, in order; empty for an empty query or one made only of punctuation
 */
public record SearchQuery(String text, List<String> words) {

    /** Longer queries are refused with a message: nobody types 200 characters into a search box. */
    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        words = List.copyOf(words);
    }

    public static SearchQuery of(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (tooLong(text)) {
            return new SearchQuery(text, List.of());
        }
        // Letters and digits make words; an apostrophe inside a word stays ("Baker's" is the analyzer's job).
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}'’]+"))
                .map(w -> w.replaceAll("^['’]+|['’]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
        return new SearchQuery(text, words);
    }

    /** Nothing typed at all: the search page shows just the form. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Over {@link #MAX_LENGTH} characters (counted as a reader counts them, not in UTF-16 units). */
    public boolean isTooLong() {
        return tooLong(text);
    }

    private static boolean tooLong(String text) {
        return text.length() > MAX_LENGTH && text.codePointCount(0, text.length()) > MAX_LENGTH;
    }

    /** The words joined by spaces: what the analyzer sees. */
    public String plainText() {
        return String.join(" ", words);
    }

    /** The address of a page of results for this query, e.g. {@code /search?q=rotator+cuff&page=2}. */
    public String href(int page) {
        return link(text) + (page > 1 ? "&page=" + page : "");
    }

    /** The address of the results for other words (a "did you mean" suggestion). */
    public static String link(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }
}

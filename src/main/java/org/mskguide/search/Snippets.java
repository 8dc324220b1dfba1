package org.mskguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The snippet under a result: the one or two sentences of a document's text with the most of the matched terms,
 * HTML-escaped, each matched word in {@code <mark>}. The words are found with the index's own analysis (so
 * "tendons" is marked for "tendon"), on the text kept in memory. Lucene's UnifiedHighlighter did the same job at
 * several times the cost per request (it re-read stored fields and rebuilt the typo automata for every hit).
 * Usage: {@code Snippets.html(text, Set.of("tendon"), analyzer)}.
 */
final class Snippets {

    static final int MAX_SENTENCES = 2;
    /** A longer sentence is cut around its first mark, so a snippet stays about two lines long. */
    static final int MAX_SENTENCE_CHARS = 240;

    /**
     * Only this much of a long section is read for the snippet: analyzing the text is the largest part of a search's
     * cost, and a reader judges a hit by its opening sentences anyway.
     */
    static final int MAX_SCANNED_CHARS = 3000;

    private Snippets() {
    }

    private record Mark(int start, int end) {
    }

    private record Sentence(int start, int end, int index, List<Mark> marks, int distinct) {
    }

    /** The snippet for {@code text}, marking tokens whose analyzed form is one of {@code terms}. */
    static String html(String fullText, Set<String> terms, Analyzer analyzer) {
        String text = fullText.length() > MAX_SCANNED_CHARS
                ? fullText.substring(0, wordStart(fullText, MAX_SCANNED_CHARS, 0)) : fullText;
        List<Mark> marks = new ArrayList<>();
        List<String> markedTerms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (terms.contains(t)) {
                    marks.add(new Mark(offset.startOffset(), offset.endOffset()));
                    markedTerms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sentence> sentences = sentences(text, marks, markedTerms);
        List<Sentence> best = sentences.stream()
                .sorted(Comparator.comparingInt(Sentence::distinct).reversed()
                        .thenComparing(Comparator.comparingInt((Sentence s) -> s.marks().size()).reversed())
                        .thenComparingInt(Sentence::index))
                .limit(marks.isEmpty() ? 1 : MAX_SENTENCES)
                .filter(s -> marks.isEmpty() || !s.marks().isEmpty())
                .sorted(Comparator.comparingInt(Sentence::index))
                .toList();
        StringBuilder html = new StringBuilder(MAX_SENTENCES * MAX_SENTENCE_CHARS + 64);
        int previousIndex = -1;
        for (Sentence s : best) {
            if (previousIndex >= 0) {
                html.append(s.index() == previousIndex + 1 ? " " : " … ");
            }
            write(html, text, s);
            previousIndex = s.index();
        }
        return html.toString();
    }

    /** Sentences end at ".", "!" or "?" followed by a space (good enough for the guide's plain prose). */
    private static List<Sentence> sentences(String text, List<Mark> marks, List<String> markedTerms) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int m = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length()
                    || (i > start && ".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i)));
            if (!end) {
                continue;
            }
            List<Mark> inside = new ArrayList<>();
            Set<String> distinct = new HashSet<>();
            while (m < marks.size() && marks.get(m).start() < i) {
                inside.add(marks.get(m));
                distinct.add(markedTerms.get(m));
                m++;
            }
            if (!text.substring(start, i).isBlank()) {
                sentences.add(new Sentence(start, i, sentences.size(), inside, distinct.size()));
            }
            start = i;
        }
        return sentences;
    }

    private static void write(StringBuilder html, String text, Sentence s) {
        int from = s.start();
        int to = s.end();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (to - from > MAX_SENTENCE_CHARS) {
            int first = s.marks().isEmpty() ? from : s.marks().get(0).start();
            int cutFrom = Math.max(from, Math.min(first - MAX_SENTENCE_CHARS / 3, to - MAX_SENTENCE_CHARS));
            cutFrom = wordStart(text, cutFrom, from);
            int cutTo = wordEnd(text, Math.min(to, cutFrom + MAX_SENTENCE_CHARS), to);
            if (cutFrom > from) {
                html.append("… ");
            }
            append(html, text, cutFrom, cutTo, s.marks());
            if (cutTo < to) {
                html.append(" …");
            }
            return;
        }
        append(html, text, from, to, s.marks());
    }

    private static void append(StringBuilder html, String text, int from, int to, List<Mark> marks) {
        int at = from;
        for (Mark mark : marks) {
            if (mark.start() < from || mark.end() > to) {
                continue;
            }
            escape(html, text, at, mark.start());
            html.append("<mark>");
            escape(html, text, mark.start(), mark.end());
            html.append("</mark>");
            at = mark.end();
        }
        escape(html, text, at, to);
        int length = html.length();
        while (length > 0 && Character.isWhitespace(html.charAt(length - 1))) {
            length--;
        }
        html.setLength(length);
    }

    private static int wordStart(String text, int at, int limit) {
        while (at > limit && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at, int limit) {
        while (at < limit && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Text to HTML: the characters that could start markup or an entity, and quotes, are escaped. */
    static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}

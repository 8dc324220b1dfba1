package org.mskguide.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;
import org.mskguide.quiz.Question;
import org.mskguide.search.SearchDocument.Kind;

/**
 * Turns the loaded content into search documents: one per section of each topic (cut at its {@code h2}/{@code h3}
 * headings, whose ids are the anchors the page renders), one per glossary term, one per placed figure, one per
 * section the quiz tests (its questions' stems, never their explanations or answers, linking to that section). Pure: no framework, no files.
 * Usage: {@code SearchDocuments.from(content, bank.questions())}.
 */
public final class SearchDocuments {

    /** The anchor of the "Key takeaways" box every topic page renders above its body. */
    static final String TAKEAWAYS_ANCHOR = "key-takeaways";

    private SearchDocuments() {
    }

    public static List<SearchDocument> from(Content content, List<Question> questions) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Page topic : content.topics()) {
            if (!topic.takeaways().isEmpty()) {
                // Named with its topic: a list of results with several bare "Key takeaways" says nothing.
                docs.add(new SearchDocument(Kind.SECTION, topic.path() + "#" + TAKEAWAYS_ANCHOR, topic.title(),
                        "Key takeaways: " + topic.title(),
                        topic.description() + " " + String.join(" ", topic.takeaways())));
            }
            docs.addAll(sections(topic, Kind.SECTION));
        }
        // The home page only introduces the topics, which are indexed themselves.
        content.pages().values().stream()
                .filter(p -> !p.slug().equals("home"))
                .sorted(Comparator.comparing(Page::order))
                .forEach(p -> docs.addAll(sections(p, p.slug().equals("glossary") ? Kind.GLOSSARY : Kind.PAGE)));
        Map<String, Page> byPath = content.byPath();
        content.figures().values().stream()
                .sorted(Comparator.comparing(PlacedFigure::href))
                .forEach(f -> docs.add(new SearchDocument(Kind.FIGURE, f.href(),
                        Optional.ofNullable(byPath.get(f.pagePath())).map(Page::title).orElse(f.pagePath()),
                        f.label(), f.block().caption() + " " + f.figure().desc())));
        // One document per section the quiz tests, holding all its questions: several hits for one section would
        // push other pages off the first page of results.
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        questions.forEach(q -> bySection.computeIfAbsent(q.sectionPath(), k -> new ArrayList<>()).add(q));
        bySection.forEach((href, tested) -> {
            Question first = tested.get(0);
            Optional<Page> topic = content.topic(first.topic());
            String heading = topic.flatMap(t -> t.headings().stream().filter(h -> h.id().equals(first.section()))
                    .map(Heading::text).findFirst()).orElse(null);
            // The question stems only: an explanation names the keyed answer, which a search must not give away.
            StringBuilder text = new StringBuilder();
            tested.forEach(q -> text.append(q.text()).append(' '));
            docs.add(new SearchDocument(Kind.QUESTION, href, topic.map(Page::title).orElse(first.topic()), heading,
                    text.toString().strip()));
        });
        return List.copyOf(docs);
    }

    /**
     * The page's body cut at its headings: the text before the first heading (linking to the page itself), then one
     * document per {@code h2}/{@code h3} with an id. Figures are left out: they are documents of their own.
     */
    static List<SearchDocument> sections(Page page, Kind kind) {
        List<SearchDocument> docs = new ArrayList<>();
        Element body = Jsoup.parseBodyFragment(page.html()).body();
        body.select("figure, .permalink").remove();
        String href = page.path();
        String heading = null;
        StringBuilder text = new StringBuilder(kind == Kind.GLOSSARY ? "" : page.description());
        for (Element child : body.children()) {
            if (child.is("h2[id], h3[id]")) {
                add(docs, kind, href, page.title(), heading, text);
                href = page.path() + "#" + child.id();
                heading = child.text();
                text.setLength(0);
            } else if (child.is("ul, ol")) {
                text.append(' ').append(listText(child.children().eachText()));
            } else {
                text.append(' ').append(kind == Kind.GLOSSARY ? withoutCrossReferences(child.text()) : child.text());
            }
        }
        add(docs, kind, href, page.title(), heading, text);
        return docs;
    }

    /**
     * List items as separate phrases in a snippet, not one run-on sentence: "a; b; c." An item that ends its own
     * sentence is followed by a space only (never ".;").
     */
    static String listText(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(ENDS_SENTENCE.matcher(text).find() ? " " : "; ");
            }
            text.append(trimmed);
        }
        return text.isEmpty() || ENDS_SENTENCE.matcher(text).find() ? text.toString() : text + ".";
    }

    /**
     * A glossary entry without its "See [topic]." pointers: they lead on from the page, but as a search snippet
     * ("See anisotropy.") they say nothing, and an entry that is only a pointer is not worth a result.
     */
    static String withoutCrossReferences(String text) {
        return CROSS_REFERENCE.matcher(text).replaceAll("").strip();
    }

    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("[.!?:;]$");
    private static final java.util.regex.Pattern CROSS_REFERENCE = java.util.regex.Pattern
            .compile("(?:^|(?<=[.!?])\\s+)(?:See|See also|Also see)\\s[^.!?]*[.!?]?(?=\\s|$)");

    private static void add(List<SearchDocument> docs, Kind kind, String href, String title, String heading,
            StringBuilder text) {
        String plain = text.toString().strip();
        if (kind == Kind.GLOSSARY && heading != null && plain.isEmpty()) {
            return;
        }
        if (!plain.isEmpty() || heading != null) {
            docs.add(new SearchDocument(heading == null && kind == Kind.GLOSSARY ? Kind.PAGE : kind, href, title,
                    heading, plain));
        }
    }
}

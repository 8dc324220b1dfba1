package org.mskguide.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything under {@code content/}, loaded and validated once: the topic pages in reading order,
 * the other pages by slug, the credential facts, the sources, and the figures. Immutable; shared by every request.
 *
 * @param figures      figures placed on a page, by name
 * @param looseFigures figure files no page places: only a quiz question may use them (as its picture), and the
 *                     question bank loader refuses one that no question uses
 */
public record Content(List<Page> topics, Map<String, Page> pages, CredentialFacts rmsks, List<Source> sources,
        Map<String, PlacedFigure> figures, Map<String, Figure> looseFigures, Map<String, CredentialFacts> credentials)
        implements java.io.Serializable {

    public Content {
        credentials = Map.copyOf(credentials);
        topics = List.copyOf(topics);
        pages = Map.copyOf(pages);
        sources = List.copyOf(sources);
        figures = Map.copyOf(figures);
        looseFigures = Map.copyOf(looseFigures);
    }

    /** Content with the RMSKS as its only credential file. */
    public Content(List<Page> topics, Map<String, Page> pages, CredentialFacts rmsks, List<Source> sources,
            Map<String, PlacedFigure> figures, Map<String, Figure> looseFigures) {
        this(topics, pages, rmsks, sources, figures, looseFigures, Map.of("rmsks", rmsks));
    }

    /**
     * The facts of one credential file by its name, e.g. {@code credential("rmsk")} for
     * {@code content/credentials/rmsk.yml}; fails loudly when the file is missing.
     */
    public CredentialFacts credential(String file) {
        CredentialFacts facts = credentials.get(file);
        if (facts == null) {
            throw new ContentException("credentials/" + file + ".yml", "file is missing");
        }
        return facts;
    }

    /** Content without a source registry or figures, for tests of other features. */
    public Content(List<Page> topics, Map<String, Page> pages, CredentialFacts rmsks) {
        this(topics, pages, rmsks, List.of(), Map.of(), Map.of());
    }

    /** Content without figures. */
    public Content(List<Page> topics, Map<String, Page> pages, CredentialFacts rmsks, List<Source> sources) {
        this(topics, pages, rmsks, sources, Map.of(), Map.of());
    }

    /** The figure with this name where its page places it, e.g. {@code figure("long-and-short-axis")}. */
    public Optional<PlacedFigure> figure(String name) {
        return Optional.ofNullable(name == null ? null : figures.get(name));
    }

    /** The pages (topics first, in reading order) that cite this source, for the about page's source list. */
    public List<Page> citing(Source source) {
        return java.util.stream.Stream.concat(topics.stream(), pages.values().stream()
                        .sorted(java.util.Comparator.comparing(Page::order)))
                .filter(p -> p.sources().contains(source)).toList();
    }

    /** True when the credential rules (and so the eligibility self-check) cite this source. */
    public boolean citedByRules(Source source) {
        return credentials.values().stream().anyMatch(c ->
                c.facts().values().stream().anyMatch(f -> source.url().equals(f.sourceUrl()))
                || c.rules().values().stream().anyMatch(r -> source.url().equals(r.sourceUrl())));
    }

    /** The topics in their parts (basics, reading images, regions, careers), each in reading order. */
    public List<TopicGroup> topicGroups() {
        return TopicGroup.of(topics);
    }

    /** The topic at {@code /topics/{slug}}, if there is one. */
    public Optional<Page> topic(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** A non-topic page such as {@code home}, {@code glossary} or {@code about}. */
    public Page page(String slug) {
        Page page = pages.get(slug);
        if (page == null) {
            throw new IllegalStateException("content/pages/" + slug + ".md is missing");
        }
        return page;
    }

    /** The topic that used to live at {@code /topics/{alias}}, for a permanent redirect. */
    public Optional<Page> topicByAlias(String alias) {
        return topics.stream().filter(t -> t.aliases().contains(alias)).findFirst();
    }

    /** The topic before this one in reading order, or empty for the first. */
    public Optional<Page> previous(Page topic) {
        int i = topics.indexOf(topic);
        return i > 0 ? Optional.of(topics.get(i - 1)) : Optional.empty();
    }

    /** The topic after this one in reading order, or empty for the last. */
    public Optional<Page> next(Page topic) {
        int i = topics.indexOf(topic);
        return i >= 0 && i < topics.size() - 1 ? Optional.of(topics.get(i + 1)) : Optional.empty();
    }

    /** Every page (topics and others) by its URL path, for link checking and the sitemap. */
    public Map<String, Page> byPath() {
        return java.util.stream.Stream.concat(topics.stream(), pages.values().stream())
                .collect(Collectors.toMap(Page::path, Function.identity()));
    }
}

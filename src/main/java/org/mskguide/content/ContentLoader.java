package org.mskguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a content folder into an immutable {@link Content}: {@code credentials/*.yml} first (the facts),
 * then {@code figures/*.svg} and the figures drawn from data ({@link FigureLibrary}), then {@code topics/*.md} and
 * {@code pages/*.md}. Fact placeholders such as {@code {{rmsks.studiesRequired}}} are replaced before the markdown
 * is parsed. Every problem fails fast with a {@link ContentException} naming the file: bad front matter, an unknown
 * fact, a duplicate slug, an internal link or anchor that does not exist, a figure that breaks the figure rules,
 * is missing or is placed twice. (A figure file used by nothing is refused once the quiz is loaded: a quiz question
 * may use a figure that no page places.)
 * Plain Java, no framework: it is tested without starting Quarkus.
 */
public final class ContentLoader {

    /** Pages that must exist under {@code pages/}: the layout, the footer and the home page point at them. */
    private static final java.util.regex.Pattern TOPIC_LINK = java.util.regex.Pattern.compile(
            "href=\"/topics/([a-z0-9-]+)[\"#]");

    public static final Set<String> REQUIRED_PAGES = Set.of("home", "glossary", "about", "for-students",
            "for-instructors", "for-applicants");

    /** Element ids the page layout itself uses; a content heading with the same id would clash. */
    public static final Set<String> RESERVED_IDS = Set.of("main", "key-takeaways", "on-this-page", "sources",
            "disclaimer", "page-title", "site-nav", "topic-nav", "breadcrumb", "changes");

    private static final java.util.regex.Pattern FRONT_MATTER = java.util.regex.Pattern
            .compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", java.util.regex.Pattern.DOTALL);

    // A key written twice (two `supports:` in one source, two `title:` in front matter) must fail loudly:
    // Jackson's default keeps the last one silently, which once made a finger article read as a hip source.
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Set<String> appRoutes;

    /**
     * @param appRoutes paths served by code rather than content (e.g. {@code /quiz}); content may link to them
     */
    public ContentLoader(Set<String> appRoutes) {
        this.appRoutes = Set.copyOf(appRoutes);
    }

    public Content load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(root.toString(), "content folder does not exist");
        }
        SourceRegistry registry = loadSources(root);
        Map<String, CredentialFacts> credentials = loadCredentials(root, registry);
        CredentialFacts rmsks = credentials.get("rmsks");
        if (rmsks == null) {
            throw new ContentException("credentials/rmsks.yml", "file is missing");
        }
        FigureLibrary figures = FigureLibrary.load(root, credentials);
        Map<String, List<ChangelogEntry>> changes = Changelog.read(root, yaml);
        Map<String, PlacedFigure> placed = new LinkedHashMap<>();
        List<Page> topics = new ArrayList<>();
        Map<String, String> slugOwners = new HashMap<>();
        for (Path file : markdownFiles(root.resolve("topics"))) {
            Page page = loadPage(root, file, "topics", credentials, registry, figures, placed, changes);
            claimSlug(slugOwners, page.slug(), page.sourceFile());
            for (String alias : page.aliases()) {
                claimSlug(slugOwners, alias, page.sourceFile());
            }
            topics.add(page);
        }
        topics.sort(Comparator.comparingInt(Page::order).thenComparing(Page::slug));
        Changelog.checkSlugs(changes, topics.stream().map(Page::slug).collect(java.util.stream.Collectors.toSet()));
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Path file : markdownFiles(root.resolve("pages"))) {
            Page page = loadPage(root, file, "pages", credentials, registry, figures, placed, Map.of());
            if (pages.put(page.slug(), page) != null) {
                throw new ContentException(page.sourceFile(), "duplicate page slug '" + page.slug() + "'");
            }
        }
        for (String required : REQUIRED_PAGES) {
            if (!pages.containsKey(required)) {
                throw new ContentException("pages/" + required + ".md", "file is missing");
            }
        }
        if (topics.isEmpty()) {
            throw new ContentException("topics/", "no topic pages found");
        }
        topics = readingOrder(topics, pages.get("for-students"));
        // A figure file no page places may still be a quiz question's picture; the question bank loader refuses
        // one that nothing uses (see Content.looseFigures).
        Map<String, Figure> loose = new LinkedHashMap<>();
        figures.fileNames().stream().filter(n -> !placed.containsKey(n))
                .forEach(n -> loose.put(n, figures.get(n).orElseThrow()));
        registry.checkAllCited();
        Content content = new Content(topics, pages, rmsks, registry.all(), placed, loose, credentials);
        checkLinks(content);
        return content;
    }

    /**
     * The topics in the order {@code /for-students} links them: one reading order for that page, {@code /topics}, the
     * home page and every "Next topic" link, kept in one place an author edits. A topic the path leaves out follows
     * the listed ones, by its {@code order}.
     */
    static List<Page> readingOrder(List<Page> topics, Page studentPath) {
        if (studentPath == null) {
            return topics;
        }
        List<String> listed = new ArrayList<>();
        Matcher link = TOPIC_LINK.matcher(studentPath.html());
        while (link.find()) {
            if (!listed.contains(link.group(1))) {
                listed.add(link.group(1));
            }
        }
        List<Page> ordered = new ArrayList<>(topics);
        // A stable sort: unlisted topics keep their 'order' among themselves.
        ordered.sort(Comparator.comparingInt(t -> listed.contains(t.slug()) ? listed.indexOf(t.slug()) : listed.size()));
        return ordered;
    }

    private SourceRegistry loadSources(Path root) {
        Path file = root.resolve(SourceRegistry.FILE);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(SourceRegistry.FILE, "file is missing: every page cites its sources from it");
        }
        try {
            SourcesFile parsed = yaml.readValue(Files.readString(file, StandardCharsets.UTF_8), SourcesFile.class);
            if (parsed == null || parsed.sources() == null || parsed.sources().isEmpty()) {
                throw new ContentException(SourceRegistry.FILE, "needs a 'sources' list");
            }
            return new SourceRegistry(parsed.sources());
        } catch (IOException e) {
            throw new ContentException(SourceRegistry.FILE, "malformed YAML: " + firstLine(e.getMessage()), e);
        }
    }

    private Map<String, CredentialFacts> loadCredentials(Path root, SourceRegistry registry) {
        Map<String, CredentialFacts> result = new HashMap<>();
        Path dir = root.resolve("credentials");
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                String name = relative(root, file);
                try {
                    CredentialFile parsed = yaml.readValue(Files.readString(file, StandardCharsets.UTF_8),
                            CredentialFile.class);
                    result.put(stripExtension(file), parsed.toFacts(name, registry));
                } catch (IOException e) {
                    throw new ContentException(name, "malformed YAML: " + firstLine(e.getMessage()), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private Page loadPage(Path root, Path file, String section, Map<String, CredentialFacts> credentials,
            SourceRegistry registry, FigureLibrary figures, Map<String, PlacedFigure> placed,
            Map<String, List<ChangelogEntry>> changes) {
        String name = relative(root, file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(name, "cannot be read: " + e.getMessage(), e);
        }
        Matcher m = FRONT_MATTER.matcher(FactPlaceholders.insert(name, text, credentials));
        if (!m.matches()) {
            throw new ContentException(name, "missing front matter: the file must start with a '---' line, "
                    + "the YAML fields, and a closing '---' line");
        }
        FrontMatter fm;
        try {
            fm = yaml.readValue(m.group(1), FrontMatter.class);
        } catch (IOException e) {
            throw new ContentException(name, "malformed front matter: " + firstLine(e.getMessage()), e);
        }
        if (fm == null) {
            throw new ContentException(name, "front matter is empty");
        }
        validate(name, fm);
        boolean topic = section.equals("topics");
        if (topic && (fm.takeaways() == null || fm.takeaways().isEmpty())) {
            throw new ContentException(name, "a topic page needs 'takeaways' (the key-takeaways box)");
        }
        if (topic && fm.area() == null) {
            throw new ContentException(name, "a topic page needs 'area' (basics, images, regions or profession): "
                    + "the mixed quiz draws evenly from each area");
        }
        if (topic && (fm.sources() == null || fm.sources().isEmpty())) {
            throw new ContentException(name, "a topic page needs at least one entry under 'sources'");
        }
        if (fm.nextReviewDue().isBefore(fm.lastReviewed())) {
            throw new ContentException(name, "nextReviewDue is before lastReviewed");
        }
        String slug = fm.slug() != null ? fm.slug() : stripExtension(file);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ContentException(name, "file name '" + slug + "' is not a valid slug "
                    + "(lowercase words joined by hyphens)");
        }
        String path = topic ? "/topics/" + slug : slug.equals("home") ? "/" : "/" + slug;
        MarkdownRenderer.Rendered body;
        try {
            List<String> pageSources = fm.sources() == null ? List.of() : fm.sources();
            body = renderer.render(m.group(2), (block, number) -> place(name, path, block, number, figures, placed,
                    registry, pageSources));
        } catch (IllegalArgumentException e) {
            throw new ContentException(name, e.getMessage(), e);
        }
        for (String id : body.anchors()) {
            if (RESERVED_IDS.contains(id)) {
                throw new ContentException(name, "heading id '" + id + "' is used by the page layout; rename the heading");
            }
        }
        List<Source> sources = fm.sources() == null ? List.of()
                : fm.sources().stream().distinct().map(id -> registry.cite(name, id)).toList();
        if (sources.size() != (fm.sources() == null ? 0 : fm.sources().size())) {
            throw new ContentException(name, "a source is listed twice under 'sources'");
        }
        return new Page(slug, path, fm.title(), fm.description(), fm.order(), fm.lastReviewed(),
                fm.nextReviewDue(), Boolean.TRUE.equals(fm.credential()),
                fm.takeaways() == null ? List.of() : fm.takeaways(), sources, body.html(), body.headings(),
                body.anchors(), body.links(), name, fm.aliases() == null ? List.of() : fm.aliases(),
                topic ? fm.area() : null, body.figures(), changes.getOrDefault(slug, List.of()));
    }

    /** One {@code ```figure} block of a page: its YAML read, its figure found, its place claimed. */
    private PlacedFigure place(String file, String pagePath, String blockYaml, int number, FigureLibrary figures,
            Map<String, PlacedFigure> placed, SourceRegistry registry, List<String> pageSources) {
        String label = "figure block " + number;
        FigureBlock block;
        try {
            block = yaml.readValue(blockYaml, FigureBlock.class);
        } catch (IOException e) {
            throw new ContentException(file, label + ": malformed YAML: " + firstLine(e.getMessage()), e);
        }
        if (block == null || blank(block.name()) || blank(block.caption()) || blank(block.source())
                || blank(block.description())) {
            throw new ContentException(file, label + (block == null || blank(block.name()) ? "" : " ('" + block.name()
                    + "')") + ": needs name, caption, source and description (see docs/authoring.md, \"Figures\")");
        }
        String name = block.name().strip();
        Figure figure = figures.get(name).orElseThrow(() -> new ContentException(file, label + ": no figure '" + name
                + "': there is no file figures/" + name + ".svg and no figure drawn from data by that name (figures: "
                + figures.names() + ")"));
        PlacedFigure earlier = placed.get(name);
        if (earlier != null) {
            throw new ContentException(file, label + ": figure '" + name + "' is already placed at " + earlier.href()
                    + "; a figure has one permanent place (link to it instead)");
        }
        String sourceId = block.source().strip();
        Source source = registry.cite(file, sourceId);
        if (!pageSources.contains(sourceId)) {
            // The caption names the source; the page's source list at the bottom must name it too.
            throw new ContentException(file, label + " ('" + name + "'): source '" + sourceId + "' must also be "
                    + "listed under 'sources' in the front matter");
        }
        PlacedFigure figureHere = new PlacedFigure(figure, new FigureBlock(name, block.caption().strip(), sourceId,
                block.description().strip()), pagePath, number, source);
        placed.put(name, figureHere);
        return figureHere;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void checkLinks(Content content) {
        Map<String, Page> byPath = content.byPath();
        for (Page page : byPath.values()) {
            for (String href : page.links()) {
                String problem = linkProblem(page, href, byPath);
                if (problem != null) {
                    throw new ContentException(page.sourceFile(), "link '" + href + "': " + problem);
                }
            }
        }
    }

    private String linkProblem(Page page, String href, Map<String, Page> byPath) {
        if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
            return null;
        }
        if (!href.startsWith("/") && !href.startsWith("#")) {
            return "use a site path starting with '/' (e.g. /topics/dynamic-imaging#why-motion-matters)";
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Page target = path.isEmpty() ? page : byPath.get(path);
        if (target == null) {
            return appRoutes.contains(path) ? null : "no page at " + path;
        }
        if (!fragment.isEmpty() && !target.anchors().contains(fragment)) {
            return "no section #" + fragment + " on " + target.path() + " (sections: " + target.anchors() + ")";
        }
        return null;
    }

    private static void claimSlug(Map<String, String> owners, String slug, String file) {
        String owner = owners.putIfAbsent(slug, file);
        if (owner != null) {
            throw new ContentException(file, "duplicate slug '" + slug + "' (also used by " + owner + ")");
        }
    }

    private static void validate(String file, FrontMatter fm) {
        Set<ConstraintViolation<FrontMatter>> violations = VALIDATOR.validate(fm);
        if (!violations.isEmpty()) {
            String problems = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new ContentException(file, "front matter: " + problems);
        }
    }

    private static List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String stripExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    // Built without Expression Language: messages here are plain text, and EL is not on the classpath.
    private static final Validator VALIDATOR;

    static {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    /** The shape of {@code credentials/*.yml}. */
    record CredentialFile(String credential, String name, String issuer, String officialUrl,
            LocalDate lastReviewed, LocalDate nextReviewDue, Map<String, FactEntry> facts,
            Map<String, RuleEntry> rules) {

        CredentialFacts toFacts(String file, SourceRegistry registry) {
            if (credential == null || facts == null || facts.isEmpty() || lastReviewed == null) {
                throw new ContentException(file, "needs 'credential', 'lastReviewed' and at least one entry under 'facts'");
            }
            Map<String, Fact> out = new LinkedHashMap<>();
            facts.forEach((key, f) -> {
                if (f == null || f.value() == null || f.source() == null || f.status() == null) {
                    throw new ContentException(file, "fact '" + key + "' needs value, status and source");
                }
                if (!f.status().equals("confirmed") && !f.status().equals("check")) {
                    throw new ContentException(file, "fact '" + key + "': status must be 'confirmed' or 'check'");
                }
                Source source = registry.cite(file, f.source());
                checkUnconfirmedIsSaid(file, "fact '" + key + "'", f.status(), source, f.sourceNote());
                out.put(key, new Fact(key, f.value(), f.description(), f.status(), citation(source), source.url(),
                        f.sourceNote(), f.lastReviewed() != null ? f.lastReviewed() : lastReviewed));
            });
            Map<String, Rule> ruleOut = new LinkedHashMap<>();
            if (rules != null) {
                rules.forEach((key, r) -> {
                    if (r == null || r.description() == null || r.source() == null || r.status() == null) {
                        throw new ContentException(file, "rule '" + key + "' needs description, status and source");
                    }
                    if (!r.status().equals("confirmed") && !r.status().equals("check")) {
                        throw new ContentException(file, "rule '" + key + "': status must be 'confirmed' or 'check'");
                    }
                    Source source = registry.cite(file, r.source());
                    checkUnconfirmedIsSaid(file, "rule '" + key + "'", r.status(), source, r.sourceNote());
                    ruleOut.put(key, new Rule(key, r.description(), r.status(), citation(source), source.url(),
                            r.sourceNote(), r.lastReviewed() != null ? r.lastReviewed() : lastReviewed));
                });
            }
            return new CredentialFacts(credential, name, issuer, officialUrl, lastReviewed, nextReviewDue, out,
                    ruleOut);
        }
    }

    /**
     * A rule we have not confirmed must say why next to its source; and one whose source is ARDMS's (or a copy of an
     * ARDMS document) must say in that note that it is not confirmed, so a reader never takes "ARDMS" for a confirmation.
     */
    static void checkUnconfirmedIsSaid(String file, String what, String status, Source source, String note) {
        if (!"check".equals(status)) {
            return;
        }
        if (note == null || note.isBlank()) {
            throw new ContentException(file, what + " has status 'check': add a sourceNote saying what its source "
                    + "does and does not confirm");
        }
        boolean namesArdms = (source.publisher() + " " + source.title()).contains("ARDMS");
        String lower = note.toLowerCase(java.util.Locale.ROOT);
        if (namesArdms && !(lower.contains("not confirmed") || lower.contains("not found"))) {
            throw new ContentException(file, what + " has status 'check' and cites ARDMS (" + source.id()
                    + "): its sourceNote must say it is not confirmed for the RMSKS");
        }
    }

    // A rule's label names the document exactly as the registry does, and says when it is a third party's copy.
    private static String citation(Source s) {
        return s.publisher() + ": " + s.title();
    }

    /** The shape of {@code sources.yml}. */
    record SourcesFile(List<Source> sources) {
    }

    /** {@code source} is a registry id; {@code sourceNote} says what the source does and does not confirm. */
    record RuleEntry(String description, String status, String source, String sourceNote, LocalDate lastReviewed) {
    }

    record FactEntry(Integer value, String description, String status, String source, String sourceNote,
            LocalDate lastReviewed) {
    }
}

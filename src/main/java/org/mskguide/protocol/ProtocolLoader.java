package org.mskguide.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.ContentLoader;
import org.mskguide.content.Page;
import org.mskguide.content.Source;
import org.mskguide.sonogram.Probe;
import org.mskguide.sonogram.ProbeDrawing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads {@code protocols/*.yml} into {@link Protocols}, after the topics and the source registry it points into.
 * Like the rest of the content, a mistake stops start-up with a message naming the file and the view: a view without
 * a probe position or without a source, an unknown source or topic, a repeated view id. Plain Java, tested without
 * Quarkus.
 */
public final class ProtocolLoader {

    static final String FOLDER = "protocols";

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Ids the protocol page itself uses; a view with one of them as its id would clash. */
    static final Set<String> PAGE_IDS = Set.of("views", "differences", "sign-off", "protocol-sources");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final Content content;
    private final Map<String, Source> sources;

    public ProtocolLoader(Content content) {
        this.content = content;
        this.sources = content.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    public Protocols load(Path root) {
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return new Protocols(List.of());
        }
        List<Loaded> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                loaded.add(loadFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.sort(Comparator.comparingInt(Loaded::order).thenComparing(l -> l.protocol().joint()));
        return new Protocols(loaded.stream().map(Loaded::protocol).toList());
    }

    private record Loaded(int order, Protocol protocol) {
    }

    private Loaded loadFile(Path path) {
        String fileName = path.getFileName().toString();
        String file = FOLDER + "/" + fileName;
        String joint = fileName.substring(0, fileName.length() - ".yml".length());
        if (!joint.matches(SLUG)) {
            throw new ContentException(file, "file name '" + joint + "' is not a valid slug (lowercase words joined"
                    + " by hyphens)");
        }
        if (!ProbeDrawing.knows(joint)) {
            throw new ContentException(file, "no probe outline for '" + joint + "': protocol files are named after a"
                    + " joint (shoulder, elbow, wrist-and-hand, hip, knee, ankle-and-foot)");
        }
        ProtocolFile parsed;
        try {
            parsed = yaml.readValue(Files.readString(path, StandardCharsets.UTF_8), ProtocolFile.class);
        } catch (IOException e) {
            throw new ContentException(file, "malformed YAML: " + firstLine(e.getMessage()), e);
        }
        if (parsed == null) {
            throw new ContentException(file, "file is empty");
        }
        return new Loaded(parsed.order() == null ? Integer.MAX_VALUE : parsed.order(), toProtocol(parsed, joint, file));
    }

    /** The shape of {@code protocols/<joint>.yml}. */
    record ProtocolFile(String title, String shortName, Integer order, String topic, String summary,
            LocalDate lastReviewed, LocalDate nextReviewDue, List<DifferenceEntry> differences,
            List<ViewEntry> views) {
    }

    record DifferenceEntry(String text, List<String> sources) {
    }

    record ProbeEntry(String side, Integer x, Integer y, Integer angle, String place, String marker) {
    }

    record ViewEntry(String id, String title, String patient, ProbeEntry probe, List<String> structures,
            String dynamic, List<String> pitfalls, String source, List<String> alsoCites, String sonogram) {
    }

    private Protocol toProtocol(ProtocolFile f, String joint, String file) {
        for (var required : List.of(Map.entry("title", nz(f.title())), Map.entry("shortName", nz(f.shortName())),
                Map.entry("summary", nz(f.summary())), Map.entry("topic", nz(f.topic())))) {
            if (required.getValue().isBlank()) {
                throw new ContentException(file, "needs '" + required.getKey() + "'");
            }
        }
        if (f.lastReviewed() == null || f.nextReviewDue() == null) {
            throw new ContentException(file, "needs 'lastReviewed' and 'nextReviewDue'");
        }
        if (f.nextReviewDue().isBefore(f.lastReviewed())) {
            throw new ContentException(file, "nextReviewDue is before lastReviewed");
        }
        Page topic = content.topic(f.topic().strip()).orElseThrow(() -> new ContentException(file,
                "no topic '" + f.topic() + "': 'topic' names the region page at /topics/<slug>"));
        if (f.views() == null || f.views().isEmpty()) {
            throw new ContentException(file, "needs at least one entry under 'views'");
        }
        Set<String> ids = new HashSet<>();
        List<ProtocolView> views = new ArrayList<>();
        for (ViewEntry v : f.views()) {
            ProtocolView view = view(file, v, views.size() + 1);
            if (!ids.add(view.id())) {
                throw new ContentException(file, "view id '" + view.id() + "' appears twice");
            }
            views.add(view);
        }
        List<Protocol.Difference> differences = new ArrayList<>();
        for (DifferenceEntry d : f.differences() == null ? List.<DifferenceEntry>of() : f.differences()) {
            if (d == null || nz(d.text()).isBlank() || d.sources() == null || d.sources().isEmpty()) {
                throw new ContentException(file, "each entry under 'differences' needs 'text' and 'sources'");
            }
            differences.add(new Protocol.Difference(d.text().strip(),
                    d.sources().stream().map(id -> cite(file, "a difference", id)).toList()));
        }
        return new Protocol(joint, f.title().strip(), f.shortName().strip(), f.summary().strip(), topic,
                f.lastReviewed(), f.nextReviewDue(), differences, views, file);
    }

    private ProtocolView view(String file, ViewEntry v, int number) {
        if (v == null || nz(v.id()).isBlank()) {
            throw new ContentException(file, "view " + number + ": needs an 'id' (its permanent anchor)");
        }
        String id = v.id().strip();
        String label = "view '" + id + "'";
        if (!id.matches(SLUG)) {
            throw new ContentException(file, label + ": the id must be lowercase words joined by hyphens");
        }
        if (PAGE_IDS.contains(id) || ContentLoader.RESERVED_IDS.contains(id)) {
            throw new ContentException(file, label + ": the id is used by the page layout; choose another");
        }
        if (nz(v.title()).isBlank() || nz(v.patient()).isBlank()) {
            throw new ContentException(file, label + ": needs 'title' and 'patient' (the patient's position)");
        }
        Probe probe = probe(file, label, v.probe());
        if (v.structures() == null || v.structures().isEmpty()) {
            throw new ContentException(file, label + ": needs 'structures' (what the view should show)");
        }
        if (v.pitfalls() == null || v.pitfalls().isEmpty()) {
            throw new ContentException(file, label + ": needs 'pitfalls' (at least one common mistake)");
        }
        if (nz(v.source()).isBlank()) {
            throw new ContentException(file, label + ": needs a 'source': the id of the standard it follows, from "
                    + "content/sources.yml");
        }
        String sonogram = nz(v.sonogram()).strip();
        if (!sonogram.isEmpty() && !sonogram.matches(SLUG)) {
            throw new ContentException(file, label + ": 'sonogram' must be a simulated view id (lowercase words "
                    + "joined by hyphens)");
        }
        List<Source> also = v.alsoCites() == null ? List.of()
                : v.alsoCites().stream().map(s -> cite(file, label, s)).toList();
        return new ProtocolView(id, number, v.title().strip(), v.patient().strip(), probe,
                v.structures().stream().map(String::strip).toList(),
                nz(v.dynamic()).isBlank() ? null : v.dynamic().strip(),
                v.pitfalls().stream().map(String::strip).toList(), cite(file, label, v.source().strip()), also,
                sonogram.isEmpty() ? null : sonogram);
    }

    private static Probe probe(String file, String label, ProbeEntry p) {
        if (p == null || nz(p.side()).isBlank() || nz(p.place()).isBlank() || nz(p.marker()).isBlank()
                || p.x() == null || p.y() == null || p.angle() == null) {
            throw new ContentException(file, label + ": needs a probe position: 'probe' with side, x, y, angle, "
                    + "place and marker");
        }
        if (p.x() < ProbeDrawing.MARGIN || p.x() > ProbeDrawing.WIDTH - ProbeDrawing.MARGIN
                || p.y() < ProbeDrawing.MARGIN || p.y() > ProbeDrawing.HEIGHT - ProbeDrawing.MARGIN) {
            throw new ContentException(file, label + ": probe x must be " + ProbeDrawing.MARGIN + "-"
                    + (ProbeDrawing.WIDTH - ProbeDrawing.MARGIN) + " and y " + ProbeDrawing.MARGIN + "-"
                    + (ProbeDrawing.HEIGHT - ProbeDrawing.MARGIN) + " (the drawing's frame)");
        }
        if (p.angle() < -180 || p.angle() > 360) {
            throw new ContentException(file, label + ": probe angle must be from -180 to 360 degrees");
        }
        return new Probe(p.side().strip(), p.x(), p.y(), p.angle(), p.place().strip(), p.marker().strip());
    }

    private Source cite(String file, String where, String id) {
        Source s = sources.get(id);
        if (s == null) {
            throw new ContentException(file, where + ": unknown source '" + id + "': register it in content/"
                    + "sources.yml and cite it from a page");
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

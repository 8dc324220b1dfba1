package org.mskguide.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.Page;
import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Scan;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The "classify it" rounds from {@code content/quiz/classify*.yml}: each round a few simulated images, each with the
 * finding it shows (normal, anisotropy, fluid, tear, calcification), an explanation and the section that teaches it.
 * A view, variant, tilt, finding, topic or section that does not exist stops start-up naming the file. Plain Java.
 * Usage: {@code ClassifyRounds rounds = ClassifyRounds.load(contentRoot, content);}
 */
public record ClassifyRounds(List<Round> rounds) {

    /** One round: a title and its images, shown one after another. */
    public record Round(String id, String title, List<Image> images) {
    }

    /** One image to classify, with what it shows and why. */
    public record Image(SonogramRequest request, Finding answer, String explanation, String topic, String section) {

        public String imagePath() {
            return request.pngPath();
        }

        public String sectionPath() {
            return "/topics/" + topic + "#" + section;
        }
    }

    public Optional<Round> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    record RoundsFile(List<RoundEntry> rounds) {
    }

    record RoundEntry(String id, String title, List<ImageEntry> images) {
    }

    record ImageEntry(String view, String variant, Double tilt, String answer, String explanation, String topic,
            String section) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static ClassifyRounds load(Path root, Content content) {
        List<Round> rounds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files(root.resolve("quiz"))) {
            String name = root.relativize(file).toString().replace('\\', '/');
            RoundsFile parsed;
            try {
                parsed = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), RoundsFile.class);
            } catch (IOException e) {
                throw new ContentException(name, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            if (parsed == null || parsed.rounds() == null || parsed.rounds().isEmpty()) {
                throw new ContentException(name, "needs a 'rounds' list");
            }
            for (RoundEntry r : parsed.rounds()) {
                if (r == null || r.id() == null || !r.id().matches("[a-z0-9]+(-[a-z0-9]+)*") || !ids.add(r.id())) {
                    throw new ContentException(name, "each round needs a unique 'id' of lowercase words joined by "
                            + "hyphens" + (r == null ? "" : " ('" + r.id() + "')"));
                }
                if (r.title() == null || r.title().isBlank() || r.images() == null || r.images().size() < 2) {
                    throw new ContentException(name, "round '" + r.id() + "' needs a 'title' and at least 2 images");
                }
                List<Image> images = new ArrayList<>();
                for (int i = 0; i < r.images().size(); i++) {
                    images.add(image(name, "round '" + r.id() + "' image " + (i + 1), r.images().get(i), content));
                }
                rounds.add(new Round(r.id(), r.title().strip(), List.copyOf(images)));
            }
        }
        return new ClassifyRounds(List.copyOf(rounds));
    }

    private static Image image(String file, String label, ImageEntry e, Content content) {
        if (e == null || e.view() == null || e.answer() == null || e.explanation() == null || e.topic() == null
                || e.section() == null) {
            throw new ContentException(file, label + ": needs 'view', 'answer', 'explanation', 'topic' and 'section'");
        }
        View view = View.bySlug(e.view());
        if (view == null || view == View.NEEDLE) {
            throw new ContentException(file, label + ": unknown view '" + e.view() + "'");
        }
        String variantName = e.variant() == null ? Variant.NORMAL.param() : e.variant();
        Variant variant = view.variants().stream().filter(v -> v.param().equals(variantName)).findFirst()
                .orElseThrow(() -> new ContentException(file, label + ": view '" + view.slug() + "' has no variant '"
                        + variantName + "'"));
        double tilt = e.tilt() == null ? 0 : e.tilt();
        if (Math.abs(tilt) > Scan.MAX_TILT) {
            throw new ContentException(file, label + ": tilt must be between -" + (int) Scan.MAX_TILT + " and "
                    + (int) Scan.MAX_TILT + " degrees");
        }
        Finding answer = Finding.of(e.answer());
        if (answer == null) {
            throw new ContentException(file, label + ": answer must be one of normal, anisotropy, fluid, tear, "
                    + "calcification, not '" + e.answer() + "'");
        }
        Page topic = content.topic(e.topic()).orElseThrow(() -> new ContentException(file, label + ": unknown topic '"
                + e.topic() + "'"));
        if (!topic.anchors().contains(e.section())) {
            throw new ContentException(file, label + ": no section #" + e.section() + " on " + topic.path());
        }
        SonogramRequest request = new SonogramRequest(view, variant, false, null, view.defaults().withTilt(tilt));
        return new Image(request, answer, e.explanation().strip(), e.topic(), e.section());
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("classify")
                    && f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

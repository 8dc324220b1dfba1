package org.mskguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every figure a page may place, read and checked once at start-up: the files {@code figures/*.svg} and the
 * {@link GeneratedFigure generated figures}, drawn from the credential data already loaded. A problem in any of
 * them stops start-up with a {@link ContentException} naming the file.
 * Usage: {@code FigureLibrary.load(root, credentials).get("long-and-short-axis")}.
 */
public final class FigureLibrary {

    private final Map<String, Figure> byName;
    private final Map<String, Boolean> fromFile;

    private FigureLibrary(Map<String, Figure> byName, Map<String, Boolean> fromFile) {
        this.byName = Map.copyOf(byName);
        this.fromFile = Map.copyOf(fromFile);
    }

    public static FigureLibrary load(Path root, Map<String, CredentialFacts> credentials) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Boolean> fromFile = new LinkedHashMap<>();
        Path dir = root.resolve("figures");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path path : files.sorted().toList()) {
                    String fileName = path.getFileName().toString();
                    String file = "figures/" + fileName;
                    if (!fileName.endsWith(".svg")) {
                        throw new ContentException(file, "only <name>.svg files belong in figures/");
                    }
                    String name = fileName.substring(0, fileName.length() - 4);
                    String markup;
                    try {
                        markup = Files.readString(path, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new ContentException(file, "cannot be read as UTF-8: " + e.getMessage(), e);
                    }
                    figures.put(name, FigureChecker.check(name, file, markup));
                    fromFile.put(name, true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (GeneratedFigure generated : GeneratedFigure.ALL) {
            String name = generated.name();
            String label = "generated figure " + name + " (from " + generated.drawnFrom() + ")";
            if (figures.containsKey(name)) {
                throw new ContentException("figures/" + name + ".svg", "has the name of a figure drawn from data ("
                        + generated.drawnFrom() + "); rename the file");
            }
            figures.put(name, FigureChecker.check(name, label, generated.svg(credentials)));
            fromFile.put(name, false);
        }
        return new FigureLibrary(figures, fromFile);
    }

    public Optional<Figure> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Names of the figures that come from files under {@code figures/} (each must be placed somewhere). */
    public java.util.Set<String> fileNames() {
        return fromFile.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public java.util.Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }
}

package org.mskguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules that keep the code's shape, read from the sources (plain JUnit, no Quarkus): layers point down, and
 * resources leave the client's mistakes to the framework's types.
 */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/org/mskguide");

    /**
     * The shared layers, lowest first: each may import only itself and the layers before it, never a feature
     * package (quiz, eligibility, instructors, ...), which may import any of them.
     */
    static final List<String> LAYERS = List.of("web", "chart", "sonogram", "content");

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.mskguide\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void sharedLayersNeverImportUpwards() throws IOException {
        List<String> upward = new ArrayList<>();
        for (int level = 0; level < LAYERS.size(); level++) {
            List<String> allowed = LAYERS.subList(0, level + 1);
            Path dir = MAIN.resolve(LAYERS.get(level));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : javaFiles(dir)) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        upward.add(MAIN.relativize(file) + " imports org.mskguide." + m.group(1));
                    }
                }
            }
        }
        assertThat(upward).as("imports from a shared layer up into a later layer or a feature").isEmpty();
    }

    /** One SVG writer: charts, explorer drawings and generated figures all write through chart/Svg (issue 28). */
    @Test
    void theOnlySvgWriterIsTheChartLayers() throws IOException {
        List<String> writers = javaFiles(MAIN).stream().filter(f -> f.getFileName().toString().equals("Svg.java"))
                .map(f -> MAIN.relativize(f).toString().replace('\\', '/')).toList();

        assertThat(writers).containsExactly("chart/Svg.java");
        assertThat(Files.readString(MAIN.resolve("content/FiveYearRuleFigure.java")))
                .contains("import org.mskguide.chart.Svg;");
        assertThat(Files.readString(MAIN.resolve("explorer/Drawing.java"))).contains("import org.mskguide.chart.Svg;");
        // No drawing is written as hand-made markup: a "<svg" string literal appears only where content figures
        // (author files) are checked, in content/FigureChecker, and passed through, in content/Figure.
        List<String> handWritten = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            boolean authorFigures = name.equals("content/Figure.java") || name.equals("content/FigureChecker.java");
            if (!authorFigures && Files.readString(file).contains("\"<svg")) {
                handWritten.add(name);
            }
        }
        assertThat(handWritten).as("classes writing <svg> markup by hand instead of through chart/Svg").isEmpty();
    }

    /**
     * A checked IOException reaching the error mappers means the framework could not read the client's body (a 400,
     * web/error/Failures); so no resource method may throw one of its own (it wraps its I/O failures unchecked).
     */
    @Test
    void noResourceMethodDeclaresACheckedIoException() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (file.getFileName().toString().endsWith("Resource.java")) {
                String source = Files.readString(file);
                Matcher m = Pattern.compile("public [^;{]*\\)\\s*throws [^{]*IOException").matcher(source);
                if (m.find()) {
                    offenders.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** A bare RuntimeException reaching the mappers is the framework's form parser (web/error/Failures), never ours. */
    @Test
    void ourCodeNeverThrowsABareRuntimeException() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (Files.readString(file).contains("new RuntimeException(")) {
                offenders.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}

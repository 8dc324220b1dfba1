package org.mskguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's folder tree names every Java package under {@code src/main/java/org/mskguide/}, and nothing that is
 * gone: a new package fails this test until it has its line (plain JUnit, no Quarkus).
 */
class ReadmeTreeTest {

    static final Path README = Path.of("README.md");
    static final String ROOT = "src/main/java/org/mskguide/";

    /** An entry of the tree: its indentation (two spaces a level) and its folder name. */
    private static final Pattern ENTRY = Pattern.compile("^( +)([a-z][a-z0-9]*)/ ");

    @Test
    void theFolderTreeListsEveryPackageAndNoOther() throws IOException {
        assertThat(packagesInReadme()).as("packages in the README tree (add a line for a new one)")
                .containsExactlyElementsOf(packagesInCode());
    }

    /** Package folders, e.g. {@code web} and {@code web/api}, read from the tree's lines under {@link #ROOT}. */
    static Set<String> packagesInReadme() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(ROOT);
        assertThat(start).as("README.md has a folder tree with a line '" + ROOT + "'").isNotNegative();
        Set<String> packages = new TreeSet<>();
        String[] parents = new String[8];
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith(" ")) {
                break; // the next top-level folder of the tree ends this part
            }
            Matcher entry = ENTRY.matcher(line);
            if (entry.find()) {
                int level = entry.group(1).length() / 2 - 1;
                parents[level] = entry.group(2);
                packages.add(String.join("/", Arrays.asList(parents).subList(0, level + 1)));
            }
        }
        return packages;
    }

    /** Every folder under {@link #ROOT} that holds a Java file. */
    static Set<String> packagesInCode() throws IOException {
        Path root = Path.of(ROOT);
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> packages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f.getParent()).toString().replace('\\', '/'))
                    .filter(p -> !p.isEmpty())
                    .forEach(packages::add);
            return packages;
        }
    }
}

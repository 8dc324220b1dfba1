package org.mskguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/checks.md} has a row for every test class, so the list of checks and their lanes stays true as tests are
 * added (plain JUnit, no Quarkus). A class counts when its file holds a test method or extends another test.
 */
class DocsListEveryCheckTest {

    static final Path CHECKS = Path.of("docs/checks.md");
    static final Path TESTS = Path.of("src/test/java/org/mskguide");

    private static final Pattern HAS_TESTS = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b"
            + "|class \\w+ extends \\w+(Test|IT)\\b");

    @Test
    void everyTestClassHasItsRowInTheChecksGuide() throws IOException {
        String checks = Files.readString(CHECKS, StandardCharsets.UTF_8);
        List<String> missing;
        try (Stream<Path> files = Files.walk(TESTS)) {
            missing = files.filter(f -> f.getFileName().toString().matches(".*(Test|IT)\\.java"))
                    .filter(DocsListEveryCheckTest::hasTests)
                    .map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(name -> !checks.contains("| `" + name + "` |"))
                    .sorted()
                    .toList();
        }
        assertThat(missing).as("test classes without a row under 'Every check' in docs/checks.md").isEmpty();
    }

    private static boolean hasTests(Path file) {
        try {
            return HAS_TESTS.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

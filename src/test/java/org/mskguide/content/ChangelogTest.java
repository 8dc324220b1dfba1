package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** content/changelog.yml read on its own (plain JUnit): entries sorted newest first, and each mistake names the file. */
class ChangelogTest {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TempDir
    Path dir;

    private Map<String, List<ChangelogEntry>> read(String text) throws IOException {
        Files.writeString(dir.resolve(Changelog.FILE), text);
        return Changelog.read(dir, yaml);
    }

    @Test
    void entriesAreReadPerSlugAndSortedNewestFirst() throws IOException {
        Map<String, List<ChangelogEntry>> changes = read("""
                knee-ultrasound:
                  - date: 2026-11-28
                    summary: First published.
                  - date: 2026-12-01
                    summary: "Corrected the knee position: it is not settled."
                """);

        assertThat(changes.get("knee-ultrasound")).containsExactly(
                new ChangelogEntry(LocalDate.of(2026, 12, 1), "Corrected the knee position: it is not settled."),
                new ChangelogEntry(LocalDate.of(2026, 11, 28), "First published."));
    }

    @Test
    void noFileMeansNoHistory() {
        assertThat(Changelog.read(dir, yaml)).isEmpty();
    }

    @Test
    void aBadDateStopsWithTheFileAndTheValue() {
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - date: 28/11/2026\n    summary: First published.\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml")
                .hasMessageContaining("28/11/2026").hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - date: 2026-02-30\n    summary: First published.\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml")
                .hasMessageContaining("2026-02-30");
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - summary: First published.\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml").hasMessageContaining("date");
    }

    @Test
    void aMissingOrOverlongSummaryAndATypoInAFieldAreRefused() {
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - date: 2026-11-28\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - date: 2026-11-28\n    summary: " + "a".repeat(201) + "\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> read("knee-ultrasound:\n  - date: 2026-11-28\n    sumary: First published.\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml").hasMessageContaining("sumary");
    }

    @Test
    void aSlugWrittenTwiceIsRefusedRatherThanHalfLost() {
        assertThatThrownBy(() -> read("""
                knee-ultrasound:
                  - date: 2026-11-28
                    summary: First published.
                knee-ultrasound:
                  - date: 2026-12-01
                    summary: Corrected.
                """)).isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml")
                .hasMessageContaining("knee-ultrasound");
    }

    @Test
    void anUnknownSlugStopsTheWholeContentLoadNamingTheFile() throws IOException {
        Path real = Path.of("content");
        try (Stream<Path> files = Files.walk(real)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(real.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.writeString(dir.resolve(Changelog.FILE), "knee-ultrasond:\n  - date: 2026-11-28\n    summary: Typo.\n");

        assertThatThrownBy(() -> new ContentLoader(org.mskguide.web.AppRoutes.PATHS).load(dir))
                .isInstanceOf(ContentException.class).hasMessageContaining("changelog.yml")
                .hasMessageContaining("'knee-ultrasond' is not a topic");
    }
}

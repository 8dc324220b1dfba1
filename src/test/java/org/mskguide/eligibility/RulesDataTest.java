package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.content.ContentException;
import org.mskguide.content.ContentLoader;
import org.mskguide.web.AppRoutes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The checker reads its numbers from the content data file: editing the file is all it takes to change them. */
class RulesDataTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path copy;

    @Test
    void editingTheDataFileChangesTheCheckerAndThePlanner() throws IOException {
        copyContent();
        ObjectNode data = (ObjectNode) YAML.readTree(copy.resolve(RmsksRules.FILE).toFile());
        int required = data.at("/facts/studiesRequired/value").asInt();
        RmsksAnswers answers = new RmsksAnswers(true, null, required - 20, null, null, null);
        RmsksChecker before = checker();
        assertThat(before.check(answers).criterion("studies").status()).isEqualTo(CriterionStatus.NOT_MET);

        ((ObjectNode) data.at("/facts/studiesRequired")).put("value", required - 20);
        ((ObjectNode) data.at("/facts/studiesWindowMonths")).put("value", 24);
        YAML.writeValue(copy.resolve(RmsksRules.FILE).toFile(), data);

        RmsksChecker after = checker();
        Criterion studies = after.check(answers).criterion("studies");
        assertThat(studies.status()).isEqualTo(CriterionStatus.MET);
        assertThat(studies.required()).isEqualTo(required - 20);
        assertThat(studies.title()).contains("24 months");
        assertThat(after.rules().windowMonths()).isEqualTo(24);
    }

    @Test
    void aMissingRuleStopsStartUpNamingTheFile() throws IOException {
        copyContent();
        ObjectNode data = (ObjectNode) YAML.readTree(copy.resolve(RmsksRules.FILE).toFile());
        ((ObjectNode) data.get("rules")).remove("prepTool");
        YAML.writeValue(copy.resolve(RmsksRules.FILE).toFile(), data);

        assertThatThrownBy(this::checker).isInstanceOf(ContentException.class)
                .hasMessageContaining("credentials/rmsks.yml").hasMessageContaining("prepTool");
    }

    private RmsksChecker checker() {
        RmsksRules rules = RmsksRules.from(new ContentLoader(AppRoutes.PATHS).load(copy).rmsks());
        return new RmsksChecker(rules, TestRules.on(2026, 11, 26));
    }

    private void copyContent() throws IOException {
        Path source = Path.of("content");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> {
                try {
                    Path to = copy.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

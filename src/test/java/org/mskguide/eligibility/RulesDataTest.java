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

/** The checker reads its numbers from the content data files: editing a file is all it takes to change them. */
class RulesDataTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String RMSK = "credentials/rmsk.yml";
    private static final String RMSKS = "credentials/rmsks.yml";

    @TempDir
    Path copy;

    @Test
    void editingTheDataFileChangesTheCheckerAndThePlanner() throws IOException {
        copyContent();
        ObjectNode data = (ObjectNode) YAML.readTree(copy.resolve(RMSK).toFile());
        int required = data.at("/facts/studiesRequired/value").asInt();
        SelfCheckAnswers answers = TestRules.rmsk(Profession.PHYSICIAN, required - 20, null);
        SelfChecker before = checker();
        assertThat(before.check(answers).criterion("studies").status()).isEqualTo(CriterionStatus.NOT_MET);

        ((ObjectNode) data.at("/facts/studiesRequired")).put("value", required - 20);
        ((ObjectNode) data.at("/facts/studiesWindowMonths")).put("value", 24);
        YAML.writeValue(copy.resolve(RMSK).toFile(), data);

        SelfChecker after = checker();
        Criterion studies = after.check(answers).criterion("studies");
        assertThat(studies.status()).isEqualTo(CriterionStatus.MET);
        assertThat(studies.required()).isEqualTo(required - 20);
        assertThat(studies.title()).contains("24 months");
        assertThat(after.rules().windowMonths()).isEqualTo(24);
    }

    @Test
    void aMissingRuleStopsStartUpNamingTheFile() throws IOException {
        copyContent();
        ObjectNode data = (ObjectNode) YAML.readTree(copy.resolve(RMSKS).toFile());
        ((ObjectNode) data.get("rules")).remove("prepTool");
        YAML.writeValue(copy.resolve(RMSKS).toFile(), data);

        assertThatThrownBy(this::checker).isInstanceOf(ContentException.class)
                .hasMessageContaining("credentials/rmsks.yml").hasMessageContaining("prepTool");
    }

    private SelfChecker checker() {
        CredentialRules rules = CredentialRules.from(new ContentLoader(AppRoutes.PATHS).load(copy));
        return new SelfChecker(rules, TestRules.on(2026, 11, 26));
    }

    @Test
    void aMissingCredentialFileStopsStartUpNamingIt() throws IOException {
        copyContent();
        Files.delete(copy.resolve("credentials/rhmsus.yml"));
        // The source registry refuses the entry nothing cites now, or the rules name the file: either way, start-up stops.
        assertThatThrownBy(this::checker).isInstanceOf(ContentException.class);
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

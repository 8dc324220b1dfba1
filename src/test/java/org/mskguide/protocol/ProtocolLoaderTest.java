package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.ContentLoader;
import org.mskguide.web.AppRoutes;

/** The real protocols load and hold the rules; a broken view stops start-up with the file and the view named. */
class ProtocolLoaderTest {

    static final Set<String> JOINTS = Set.of("shoulder", "elbow", "wrist-and-hand", "hip", "knee", "ankle-and-foot");

    private static Content content;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader(AppRoutes.PATHS).load(Path.of("content"));
    }

    @Test
    void everyJointHasAProtocolAndEveryViewHasAProbePositionAStandardAndAnAnchorContentMayLinkTo() {
        Protocols protocols = new ProtocolLoader(content).load(Path.of("content"));

        assertThat(protocols.all()).extracting(Protocol::joint).containsExactlyInAnyOrderElementsOf(JOINTS);
        for (Protocol p : protocols.all()) {
            assertThat(AppRoutes.PATHS).as("content may link to " + p.path()).contains(p.path());
            assertThat(p.views()).as(p.joint()).isNotEmpty();
            assertThat(p.differences()).as(p.joint() + ": where the standards differ").isNotEmpty();
            for (ProtocolView v : p.views()) {
                assertThat(v.probe().place()).as(v.id()).isNotBlank();
                assertThat(v.source().url()).as(v.id()).startsWith("https://");
                assertThat(v.source().publisher()).as(v.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyPublishedProtocolPageAndViewAnchorStillExists() throws IOException {
        Protocols protocols = new ProtocolLoader(content).load(Path.of("content"));
        for (String line : Files.readAllLines(Path.of("src/test/resources/published-protocol-views.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("#", 2);
            String joint = parts[0].replaceFirst("^/protocols/", "").replaceFirst("/sign-off$", "");
            Protocol p = protocols.find(joint).orElse(null);
            assertThat(p).as(line).isNotNull();
            if (parts.length > 1) {
                assertThat(p.views()).as(line).extracting(ProtocolView::id).contains(parts[1]);
            }
        }
    }

    @Test
    void aViewWithoutASourceIsRefusedNamingTheFileAndTheView(@TempDir Path root) throws IOException {
        write(root, VIEW.replace("    source: essr-knee-guidelines\n", ""));

        assertThatThrownBy(() -> new ProtocolLoader(content).load(root))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("protocols/knee.yml")
                .hasMessageContaining("view 'test-view'")
                .hasMessageContaining("needs a 'source'");
    }

    @Test
    void aViewWithoutAProbePositionIsRefused(@TempDir Path root) throws IOException {
        write(root, VIEW.replaceAll("(?s)    probe:.*?marker: toward the head\n", ""));

        assertThatThrownBy(() -> new ProtocolLoader(content).load(root))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("protocols/knee.yml")
                .hasMessageContaining("needs a probe position");
    }

    @Test
    void aProbeOutsideTheDrawingAnUnknownSourceAndARepeatedIdAreRefused(@TempDir Path root) throws IOException {
        write(root, VIEW.replace("x: 120", "x: 5"));
        assertThatThrownBy(() -> new ProtocolLoader(content).load(root)).hasMessageContaining("probe x must be");

        write(root, VIEW.replace("source: essr-knee-guidelines", "source: no-such-source"));
        assertThatThrownBy(() -> new ProtocolLoader(content).load(root)).hasMessageContaining("unknown source 'no-such-source'");

        write(root, VIEW + VIEW.substring(VIEW.indexOf("  - id:")));
        assertThatThrownBy(() -> new ProtocolLoader(content).load(root)).hasMessageContaining("appears twice");
    }

    @Test
    void theOptionalSimulatedViewIdIsKeptForTheSimulator(@TempDir Path root) throws IOException {
        write(root, VIEW.replace("    sonogram: null\n", "    sonogram: knee-quadriceps-long\n"));

        assertThat(new ProtocolLoader(content).load(root).find("knee").orElseThrow().views().get(0).sonogram())
                .isEqualTo("knee-quadriceps-long");
    }

    private static void write(Path root, String yaml) throws IOException {
        Files.createDirectories(root.resolve("protocols"));
        Files.writeString(root.resolve("protocols/knee.yml"), yaml);
    }

    static final String VIEW = """
            title: Test protocol
            shortName: Knee
            topic: knee-ultrasound
            summary: One view.
            lastReviewed: 2026-01-01
            nextReviewDue: 2026-06-01
            views:
              - id: test-view
                title: A view
                patient: Lying down.
                probe:
                  side: front
                  x: 120
                  y: 100
                  angle: 90
                  place: along the front
                  marker: toward the head
                structures: [a tendon]
                pitfalls: [anisotropy]
                source: essr-knee-guidelines
                sonogram: null
            """;
}

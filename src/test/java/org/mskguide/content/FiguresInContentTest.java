package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures in the content pipeline, without Quarkus: a {@code ```figure} block becomes an accessible figure, and the
 * application refuses to start, naming the file, when a figure is missing, placed twice or incomplete (an unused
 * figure file is refused by the quiz loader, which may use it: see PictureQuestionsTest).
 * Runs on a copy of the real content with the real figures taken out, so it does not depend on work in progress.
 */
class FiguresInContentTest {

    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(ContentLoaderTest.ROUTES);

    static final String BLOCK = """

            ```figure
            name: test-fig
            caption: A tendon drawn as a band.
            source: seed-article
            description: |
              A band across the picture, labelled Tendon.

              Below it, a second paragraph.
            ```

            """;

    @BeforeEach
    void copyContentWithOnlyTheTestFigure() throws IOException {
        try (Stream<Path> files = Files.walk(ContentLoaderTest.REAL)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(ContentLoaderTest.REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("figures")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Take out figure blocks the real pages may already have: these tests place their own.
        try (Stream<Path> pages = Files.walk(dir.resolve("topics"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                Files.writeString(page, Files.readString(page).replaceAll("(?s)```figure\\R.*?```\\R", ""));
            }
        }
        Files.createDirectories(dir.resolve("figures"));
        Files.writeString(dir.resolve("figures/test-fig.svg"), FigureCheckerTest.GOOD);
    }

    @Test
    void aFigureBlockBecomesAnAccessibleFigureWithCaptionSourceAndDescription() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK);

        Page page = loader.load(dir).topic("dynamic-imaging").orElseThrow();

        Document doc = Jsoup.parseBodyFragment(page.html());
        Element figure = doc.getElementById("figure-test-fig");
        assertThat(figure).isNotNull();
        assertThat(figure.tagName()).isEqualTo("figure");
        Element svg = figure.selectFirst(".fig-scroll[tabindex=0][role=region] > svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("test-fig-title test-fig-desc");
        assertThat(svg.selectFirst("title").id()).isEqualTo("test-fig-title");
        assertThat(figure.selectFirst("figcaption .fig-caption").text()).startsWith("Figure 1. A tendon drawn as a band.");
        assertThat(figure.selectFirst("figcaption .fig-caption a.permalink").attr("href")).isEqualTo("#figure-test-fig");
        assertThat(figure.selectFirst("figcaption .fig-source").text()).isEqualTo("Source: What is MSK ultrasound?");
        assertThat(figure.selectFirst("figcaption .fig-source a").attr("href"))
                .isEqualTo("https://ultrasounddegree.com/articles/what-is-msk-ultrasound/");
        assertThat(figure.selectFirst("details > summary").text()).isEqualTo("Describe this figure");
        assertThat(figure.select("details > p")).extracting(Element::text)
                .containsExactly("A band across the picture, labelled Tendon.", "Below it, a second paragraph.");
        assertThat(page.figures()).singleElement().satisfies(f -> {
            assertThat(f.href()).isEqualTo("/topics/dynamic-imaging#figure-test-fig");
            assertThat(f.label()).isEqualTo("Figure 1: A tendon");
        });
        assertThat(page.anchors()).contains("figure-test-fig", "test-fig-lines");
        assertThat(page.html()).doesNotContain("figure-marker").doesNotContain("```");
    }

    @Test
    void theFigureIsFoundByNameWithItsPermanentAddress() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK);

        Content content = loader.load(dir);

        assertThat(content.figure("test-fig")).map(PlacedFigure::href)
                .contains("/topics/dynamic-imaging#figure-test-fig");
    }

    @Test
    void contentMayLinkToAFigure() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK);
        append("topics/needle-guidance.md", "\nSee [the tendon](/topics/dynamic-imaging#figure-test-fig).\n");

        loader.load(dir);
    }

    @Test
    void aMissingFigureNamesThePageAndTheFigure() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK.replace("name: test-fig", "name: no-such-figure"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("no figure 'no-such-figure'")
                .hasMessageContaining("figures/no-such-figure.svg");
    }

    @Test
    void aFigureNoPageUsesIsLeftForTheQuiz() {
        Content content = loader.load(dir);

        assertThat(content.figures()).doesNotContainKey("test-fig");
        assertThat(content.looseFigures()).containsKey("test-fig");
    }

    @Test
    void aFigureSourceMustBeInTheRegistryAndInThePagesSources() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK.replace("source: seed-article", "source: no-such-source"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("topics/dynamic-imaging.md")
                .hasMessageContaining("unknown source 'no-such-source'");

        copyContentWithOnlyTheTestFigure();
        insertAfterSection("topics/dynamic-imaging.md", BLOCK.replace("source: seed-article", "source: ardms-cme"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("topics/dynamic-imaging.md")
                .hasMessageContaining("source 'ardms-cme' must also be listed under 'sources'");
    }

    @Test
    void aFigureIsPlacedOnlyOnce() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK);
        insertAfterSection("topics/needle-guidance.md", BLOCK);

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/needle-guidance.md")
                .hasMessageContaining("already placed at /topics/dynamic-imaging#figure-test-fig");
    }

    @Test
    void captionSourceAndDescriptionAreRequired() throws IOException {
        for (String line : new String[] { "caption: A tendon drawn as a band.\n", "source: seed-article\n" }) {
            copyContentWithOnlyTheTestFigure();
            insertAfterSection("topics/dynamic-imaging.md", BLOCK.replace(line, ""));

            assertThatThrownBy(() -> loader.load(dir)).as(line).isInstanceOf(ContentException.class)
                    .hasMessageContaining("topics/dynamic-imaging.md")
                    .hasMessageContaining("figure block 1 ('test-fig'): needs name, caption, source and description");
        }
        copyContentWithOnlyTheTestFigure();
        insertAfterSection("topics/dynamic-imaging.md", BLOCK.replaceAll("(?s)description:.*?\\R```", "```"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("needs name, caption, source and description");
    }

    @Test
    void aMisspelledBlockFieldIsRefused() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK.replace("caption:", "captoin:"));

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("topics/dynamic-imaging.md")
                .hasMessageContaining("figure block 1: malformed YAML").hasMessageContaining("captoin");
    }

    @Test
    void aBrokenFigureFileStopsStartUpNamingTheFile() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK);
        Files.writeString(dir.resolve("figures/test-fig.svg"),
                FigureCheckerTest.GOOD.replace("<!-- the band -->", "<script>alert(1)</script>"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("figures/test-fig.svg: ").hasMessageContaining("<script>");
    }

    @Test
    void aHeadingThatWouldTakeTheFiguresIdIsRefused() throws IOException {
        insertAfterSection("topics/dynamic-imaging.md", BLOCK + "\n## Figure test fig\n\nText.\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("topics/dynamic-imaging.md")
                .hasMessageContaining("id 'figure-test-fig'");
    }

    @Test
    void aFileMayNotTakeTheNameOfAGeneratedFigure() throws IOException {
        Files.writeString(dir.resolve("figures/five-year-rule.svg"), FigureCheckerTest.GOOD.replace("test-fig", "five-year-rule"));

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("figures/five-year-rule.svg")
                .hasMessageContaining("drawn from data");
    }

    @Test
    void figuresAreNumberedInPageOrder() throws IOException {
        Files.writeString(dir.resolve("figures/test-fig-two.svg"), FigureCheckerTest.GOOD.replace("test-fig", "test-fig-two")
                .replace("A tendon", "A second tendon"));
        insertAfterSection("topics/dynamic-imaging.md", BLOCK + BLOCK.replace("name: test-fig", "name: test-fig-two"));

        Page page = loader.load(dir).topic("dynamic-imaging").orElseThrow();

        assertThat(page.figures()).extracting(PlacedFigure::label)
                .containsExactly("Figure 1: A tendon", "Figure 2: A second tendon");
    }

    /** Puts {@code text} right after the first section's opening paragraph. */
    void insertAfterSection(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        String page = Files.readString(path);
        int section = page.indexOf("\n## ");
        int paragraphEnd = page.indexOf("\n\n", page.indexOf("\n\n", section + 1) + 2);
        Files.writeString(path, page.substring(0, paragraphEnd) + "\n" + text + page.substring(paragraphEnd));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardOpenOption.APPEND);
    }
}

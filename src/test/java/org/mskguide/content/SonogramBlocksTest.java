package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.sonogram.View;

/** {@code ```sonogram} blocks: each one on the real pages becomes a described picture; a wrong name stops loading. */
class SonogramBlocksTest {

    private static final Pattern BLOCK = Pattern.compile("```sonogram\\R\\s*view=([a-z-]+)(?:\\R\\s*compare=([a-z-]+))?");
    /** The body-region pages, each of which must show at least one standard view. */
    private static final List<String> REGIONS = List.of("shoulder-ultrasound", "elbow-ultrasound",
            "wrist-and-hand-ultrasound", "hip-ultrasound", "knee-ultrasound", "ankle-and-foot-ultrasound");

    private final ContentLoader loader = new ContentLoader(ContentLoaderTest.ROUTES);

    @TempDir
    Path dir;

    @Test
    void everyBlockOnTheRealPagesRendersEachImageWithAltTextCaptionDescriptionLabelsAndAProbeDrawing()
            throws IOException {
        Content content = loader.load(ContentLoaderTest.REAL);
        int blocks = 0;
        for (Page topic : content.topics()) {
            String markdown = Files.readString(ContentLoaderTest.REAL.resolve("topics/" + topic.slug() + ".md"));
            Elements figures = Jsoup.parseBodyFragment(topic.html()).select("figure.sonogram-figure");
            Matcher m = BLOCK.matcher(markdown);
            int i = 0;
            while (m.find()) {
                assertThat(figures).as(topic.slug()).hasSizeGreaterThan(i);
                Element figure = figures.get(i++);
                View view = View.bySlug(m.group(1));
                Elements shots = figure.select("figure.sonogram-shot");
                assertThat(shots).as(topic.slug()).hasSize(m.group(2) == null ? 1 : 2);
                for (Element shot : shots) {
                    Element img = shot.selectFirst("img");
                    assertThat(img.attr("src")).startsWith("/api/v1/sonograms/" + view.slug() + ".png");
                    assertThat(img.attr("alt")).as(topic.slug()).startsWith("Simulated ultrasound image")
                            .containsIgnoringCase(view.title());
                    assertThat(img.attr("width")).isNotBlank();
                    assertThat(img.attr("loading")).isEqualTo("lazy");
                    assertThat(shot.selectFirst("figcaption p").text()).startsWith("Simulated image:")
                            .containsIgnoringCase(view.title());
                    assertThat(shot.selectFirst("details").text()).contains("not taken from a patient");
                    assertLabelsOnAndOff(topic.slug(), shot);
                }
                Element drawing = figure.selectFirst(".sonogram-probe svg[role=img]");
                assertThat(drawing).as(topic.slug() + ": a probe drawing beside the image").isNotNull();
                assertThat(drawing.selectFirst("title").text()).contains(view.title());
                assertThat(figure.selectFirst("figcaption.sonogram-where").text())
                        .contains(view.probe(false).place(), view.probe(false).marker());
            }
            assertThat(figures).as(topic.slug() + ": one figure per block").hasSize(i);
            assertThat(i).as(topic.slug() + ": three pictures a page at most").isLessThanOrEqualTo(3);
            if (REGIONS.contains(topic.slug())) {
                assertThat(i).as(topic.slug() + ": a region page shows its standard views").isPositive();
            }
            blocks += i;
        }
        assertThat(blocks).isGreaterThanOrEqualTo(REGIONS.size());
    }

    /** A "Show labels" checkbox (no script), and an SVG over the picture naming every labelled structure. */
    private static void assertLabelsOnAndOff(String slug, Element shot) {
        Element toggle = shot.selectFirst("label.sonogram-toggle");
        assertThat(toggle).as(slug).isNotNull();
        assertThat(toggle.text()).isEqualTo("Show labels");
        assertThat(toggle.selectFirst("input[type=checkbox]")).isNotNull();
        Element labels = shot.selectFirst(".sonogram-frame > svg.sonogram-labels");
        assertThat(labels).as(slug).isNotNull();
        assertThat(labels.select("text")).isNotEmpty();
        assertThat(labels.attr("aria-label")).startsWith("Labels on the image: ");
        for (Element text : labels.select("text")) {
            assertThat(labels.attr("aria-label")).contains(text.text());
        }
    }

    @Test
    void aPageThatDiscussesAnAbnormalStateShowsItBesideTheNormal() throws IOException {
        Content content = loader.load(ContentLoaderTest.REAL);
        Map<String, String> discussed = Map.of("shoulder-ultrasound", "full-thickness tear",
                "knee-ultrasound", "joint effusion", "elbow-ultrasound", "tendinopathy",
                "ankle-and-foot-ultrasound", "tendinopathy", "hip-ultrasound", "joint effusion",
                "wrist-and-hand-ultrasound", "carpal tunnel syndrome");
        discussed.forEach((slug, state) -> {
            Page page = content.topics().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
            Element pair = Jsoup.parseBodyFragment(page.html()).selectFirst("figure.sonogram-pair");
            assertThat(pair).as(slug).isNotNull();
            Elements captions = pair.select("figure.sonogram-shot > figcaption > p");
            assertThat(captions).hasSize(2);
            assertThat(captions.get(0).text()).as(slug).endsWith(", normal.");
            assertThat(captions.get(1).text()).as(slug).contains(state);
        });
    }

    @Test
    void aVariantIsDrawnAndNamed() {
        String html = SonogramBlock.html("view=supraspinatus\nvariant=calcific", 1);

        assertThat(html).contains("src=\"/api/v1/sonograms/supraspinatus.png?variant=calcific\"")
                .contains("Simulated image: supraspinatus tendon, long axis, calcific tendinopathy.");
    }

    @Test
    void aComparisonOfAVariantWithItselfIsRefused() {
        assertThatThrownBy(() -> SonogramBlock.html("view=hip-recess compare=normal", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sonogram block 3")
                .hasMessageContaining("same");
    }

    @Test
    void labelsAreShortAndNeverRepeated() {
        assertThat(SonogramBlock.shortName("Tear, filled with fluid")).isEqualTo("Tear");
        assertThat(SonogramBlock.shortName("Infrapatellar (Hoffa) fat pad")).isEqualTo("Infrapatellar fat pad");
        String html = SonogramBlock.html("view=carpal-tunnel", 1);
        Element labels = Jsoup.parseBodyFragment(html).selectFirst("svg.sonogram-labels");
        List<String> texts = labels.select("text").eachText();
        assertThat(texts).doesNotHaveDuplicates().contains("Median nerve", "Flexor tendons");
    }

    @Test
    void anUnknownViewFailsLoadingAndNamesTheFile() throws IOException {
        copyRealContent();
        Path file = dir.resolve("topics/ankle-and-foot-ultrasound.md");
        Files.writeString(file, Files.readString(file).replace("view=achilles", "view=heel-pad"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/ankle-and-foot-ultrasound.md").hasMessageContaining("'heel-pad'")
                .hasMessageContaining("achilles");
    }

    @Test
    void aVariantTheViewDoesNotKnowFailsLoading() throws IOException {
        copyRealContent();
        Path file = dir.resolve("topics/knee-ultrasound.md");
        Files.writeString(file, Files.readString(file).replace("view=patellar-tendon",
                "view=patellar-tendon\nvariant=effusion"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/knee-ultrasound.md").hasMessageContaining("no variant 'effusion'");
    }

    @Test
    void aStrayKeyIsNamed() {
        assertThatThrownBy(() -> SonogramBlock.html("view=tendon depth=40", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sonogram block 2")
                .hasMessageContaining("depth=40");
    }

    @Test
    void aBlockInATightListIsReportedNotLost() {
        String tight = "1. One.\n   ```sonogram\n   view=tendon\n   ```\n2. Two.\n";

        assertThatThrownBy(() -> new MarkdownRenderer().render(tight)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank line");
        assertThat(new MarkdownRenderer().render(tight.replace("One.\n", "One.\n\n")).html())
                .contains("<figure class=\"sonogram-figure\">");
    }

    private void copyRealContent() throws IOException {
        try (Stream<Path> files = Files.walk(ContentLoaderTest.REAL)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(ContentLoaderTest.REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

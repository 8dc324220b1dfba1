package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Pattern BLOCK = Pattern.compile("```sonogram\\R\\s*view=([a-z-]+)");

    private final ContentLoader loader = new ContentLoader(ContentLoaderTest.ROUTES);

    @TempDir
    Path dir;

    @Test
    void everyBlockOnTheRealPagesRendersWithAltTextCaptionAndDescription() throws IOException {
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
                Element img = figure.selectFirst("img");
                assertThat(img.attr("src")).startsWith("/api/v1/sonograms/" + view.slug() + ".png");
                assertThat(img.attr("alt")).as(topic.slug()).startsWith("Simulated ultrasound image")
                        .containsIgnoringCase(view.title());
                assertThat(img.attr("width")).isNotBlank();
                assertThat(img.attr("height")).isNotBlank();
                assertThat(img.attr("loading")).isEqualTo("lazy");
                assertThat(figure.selectFirst("figcaption p").text()).startsWith("Simulated image:")
                        .containsIgnoringCase(view.title());
                assertThat(figure.selectFirst("details").text()).contains("not taken from a patient");
            }
            assertThat(figures).as(topic.slug() + ": one figure per block").hasSize(i);
            assertThat(i).as(topic.slug() + ": one or two pictures a page at most").isLessThanOrEqualTo(2);
            blocks += i;
        }
        assertThat(blocks).isPositive();
    }

    @Test
    void aVariantIsDrawnAndNamed() {
        String html = SonogramBlock.html("view=supraspinatus\nvariant=calcific", 1);

        assertThat(html).contains("src=\"/api/v1/sonograms/supraspinatus.png?variant=calcific\"")
                .contains("Simulated image: supraspinatus tendon, long axis, calcific tendinopathy.");
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

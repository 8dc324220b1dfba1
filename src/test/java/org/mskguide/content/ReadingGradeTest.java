package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.browser.Toolchain;
import org.mskguide.browser.Toolchain.Tool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain language, measured: the Flesch-Kincaid grade of every topic's body, computed by the pinned npm packages
 * {@code syllable} and {@code flesch-kincaid} ({@code tools/reading-grade.mjs}). The median over the topics must
 * be at most 9; the grades are written to {@code target/reading-grade.txt} for the review note.
 */
class ReadingGradeTest {

    static final double MAX_MEDIAN_GRADE = 9.0;

    record Grade(String id, double grade, int sentences, int words, int syllables) {
    }

    /** The body as a reader reads it: one line per paragraph, list item, table cell or caption. */
    static String readableText(Page page) {
        Document doc = Jsoup.parseBodyFragment(page.html());
        doc.select(".permalink, .visually-hidden, svg, h2, h3, h4").remove();
        StringBuilder b = new StringBuilder();
        for (Element block : doc.select("p, li, td, th, figcaption")) {
            if (block.select("p, li").size() == 1) { // select() includes the block itself: skip wrappers of p or li
                b.append(block.text()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theMedianTopicReadsAtGradeNineOrBelow() throws IOException, InterruptedException {
        Toolchain.require(Tool.NODE, Tool.READING_GRADE);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, String>> texts = new ArrayList<>();
        for (Page topic : ContentQualityTest.CONTENT.topics()) {
            texts.add(Map.of("id", topic.slug(), "text", readableText(topic)));
        }
        Process node = new ProcessBuilder("node", Toolchain.PROJECT.resolve("tools/reading-grade.mjs").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        node.getOutputStream().write(json.writeValueAsBytes(texts));
        node.getOutputStream().close();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        List<Grade> grades = new ArrayList<>(json.readValue(new String(out, StandardCharsets.UTF_8),
                new TypeReference<List<Grade>>() {
                }));

        assertThat(grades).hasSameSizeAs(texts).allSatisfy(g -> assertThat(g.words()).as(g.id()).isPositive());
        grades.sort(Comparator.comparingDouble(Grade::grade));
        double median = grades.size() % 2 == 1 ? grades.get(grades.size() / 2).grade()
                : (grades.get(grades.size() / 2 - 1).grade() + grades.get(grades.size() / 2).grade()) / 2;
        StringBuilder report = new StringBuilder("Flesch-Kincaid grade per topic (median " + median + ")\n");
        grades.forEach(g -> report.append(String.format("%5.1f  %5d words  %s%n", g.grade(), g.words(), g.id())));
        java.nio.file.Files.writeString(Toolchain.TARGET.resolve("reading-grade.txt"), report);

        assertThat(median).as(report.toString()).isLessThanOrEqualTo(MAX_MEDIAN_GRADE);
    }
}

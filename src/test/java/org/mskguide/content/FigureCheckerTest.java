package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The figure rules without Quarkus: a clean drawing passes, and each forbidden construct is refused, file named. */
class FigureCheckerTest {

    static final String FILE = "figures/test-fig.svg";

    /** A small drawing that follows every rule; each case below breaks one. */
    static final String GOOD = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 200">
              <title>A tendon</title>
              <desc>One tendon drawn as a band, with its label.</desc>
              <defs>
                <pattern id="test-fig-lines" width="8" height="6" patternUnits="userSpaceOnUse">
                  <rect class="f-tendon" width="8" height="6"/><path class="s-ink s-thin" d="M0 3H8"/>
                </pattern>
              </defs>
              <!-- the band -->
              <rect fill="url(#test-fig-lines)" class="s-ink" x="10" y="60" width="300" height="30"/>
              <text x="320" y="80">Tendon <tspan class="t-bold">A</tspan></text>
              <text class="t-small" x="10" y="120">Skin at the top</text>
            </svg>
            """;

    static Figure check(String markup) {
        return FigureChecker.check("test-fig", FILE, markup);
    }

    @Test
    void aCleanDrawingPassesAndIsServedWithItsNameAndPrefixedIds() {
        Figure figure = check(GOOD);

        assertThat(figure.title()).isEqualTo("A tendon");
        assertThat(figure.desc()).isEqualTo("One tendon drawn as a band, with its label.");
        assertThat(figure.width()).isEqualTo(720);
        assertThat(figure.labels()).containsExactlyInAnyOrder("Tendon A", "Skin at the top");
        String svg = figure.svg("");
        assertThat(svg).startsWith("<svg viewBox=\"0 0 720 200\" width=\"720\" "
                + "height=\"200\" class=\"fig-min-640\" role=\"img\" aria-labelledby=\"test-fig-title test-fig-desc\">")
                .contains("<title id=\"test-fig-title\">A tendon</title>")
                .contains("<desc id=\"test-fig-desc\">")
                .doesNotContain("<!--").doesNotContain("\n");
        assertThat(figure.svg("q2-")).contains("id=\"q2-test-fig-lines\"").contains("url(#q2-test-fig-lines)")
                .contains("aria-labelledby=\"q2-test-fig-title q2-test-fig-desc\"");
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("script", GOOD.replace("<!-- the band -->", "<script>alert(1)</script>"), "<script>"),
                Arguments.of("event attribute", GOOD.replace("<rect fill", "<rect onclick=\"alert(1)\" fill"),
                        "onclick"),
                Arguments.of("event attribute, other case", GOOD.replace("<text x=\"320\"", "<text ONLOAD=\"x()\" x=\"320\""),
                        "ONLOAD"),
                Arguments.of("foreignObject", GOOD.replace("<!-- the band -->",
                        "<foreignObject width=\"10\" height=\"10\"><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>"),
                        "foreignObject"),
                Arguments.of("style element", GOOD.replace("<!-- the band -->", "<style>text{fill:red}</style>"),
                        "<style>"),
                Arguments.of("style attribute", GOOD.replace("<text x=\"320\"", "<text style=\"fill:red\" x=\"320\""),
                        "style attribute"),
                Arguments.of("image", GOOD.replace("<!-- the band -->", "<image href=\"#test-fig-lines\" width=\"5\" height=\"5\"/>"),
                        "<image>"),
                Arguments.of("data URI", GOOD.replace("url(#test-fig-lines)", "url(data:image/png;base64,AAAA)"),
                        "data:"),
                Arguments.of("external href", GOOD.replace("<!-- the band -->",
                        "<use href=\"https://evil.example/x.svg#a\"/>"), "only references inside the figure"),
                Arguments.of("external xlink:href", GOOD.replace("<svg xmlns=\"http://www.w3.org/2000/svg\"",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                        .replace("<!-- the band -->", "<use xlink:href=\"other.svg#a\"/>"),
                        "only references inside the figure"),
                Arguments.of("url(http...)", GOOD.replace("url(#test-fig-lines)", "url(http://evil.example/p#x)"),
                        "only url(#test-fig-"),
                Arguments.of("javascript: address", GOOD.replace("<!-- the band -->", "<use href=\"javascript:alert(1)\"/>"),
                        "javascript:"),
                Arguments.of("link", GOOD.replace("<!-- the band -->", "<a href=\"#test-fig-lines\"><text x=\"1\" y=\"1\">x</text></a>"),
                        "<a>"),
                Arguments.of("animation", GOOD.replace("<!-- the band -->", "<set attributeName=\"href\" to=\"x\"/>"),
                        "<set>"),
                Arguments.of("id without the figure's prefix", GOOD.replace("test-fig-lines", "lines"),
                        "id 'lines' must start with 'test-fig-'"),
                Arguments.of("id of the title kept", GOOD.replace("test-fig-lines", "test-fig-title"),
                        "kept for the figure's title"),
                Arguments.of("unknown class", GOOD.replace("class=\"f-tendon\"", "class=\"f-tendon red\""),
                        "class 'red'"),
                Arguments.of("literal colour", GOOD.replace("class=\"t-small\"", "fill=\"#ff0000\""),
                        "colours come only from the palette"),
                Arguments.of("no viewBox", GOOD.replace(" viewBox=\"0 0 720 200\"", ""), "needs a viewBox"),
                Arguments.of("too wide", GOOD.replace("0 0 720 200", "0 0 900 200"), "more than 720"),
                Arguments.of("width on the root", GOOD.replace("viewBox=", "width=\"720\" viewBox="),
                        "must not set width or height"),
                Arguments.of("no title", GOOD.replace("<title>A tendon</title>", ""), "must start with <title>"),
                Arguments.of("empty title", GOOD.replace("A tendon", " "), "<title> is empty"),
                Arguments.of("no desc", GOOD.replace("<desc>One tendon drawn as a band, with its label.</desc>", ""),
                        "then <desc>"),
                Arguments.of("empty desc", GOOD.replace("One tendon drawn as a band, with its label.", ""),
                        "<desc> is empty"),
                Arguments.of("id on the title", GOOD.replace("<title>", "<title id=\"test-fig-t\">"),
                        "<title> must have no attributes"),
                Arguments.of("tiny text", GOOD.replace("class=\"t-small\"", "font-size=\"10\""), "below 16"),
                Arguments.of("text outside <text>", GOOD.replace("<!-- the band -->", "loose words"),
                        "outside <text>"),
                Arguments.of("empty label", GOOD.replace("Skin at the top", ""), "empty <text>"),
                Arguments.of("reference to nothing", GOOD.replace("url(#test-fig-lines)", "url(#test-fig-none)"),
                        "no element has that id"),
                Arguments.of("DOCTYPE (entities)", "<!DOCTYPE svg [<!ENTITY x \"y\">]>" + GOOD, "DOCTYPE"),
                Arguments.of("external entity (XXE)", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + GOOD.replace("Tendon", "&x;"), "DOCTYPE"),
                Arguments.of("processing instruction", GOOD.replace("<!-- the band -->",
                        "<?xml-stylesheet href=\"https://evil.example/a.css\"?>"), "processing instructions"),
                Arguments.of("editor namespace", GOOD.replace("<svg xmlns=\"http://www.w3.org/2000/svg\"",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""),
                        "namespace declaration"),
                Arguments.of("HTML root", GOOD.replace("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<svg"),
                        "root element must be <svg"),
                Arguments.of("not XML", GOOD.replace("</svg>", ""), "not well-formed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void eachForbiddenConstructIsRefusedWithTheFileNamed(String what, String markup, String message) {
        assertThatThrownBy(() -> check(markup)).as(what).isInstanceOf(ContentException.class)
                .hasMessageStartingWith(FILE + ": ").hasMessageContaining(message);
    }

    @Test
    void anOversizedFileIsRefused() {
        String big = GOOD.replace("<!-- the band -->", "<!-- " + "x".repeat(FigureChecker.MAX_BYTES) + " -->");

        assertThatThrownBy(() -> check(big)).hasMessageContaining(FILE).hasMessageContaining("larger than 16 KB");
    }

    @Test
    void theNarrowestWidthKeepsSixteenUnitLabelsAtFourteenPixels() {
        assertThat(check(GOOD).minWidthClass()).isEqualTo("fig-min-640");
        assertThat(check(GOOD.replace("0 0 720 200", "0 0 500 200")).minWidthClass()).isEqualTo("fig-min-480");
        assertThat(check(GOOD.replace("0 0 720 200", "0 0 200 200")).minWidthClass()).isEqualTo("fig-min-320");
    }

    @Test
    void everyRealFigureFollowsTheRules() throws IOException {
        Path dir = Path.of("content/figures");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                String name = file.getFileName().toString().replace(".svg", "");
                Figure figure = FigureChecker.check(name, "figures/" + name + ".svg", Files.readString(file));
                assertThat(figure.svg("")).as(name).hasSizeLessThan(FigureChecker.MAX_BYTES);
            }
        }
    }
}

package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void everySectionHeadingGetsANamedPermalink() {
        MarkdownRenderer.Rendered r = renderer.render("## Why motion matters\n\nText.\n\n### In the clinic\n");

        assertThat(r.headings()).extracting(Heading::id).containsExactly("why-motion-matters", "in-the-clinic");
        assertThat(r.html()).contains("<h2 id=\"why-motion-matters\">")
                .contains("href=\"#why-motion-matters\"")
                .contains("Link to section: Why motion matters");
    }

    @Test
    void tablesBecomeKeyboardScrollableRegionsWithColumnHeaders() {
        MarkdownRenderer.Rendered r = renderer.render("## Compare\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");

        assertThat(r.html()).contains("role=\"region\"").contains("tabindex=\"0\"")
                .contains("aria-label=\"Table: Compare\"").contains("<th scope=\"col\">A</th>");
    }

    @Test
    void scriptAndEventHandlersAreRemoved() {
        MarkdownRenderer.Rendered r = renderer.render("<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n");

        assertThat(r.html()).doesNotContain("<img").doesNotContain("onerror=\"").doesNotContain("javascript:");
    }

    @Test
    void aContentMistakeCannotInjectScriptStyleOrFrames() {
        MarkdownRenderer.Rendered r = renderer.render("""
                <script>alert(1)</script>

                <iframe src="https://example.org"></iframe>

                [a](data:text/html;base64,PHNjcmlwdD4=) [b](vbscript:msgbox) <javascript:alert(1)>

                [c](/topics/x "title\\" onmouseover=\\"alert(1)")
                """);

        Document doc = Jsoup.parseBodyFragment(r.html());
        assertThat(doc.select("script, iframe, style, object, embed, form")).isEmpty();
        assertThat(doc.select("[onmouseover], [onerror], [onclick], [style]")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href"))
                .doesNotContainIgnoringCase("script:")
                .doesNotStartWith("data:"));
    }

    @Test
    void linksAreCollectedForChecking() {
        MarkdownRenderer.Rendered r = renderer.render("[a](/topics/x#y) and [b](https://www.ardms.org/)");

        assertThat(r.links()).containsExactly("/topics/x#y", "https://www.ardms.org/");
    }

    private static PlacedFigure placed(String yaml, int number) {
        Figure figure = FigureChecker.check("test-fig", "figures/test-fig.svg", FigureCheckerTest.GOOD);
        return new PlacedFigure(figure, new FigureBlock("test-fig", "A caption <b>bold?</b>", "seed-article",
                "Para one.\n\nPara two."), "/topics/x", number, new Source("A source", "https://example.org/a"));
    }

    @Test
    void aFigureBlockIsPutInAfterSanitizingWithItsDrawingIntact() {
        MarkdownRenderer.Rendered r = renderer.render("## One\n\n```figure\nname: test-fig\n```\n\nAfter.\n",
                MarkdownRendererTest::placed);

        Document doc = Jsoup.parseBodyFragment(r.html());
        assertThat(doc.select("figure#figure-test-fig svg[role=img] pattern#test-fig-lines")).hasSize(1);
        assertThat(doc.selectFirst("figure#figure-test-fig .fig-caption").text()).contains("A caption <b>bold?</b>");
        assertThat(doc.select("figure b")).isEmpty();
        assertThat(r.figures()).extracting(PlacedFigure::number).containsExactly(1);
        assertThat(r.anchors()).contains("one", "figure-test-fig", "test-fig-title", "test-fig-lines");
    }

    @Test
    void anOrdinaryCodeBlockAndForgedMarkersStayText() {
        MarkdownRenderer.Rendered r = renderer.render("```yaml\nname: x\n```\n\nfigure-marker-1\n",
                (yaml, n) -> {
                    throw new AssertionError("not a figure block");
                });

        assertThat(r.html()).contains("<code").contains("figure-marker-1").doesNotContain("<figure");
        assertThat(r.figures()).isEmpty();
    }

    @Test
    void withoutAPlacerAFigureBlockIsAMistake() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render("```figure\nname: x\n```\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

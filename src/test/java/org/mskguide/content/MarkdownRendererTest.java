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
}

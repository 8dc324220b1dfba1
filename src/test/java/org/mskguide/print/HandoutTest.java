package org.mskguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HandoutTest {

    static final String BODY = "<h2 id=\"intro\">Intro <a class=\"permalink\" href=\"#intro\">#</a></h2>"
            + "<p>See <a href=\"/glossary#rmsks\">RMSKS</a>, <a href=\"dynamic-imaging\">a sibling</a> and"
            + " <a href=\"https://www.ardms.org/\">ARDMS</a>.</p>"
            + "<figure id=\"figure-x\"><svg viewBox=\"0 0 10 10\" aria-labelledby=\"x-title x-desc\">"
            + "<title id=\"x-title\">T</title><desc id=\"x-desc\">D</desc>"
            + "<rect fill=\"url(#x-pattern)\" width=\"1\" height=\"1\"/><use href=\"#x-shape\"/></svg></figure>";

    @Test
    void everyLinkBecomesAnAbsoluteAddress() {
        Document doc = Jsoup.parse(Handout.forPrint(BODY, "https://example.org/topics/knee", ""));

        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.org/topics/knee#intro",
                "https://example.org/glossary#rmsks", "https://example.org/topics/dynamic-imaging",
                "https://www.ardms.org/");
        assertThat(doc.getElementById("intro")).as("ids kept without a prefix").isNotNull();
    }

    @Test
    void aPrefixKeepsIdsAndTheirReferencesTogether() {
        String html = Handout.forPrint(BODY, "https://example.org/topics/knee", "knee--");
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("[id]").eachAttr("id")).containsExactly("knee--intro", "knee--figure-x", "knee--x-title",
                "knee--x-desc");
        assertThat(doc.selectFirst("svg").attr("aria-labelledby")).isEqualTo("knee--x-title knee--x-desc");
        assertThat(html).contains("fill=\"url(#knee--x-pattern)\"", "<use href=\"#knee--x-shape\"");
        assertThat(html).as("SVG attribute case kept").contains("viewBox=");
        // Links leave the handout for the site, so they keep the page's own anchors.
        assertThat(doc.selectFirst("a.permalink").attr("href")).isEqualTo("https://example.org/topics/knee#intro");
    }
}

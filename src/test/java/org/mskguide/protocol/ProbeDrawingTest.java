package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mskguide.content.ContentLoader;
import org.mskguide.web.AppRoutes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every view's drawing is well-formed SVG, named for assistive technology, with a worded marker and palette colours. */
class ProbeDrawingTest {

    @Test
    void everyDrawingIsAnAccessibleImageWithTheMarkerInWords() throws Exception {
        Protocols protocols = new ProtocolLoader(new ContentLoader(AppRoutes.PATHS).load(Path.of("content")))
                .load(Path.of("content"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

        for (Protocol p : protocols.all()) {
            for (ProtocolView v : p.views()) {
                String svg = p.drawing(v);
                Document doc = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                Element root = doc.getDocumentElement();
                assertThat(root.getAttribute("role")).isEqualTo("img");
                assertThat(root.getAttribute("aria-labelledby")).isEqualTo("probe-" + v.id() + "-title probe-" + v.id() + "-desc");
                assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                        .contains(v.probe().place(), v.probe().marker());
                assertThat(svg).contains(">Marker</text>").doesNotContain("fill=\"#", "style=");
                assertThat(svg.length()).as(v.id()).isLessThan(4000);
            }
        }
    }

    @Test
    void theMarkerSitsAtTheHeadEndAlongTheLimbAndOnTheLeftAcrossIt() {
        ProtocolView along = view(new Probe("front", 120, 100, 90, "along", "toward the head"));
        ProtocolView across = view(new Probe("front", 120, 100, 0, "across", "toward the right"));

        assertThat(ProbeDrawing.svg("knee", along)).contains("cx=\"120.0\" cy=\"59.0\"");
        assertThat(ProbeDrawing.svg("knee", across)).contains("cx=\"79.0\" cy=\"100.0\"");
        assertThat(along.probe().alongLimb()).isTrue();
        assertThat(across.probe().alongLimb()).isFalse();
    }

    private static ProtocolView view(Probe probe) {
        return new ProtocolView("v", 1, "A view", "Lying", probe, List.of("a"), null, List.of("b"),
                new org.mskguide.content.Source("S", "https://example.org/s"), List.of(), null);
    }
}

package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mskguide.content.ContentLoader;
import org.mskguide.web.AppRoutes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every protocol view's drawing (drawn by the shared sonogram.ProbeDrawing) is named by ids unique to the view. */
class ProtocolDrawingsTest {

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
                assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains(v.title());
                assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                        .contains(v.probe().place(), v.probe().marker());
                assertThat(svg).contains(">Marker</text>").doesNotContain("fill=\"#", "style=");
                assertThat(svg.length()).as(v.id()).isLessThan(4000);
            }
        }
    }
}

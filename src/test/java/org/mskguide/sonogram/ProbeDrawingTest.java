package org.mskguide.sonogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The shared probe drawing: where the marker goes, and a drawing named without ids where a page may repeat it. */
class ProbeDrawingTest {

    @Test
    void theMarkerSitsAtTheHeadEndAlongTheLimbAndOnTheLeftAcrossIt() {
        Probe along = new Probe("front", 120, 100, 90, "along", "toward the head");
        Probe across = new Probe("front", 120, 100, 0, "across", "toward the right");

        assertThat(ProbeDrawing.svg("knee", "v", "A view", along)).contains("cx=\"120\" cy=\"59\"");
        assertThat(ProbeDrawing.svg("knee", "v", "A view", across)).contains("cx=\"79\" cy=\"100\"");
        assertThat(along.alongLimb()).isTrue();
        assertThat(across.alongLimb()).isFalse();
    }

    @Test
    void everyViewHasASmallWellFormedDrawingNamedByItsTitleAndDescribedInWords() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (View view : View.values()) {
            for (boolean shortAxis : view.hasShortAxis() ? new boolean[] {false, true} : new boolean[] {false}) {
                String svg = view.probeDrawing(shortAxis, null);
                Document doc = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                Probe probe = view.probe(shortAxis);

                assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
                assertThat(doc.getDocumentElement().hasAttribute("aria-labelledby")).isFalse();
                assertThat(svg).as(view.slug()).startsWith("<svg").contains("<title>Probe position: " + view.title())
                        .doesNotContain(" id=\"").contains(">Marker</text>");
                assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                        .contains(probe.place(), probe.marker());
                assertThat(probe.alongLimb()).as(view.slug() + " short axis " + shortAxis)
                        .isEqualTo(!shortAxis == view.probe(false).alongLimb());
                assertThat(svg.length()).as(view.slug()).isLessThan(4000);
            }
        }
    }
}

package org.mskguide.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/** Reading an image's address: every parameter checked and named; one canonical spelling for the cache. */
class SonogramRequestTest {

    private static SonogramRequest.Reading read(View view, Map<String, List<String>> query) {
        return SonogramRequest.read(view, query);
    }

    @Test
    void noParametersGiveTheViewsDefaultsAndAnEmptyQuery() {
        SonogramRequest request = read(View.ACHILLES, Map.of()).request();
        assertEquals(View.ACHILLES.defaults(), request.scan());
        assertEquals("", request.query());
        assertEquals("/api/v1/sonograms/achilles.png", request.pngPath());
    }

    @Test
    void theQueryIsCanonicalWhateverTheSpelling() {
        SonogramRequest a = read(View.TENDON, Map.of("tilt", List.of("10.0"), "frequency", List.of("15"))).request();
        SonogramRequest b = read(View.TENDON, Map.of("frequency", List.of("15.0"), "tilt", List.of("10"))).request();
        assertEquals(a.query(), b.query());
        assertEquals("frequency=15&tilt=10", a.query());
    }

    @Test
    void eachBadParameterIsNamed() {
        Map<String, List<String>> bad = Map.of(
                "frequency", List.of("high"),
                "depth", List.of("61"),
                "tilt", List.of("1e3"),
                "zoom", List.of("2"),
                "gain", List.of("1", "2"),
                "variant", List.of("tear"),
                "needle", List.of("in-plane"));
        SonogramRequest.Reading reading = read(View.KNOBOLOGY, bad);
        assertNull(reading.request());
        for (String name : bad.keySet()) {
            assertTrue(reading.errors().has(name), name + " in " + reading.errors().all());
        }
    }

    @Test
    void theFocusCannotLieBelowTheDepth() {
        SonogramRequest.Reading reading = read(View.TENDON, Map.of("depth", List.of("20"), "focus", List.of("25")));
        assertEquals(List.of("focus"), reading.errors().all().stream().map(e -> e.field()).toList());
    }

    @Test
    void theNeedleViewReadsItsNeedle() {
        SonogramRequest request = read(View.NEEDLE, Map.of("needle", List.of("out-of-plane"), "needleAngle",
                List.of("45"), "needleDepth", List.of("30"))).request();
        assertEquals(false, request.needle().inPlane());
        assertEquals(45, request.needle().angleDeg());
        assertEquals("needle=out-of-plane&needleAngle=45&needleDepth=30", request.query());
    }

    @Test
    void theNeedlesTipCanLieAnywhereAcrossTheImageAndTheDefaultStaysOutOfTheAddress() {
        SonogramRequest left = read(View.NEEDLE, Map.of("needleAngle", List.of("60"), "needleX", List.of("-13.2")))
                .request();
        assertEquals(-13.2, left.needle().tipX());
        assertEquals("needleAngle=60&needleX=-13.2", left.query());
        assertEquals(left, read(View.NEEDLE, Map.of("needleAngle", List.of("60"), "needleX", List.of("-13.2")))
                .request());
        assertEquals("", read(View.NEEDLE, Map.of("needleX", List.of("3"))).request().query());
        assertEquals("needle=out-of-plane", read(View.NEEDLE, Map.of("needle", List.of("out-of-plane"), "needleX",
                List.of("0"))).request().query());
        assertEquals(List.of("needleX"), read(View.NEEDLE, Map.of("needleX", List.of("20"))).errors().all().stream()
                .map(e -> e.field()).toList());
        assertEquals(List.of("needleX"), read(View.TENDON, Map.of("needleX", List.of("2"))).errors().all().stream()
                .map(e -> e.field()).toList());
    }

    @Test
    void aVariantTheViewKnowsIsRead() {
        SonogramRequest request = read(View.SUPRASPINATUS, Map.of("variant", List.of("calcific"))).request();
        assertEquals(Variant.CALCIFIC, request.variant());
        assertTrue(request.phantom().title().contains("calcific"));
    }
}

package org.mskguide.sonogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The simulator as a library: repeatable, checked controls, small PNGs, a map and words for every view. */
class SonogramTest {

    private final Simulator simulator = new Simulator();

    @Test
    void theSameSeedGivesTheSameImageAndAnotherSeedAnother() {
        Phantom phantom = Phantoms.build(View.ACHILLES, Variant.NORMAL, false, null);
        Scan scan = View.ACHILLES.defaults();
        byte[] first = simulator.render(phantom, scan).png();
        byte[] again = new Simulator().render(phantom, scan).png();
        byte[] other = simulator.render(phantom, scan.withSeed(2)).png();
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void everyViewAndVariantGivesASmallPngOfTheStatedSize() throws IOException {
        for (View view : View.values()) {
            for (Variant variant : view.variants()) {
                Needle needle = view == View.NEEDLE ? new Needle(true, 30, 3, 20, 0.7) : null;
                Sonogram image = simulator.render(Phantoms.build(view, variant, false, needle), view.defaults());
                byte[] png = image.png();
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(Frame.CANVAS_WIDTH, decoded.getWidth());
                assertEquals(Frame.CANVAS_HEIGHT, decoded.getHeight());
                assertTrue(png.length <= 80 * 1024, view + " " + variant + ": " + png.length + " bytes");
                assertTrue(image.altText().startsWith("Simulated ultrasound image"), image.altText());
                assertTrue(image.longDescription().startsWith("Simulated image"), image.longDescription());
                assertFalse(image.structureMap().isEmpty());
            }
        }
    }

    @Test
    void aControlOutOfRangeIsNamedInTheMessage() {
        Map<String, Executable> wrong = Map.of(
                "frequency", () -> Scan.DEFAULT.withFrequency(30),
                "depth", () -> Scan.DEFAULT.withDepth(Double.NaN),
                "focus", () -> Scan.DEFAULT.withFocus(31),
                "gain", () -> Scan.DEFAULT.withGain(-21),
                "tilt", () -> Scan.DEFAULT.withTilt(45));
        wrong.forEach((control, call) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            assertTrue(e.getMessage().startsWith(control + " "), e.getMessage());
        });
    }

    @Test
    void aVariantAViewDoesNotDrawIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Phantoms.build(View.CARPAL_TUNNEL, Variant.TEAR, false, null));
        assertThrows(IllegalArgumentException.class,
                () -> Phantoms.build(View.HIP_RECESS, Variant.NORMAL, true, null));
    }

    @Test
    void theMapsOutlinesStayInsideTheScannedAreaAndHoldTheirLabelPoint() {
        Sonogram image = simulator.render(Phantoms.build(View.CARPAL_TUNNEL, Variant.NORMAL, false, null),
                View.CARPAL_TUNNEL.defaults());
        Frame f = image.frame();
        for (MappedStructure m : image.structureMap()) {
            for (int[] p : m.points()) {
                assertTrue(p[0] >= f.left() && p[0] <= f.left() + f.width(), m.name());
                assertTrue(p[1] >= f.top() && p[1] <= f.top() + f.height(), m.name());
            }
            assertTrue(m.contains(m.labelX() + 0.5, m.labelY() + 0.5) || m.points().size() < 4, m.name());
        }
        MappedStructure nerve = image.structureMap().stream().filter(m -> m.name().equals("Median nerve"))
                .findFirst().orElseThrow();
        assertTrue(image.longDescription().contains("Median nerve (nerve)"), image.longDescription());
        assertTrue(image.altText().contains("median nerve"), image.altText());
        assertTrue(nerve.topMm() < nerve.bottomMm());
    }

    @Test
    void thePackageIsALowerLayerThatImportsOnlyTheJdk() throws IOException {
        Path folder = Path.of("src/main/java/org/mskguide/sonogram");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ")) {
                        // The JDK, and the site's one SVG writer (chart, plain Java too) for the probe drawings.
                        assertTrue(line.startsWith("import java.") || line.startsWith("import javax.")
                                || line.startsWith("import static java.") || line.equals("import org.mskguide.chart.Svg;"),
                                file + ": " + line);
                    }
                }
            }
        }
    }
}

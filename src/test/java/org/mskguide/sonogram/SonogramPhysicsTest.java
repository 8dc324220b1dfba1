package org.mskguide.sonogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The physics, measured on the simulator's own output (issue 24, "Done when"). Each test builds the smallest phantom
 * that shows the effect, renders it with a fixed seed, and measures the envelope or the picture.
 */
class SonogramPhysicsTest {

    private final Simulator simulator = new Simulator();

    private static Phantom uniform(String key, Tissue tissue) {
        return new Phantom(key, "Uniform " + tissue.words(),
                List.of(new Structure("Uniform", tissue, Outline.rect(-25, 0, 25, 70), x -> 0, true, true)), null);
    }

    @Test
    void speckleInAUniformRegionIsFullyDevelopedRayleigh() {
        // SKIN has plain speckle (no septa or fibres) in this model.
        Sonogram image = simulator.render(uniform("speckle", Tissue.SKIN), new Scan(10, 30, 15, 0, 0, 7));
        double[] stats = stats(image, 60, 420, 80, 300);
        double snr = stats[0] / stats[1];
        System.out.printf("speckle SNR %.3f%n", snr);
        assertEquals(1.91, snr, 0.191, "mean / standard deviation of the envelope");
    }

    @Test
    void lateralSpeckleIsSmallerAtHigherFrequency() {
        Phantom phantom = uniform("speckle", Tissue.SKIN);
        double at15 = correlationWidth(simulator.render(phantom, new Scan(15, 30, 15, 0, 0, 3)));
        double at75 = correlationWidth(simulator.render(phantom, new Scan(7.5, 30, 15, 0, 0, 3)));
        System.out.printf("lateral speckle width (autocorrelation 0.5) 15 MHz %.2f px, 7.5 MHz %.2f px%n", at15, at75);
        assertTrue(at15 < 0.75 * at75, "15 MHz " + at15 + " px vs 7.5 MHz " + at75 + " px");
    }

    @Test
    void tendonDarkensByAtLeastSixDecibelsAtTenDegrees() {
        Phantom phantom = Phantoms.build(View.TENDON, Variant.NORMAL, false, null);
        Scan scan = View.TENDON.defaults();
        double square = meanBrightnessDb(simulator.render(phantom, scan), "Tendon");
        double tilted = meanBrightnessDb(simulator.render(phantom, scan.withTilt(10)), "Tendon");
        System.out.printf("tendon 0 deg %.1f dB, 10 deg %.1f dB, drop %.1f dB%n", square, tilted, square - tilted);
        assertTrue(square - tilted >= 6, "drop " + (square - tilted) + " dB");
    }

    @Test
    void tendonAgainstMuscleFollowsTheBandsOfCrass1988() {
        // Brighter than muscle square-on, about as bright at 2-7 degrees, darker beyond (Radiology 1988;167:499).
        Phantom phantom = Phantoms.build(View.TENDON, Variant.NORMAL, false, null);
        for (int tilt : new int[] {0, 2, 4, 7, 10, 15, 20}) {
            Sonogram image = simulator.render(phantom, View.TENDON.defaults().withTilt(tilt));
            double contrast = meanBrightnessDb(image, "Tendon") - meanBrightnessDb(image, "Muscle");
            System.out.printf("tilt %2d: tendon - muscle %.1f dB%n", tilt, contrast);
            if (tilt == 0) {
                assertTrue(contrast > 3, "square-on " + contrast);
            } else if (tilt <= 7) {
                assertTrue(Math.abs(contrast) < 3, tilt + " degrees: " + contrast);
            } else {
                assertTrue(contrast < -1, tilt + " degrees: " + contrast);
            }
        }
    }

    @Test
    void boneCastsAShadowAtLeastTwentyDecibelsDeep() {
        double[] db = belowAndBeside(Structure.of("Bone", Tissue.BONE, Outline.rect(-25, 10, -2, 70)), -15, -5, 15, 22);
        System.out.printf("below bone %.1f dB, beside %.1f dB, difference %.1f dB%n", db[0], db[1], db[1] - db[0]);
        assertTrue(db[1] - db[0] >= 20, "shadow " + (db[1] - db[0]) + " dB");
    }

    @Test
    void fluidLetsMoreEchoThroughThanTheTissueBesideIt() {
        double[] db = belowAndBeside(Structure.of("Cyst", Tissue.FLUID, Outline.ellipse(-8, 10, 5, 5)), -11, -5, 17, 24);
        System.out.printf("below fluid %.1f dB, beside %.1f dB%n", db[0], db[1]);
        assertTrue(db[0] > db[1] + 3, "below " + db[0] + " dB, beside " + db[1] + " dB");
    }

    /**
     * Echo power (dB) in soft tissue below a structure (columns x0 to x1 mm, depths z0 to z1 mm) and at the same
     * depths on the mirror side, where nothing lies above.
     */
    private double[] belowAndBeside(Structure above, double x0, double x1, double z0, double z1) {
        Phantom phantom = new Phantom("below-" + above.name(), above.name() + " in soft tissue", List.of(
                new Structure("Soft tissue", Tissue.SKIN, Outline.rect(-25, 0, 25, 70), x -> 0, true, true), above),
                null);
        Sonogram image = simulator.render(phantom, new Scan(10, 30, 15, 0, 0, 5));
        Frame f = image.frame();
        return new double[] {powerDb(image, col(f, x0), col(f, x1), row(f, z0), row(f, z1)),
            powerDb(image, col(f, -x1), col(f, -x0), row(f, z0), row(f, z1))};
    }

    @Test
    void higherFrequencyReachesTheNoiseFloorShallower() {
        Phantom phantom = uniform("muscle", Tissue.MUSCLE);
        double at15 = penetrationMm(simulator.render(phantom, new Scan(15, 60, 20, 0, 0, 2)));
        double at75 = penetrationMm(simulator.render(phantom, new Scan(7.5, 60, 20, 0, 0, 2)));
        System.out.printf("penetration 15 MHz %.1f mm, 7.5 MHz %.1f mm%n", at15, at75);
        assertTrue(at15 < at75, "15 MHz " + at15 + " mm vs 7.5 MHz " + at75 + " mm");
    }

    @Test
    void theStructureMapAgreesWithTheImageOnTheBrightnessOrder() {
        Sonogram image = simulator.render(Phantoms.build(View.SUPRASPINATUS, Variant.BURSITIS, false, null),
                View.SUPRASPINATUS.defaults());
        MappedStructure bone = mapped(image, "Humeral head");
        double surface = boneSurfaceGrey(image, bone);
        double tendon = meanGrey(image, mapped(image, "Supraspinatus tendon"));
        double muscle = meanGrey(image, mapped(image, "Deltoid muscle"));
        double fluid = meanGrey(image, mapped(image, "Subacromial-subdeltoid bursa, distended with fluid"));
        System.out.printf("grey: bone surface %.0f > tendon %.0f > muscle %.0f > fluid %.0f%n", surface, tendon, muscle,
                fluid);
        assertTrue(surface > tendon && tendon > muscle && muscle > fluid,
                surface + " > " + tendon + " > " + muscle + " > " + fluid);
    }

    // ---- measurements ----

    private static MappedStructure mapped(Sonogram image, String name) {
        return image.structureMap().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Mean grey of the picture pixels inside a structure's polygon (the map drawn over the image). */
    private static double meanGrey(Sonogram image, MappedStructure m) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < Frame.CANVAS_HEIGHT; y++) {
            for (int x = 0; x < Frame.CANVAS_WIDTH; x++) {
                if (m.contains(x + 0.5, y + 0.5)) {
                    sum += image.grey(x, y);
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** Mean grey of the top three pixels of the polygon in each column: the bone's surface. */
    private static double boneSurfaceGrey(Sonogram image, MappedStructure m) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < Frame.CANVAS_WIDTH; x++) {
            for (int y = 0; y < Frame.CANVAS_HEIGHT; y++) {
                if (m.contains(x + 0.5, y + 0.5)) {
                    for (int k = 0; k < 3 && y + k < Frame.CANVAS_HEIGHT; k++) {
                        sum += image.grey(x, y + k);
                        n++;
                    }
                    break;
                }
            }
        }
        return sum / n;
    }

    private static int row(Frame f, double mm) {
        return (int) Math.round(mm / f.mmPerPixel());
    }

    private static int col(Frame f, double mm) {
        return (int) Math.round((mm + Frame.PROBE_MM / 2) / f.mmPerPixel());
    }

    /** Mean and standard deviation of the envelope over scanned-area columns and rows. */
    private static double[] stats(Sonogram image, int c0, int c1, int r0, int r1) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                double e = image.envelope(c, r);
                sum += e;
                sq += e * e;
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(sq / n - mean * mean)};
    }

    private static double powerDb(Sonogram image, int c0, int c1, int r0, int r1) {
        double sq = 0;
        int n = 0;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                sq += image.envelope(c, r) * image.envelope(c, r);
                n++;
            }
        }
        return 10 * Math.log10(sq / n);
    }

    /**
     * Mean brightness of a structure, dB: the mean of 20 log10(envelope) over its pixels, which is what the eye
     * averages on a log-compressed screen (a mean of power would let one bright boundary line outweigh the inside).
     */
    private static double meanBrightnessDb(Sonogram image, String name) {
        int index = image.phantom().structures().stream().map(Structure::name).toList().lastIndexOf(name);
        double sum = 0;
        int n = 0;
        for (int r = 0; r < image.frame().height(); r++) {
            for (int c = 0; c < image.frame().width(); c++) {
                if (image.structureAt(c, r) == index) {
                    sum += 20 * Math.log10(image.envelope(c, r));
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** Lag (pixels) at which the mean-removed envelope's autocorrelation along rows falls to one half. */
    private static double correlationWidth(Sonogram image) {
        Frame f = image.frame();
        int r0 = row(f, 12);
        int r1 = row(f, 18);
        int c0 = 40;
        int c1 = f.width() - 40;
        double mean = stats(image, c0, c1, r0, r1)[0];
        double[] ac = new double[20];
        for (int lag = 0; lag < ac.length; lag++) {
            double s = 0;
            for (int r = r0; r < r1; r++) {
                for (int c = c0; c < c1 - lag; c++) {
                    s += (image.envelope(c, r) - mean) * (image.envelope(c + lag, r) - mean);
                }
            }
            ac[lag] = s;
        }
        for (int lag = 1; lag < ac.length; lag++) {
            if (ac[lag] / ac[0] < 0.5) {
                double a = ac[lag - 1] / ac[0];
                double b = ac[lag] / ac[0];
                return lag - 1 + (a - 0.5) / (a - b);
            }
        }
        return ac.length;
    }

    /** Shallowest depth (mm) at which the echoes' root mean square across a row is within 6 dB of the noise. */
    private static double penetrationMm(Sonogram image) {
        Frame f = image.frame();
        for (int r = 0; r < f.height(); r++) {
            double sq = 0;
            for (int c = 0; c < f.width(); c++) {
                sq += image.envelope(c, r) * image.envelope(c, r);
            }
            if (Math.sqrt(sq / f.width()) < 2 * image.noiseFloor(r)) {
                return f.z(r);
            }
        }
        return f.height() * f.mmPerPixel();
    }
}

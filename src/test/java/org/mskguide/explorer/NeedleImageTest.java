package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.Needle;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Sonogram;

/**
 * The needle explorer's pictures come from the simulator with the chosen angle: measured on the simulator's own
 * output, a steeper needle sends back less echo, in plane and out of plane, and the pictures differ by angle.
 */
class NeedleImageTest {

    static final Simulator SIMULATOR = new Simulator();

    static Sonogram render(NeedleView view) {
        SonogramRequest request = view.sonogram();
        return SIMULATOR.render(request.phantom(), request.scan());
    }

    /**
     * How much brighter the needle's shaft is than the muscle just above it, in grey levels: the mean, along the shaft
     * (tip and the first millimetres left out), of the brightest pixel within half a millimetre of the line, less the
     * mean 2 to 3 mm above it.
     */
    static double shaftContrast(NeedleView view) {
        Sonogram image = render(view);
        Frame f = image.frame();
        Needle needle = view.sonogram().needle();
        double tan = Math.tan(Math.toRadians(needle.angleDeg()));
        double shaft = 0;
        double above = 0;
        int samples = 0;
        for (double x = -Frame.PROBE_MM / 2 + 1; x < needle.tipX() - 2; x += 0.25) {
            double depth = needle.tipDepth() - (needle.tipX() - x) * tan;
            if (depth < 8) {
                continue;
            }
            int px = (int) Math.round(f.pictureX(x));
            int brightest = 0;
            for (double dz = -0.5; dz <= 0.5; dz += 0.05) {
                brightest = Math.max(brightest, image.grey(px, (int) Math.round(f.pictureY(depth + dz))));
            }
            double muscle = 0;
            for (double dz = 2; dz <= 3; dz += 0.25) {
                muscle += image.grey(px, (int) Math.round(f.pictureY(depth - dz))) / 5.0;
            }
            shaft += brightest;
            above += muscle;
            samples++;
        }
        assertThat(samples).as("points along the shaft of " + view).isGreaterThan(10);
        return (shaft - above) / samples;
    }

    /** Mean grey of the dot out of plane: a 1 mm square around where the shaft crosses the slice. */
    static double dot(NeedleView view) {
        Sonogram image = render(view);
        Frame f = image.frame();
        Needle needle = view.sonogram().needle();
        double sum = 0;
        int n = 0;
        for (double x = -0.5; x <= 0.5; x += 0.1) {
            for (double z = -0.5; z <= 0.5; z += 0.1) {
                sum += image.grey((int) Math.round(f.pictureX(needle.tipX() + x)),
                        (int) Math.round(f.pictureY(needle.tipDepth() + z)));
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void inPlaneTheShaftFadesAsTheNeedleSteepens() {
        double flat = shaftContrast(new NeedleView(NeedleApproach.IN_PLANE, 3, 15));
        double usual = shaftContrast(new NeedleView(NeedleApproach.IN_PLANE, 3, 30));
        double steep = shaftContrast(new NeedleView(NeedleApproach.IN_PLANE, 3, 60));

        assertThat(flat).isGreaterThan(usual);
        assertThat(usual).isGreaterThan(steep);
        // Flat, the shaft stands well clear of the muscle; steep, it barely does.
        assertThat(flat).isGreaterThan(2 * Math.max(steep, 1));
    }

    @Test
    void outOfPlaneTheDotFadesAsTheNeedleSteepens() {
        assertThat(dot(new NeedleView(NeedleApproach.OUT_OF_PLANE, 2, 15)))
                .isGreaterThan(dot(new NeedleView(NeedleApproach.OUT_OF_PLANE, 2, 60)));
    }

    @Test
    void everyAngleDrawsADifferentPictureAndAddress() {
        for (NeedleApproach approach : NeedleApproach.values()) {
            Set<String> addresses = new HashSet<>();
            Set<String> pictures = new HashSet<>();
            for (int angle : NeedleView.ANGLES) {
                NeedleView view = new NeedleView(approach, 3, angle);
                addresses.add(view.sonogram().pngPath());
                pictures.add(new String(render(view).png(), StandardCharsets.ISO_8859_1));
            }
            assertThat(addresses).as(approach.label()).hasSize(NeedleView.ANGLES.size());
            assertThat(pictures).as(approach.label()).hasSize(NeedleView.ANGLES.size());
        }
    }
}

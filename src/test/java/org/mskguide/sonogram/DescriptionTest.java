package org.mskguide.sonogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The words follow the picture: the brightness each long description gives a structure is read back from the text
 * and checked against the grey level measured by drawing the structure map over the rendered image (as the
 * "map and image agree" physics test does), for every view and variant.
 */
class DescriptionTest {

    private static final Pattern WORD = Pattern.compile("\\((anechoic|hypoechoic|isoechoic|hyperechoic)\\)"
            + "|(the brightness the others are compared with)");

    private final Simulator simulator = new Simulator();

    @Test
    void theDescriptionsBrightnessWordsFollowTheMeasuredOrder() {
        int pairs = 0;
        for (View view : View.values()) {
            for (Variant variant : view.variants()) {
                Needle needle = view == View.NEEDLE ? new Needle(true, 30, 3, 20, 0.7) : null;
                Sonogram image = simulator.render(Phantoms.build(view, variant, false, needle), view.defaults());
                String text = image.longDescription();
                List<String> names = new ArrayList<>();
                List<Integer> ranks = new ArrayList<>();
                List<Double> measured = new ArrayList<>();
                for (MappedStructure m : image.structureMap()) {
                    if (!m.labelled() || m.echogenicity() == Echogenicity.SURFACE) {
                        continue;
                    }
                    names.add(m.name());
                    ranks.add(rankInText(text, m.name()));
                    measured.add(meanGrey(image, m));
                }
                for (int a = 0; a < names.size(); a++) {
                    for (int b = 0; b < names.size(); b++) {
                        if (ranks.get(a) > ranks.get(b)) {
                            pairs++;
                            assertThat(measured.get(a)).as(view.slug() + "/" + variant.param() + ": described "
                                    + names.get(a) + " brighter than " + names.get(b) + ", measured " + measured.get(a)
                                    + " vs " + measured.get(b)).isGreaterThan(measured.get(b));
                        }
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(20);
    }

    @Test
    void aTendonMeasuredBrighterThanTheMuscleIsCalledBrighterAndATiltedOneIsNot() {
        Phantom phantom = Phantoms.build(View.SUPRASPINATUS, Variant.NORMAL, false, null);
        for (double tilt : new double[] {0, 12}) {
            Sonogram image = simulator.render(phantom, View.SUPRASPINATUS.defaults().withTilt(tilt));
            double tendon = meanGrey(image, mapped(image, "Supraspinatus tendon"));
            double muscle = meanGrey(image, mapped(image, "Deltoid muscle"));
            String words = mapped(image, "Supraspinatus tendon").brightness();
            double db = (tendon - muscle) / Echogenicity.GREY_PER_DB;
            if (db > Echogenicity.SAME_DB + 0.5) {
                assertThat(words).as("tilt " + tilt).startsWith("brighter than the deltoid muscle");
            } else {
                assertThat(words).as("tilt " + tilt + ", " + db + " dB").doesNotStartWith("brighter");
            }
            assertThat(image.longDescription()).contains("Supraspinatus tendon (tendon): " + words);
            assertThat(image.altText()).contains("supraspinatus tendon, " + (words.startsWith("brighter")
                    ? "brighter than the deltoid muscle" : words.startsWith("darker") ? "darker" : "about as bright"));
        }
    }

    @Test
    void theWordsNameTheReferenceTheyCompareWith() {
        Sonogram image = simulator.render(Phantoms.build(View.CARPAL_TUNNEL, Variant.NORMAL, false, null),
                View.CARPAL_TUNNEL.defaults());
        assertThat(image.referenceName()).isEqualTo("subcutaneous fat");
        assertThat(image.longDescription()).contains("compared with the subcutaneous fat");
    }

    /** The echogenicity word the text gives the structure: the first one after its name. */
    private static int rankInText(String text, String name) {
        int at = text.indexOf(name + " (");
        assertThat(at).as(name + " in: " + text).isNotNegative();
        Matcher m = WORD.matcher(text);
        assertThat(m.find(at)).as(name).isTrue();
        if (m.group(2) != null) {
            return Echogenicity.ISOECHOIC.ordinal();
        }
        return Echogenicity.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)).ordinal();
    }

    private static MappedStructure mapped(Sonogram image, String name) {
        return image.structureMap().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Mean grey of the picture pixels inside the structure's polygon and outside every polygon after it in the map
     * (the map is in painting order, so those cover it): the part of it a reader sees.
     */
    private static double meanGrey(Sonogram image, MappedStructure m) {
        List<MappedStructure> map = image.structureMap();
        List<MappedStructure> above = map.subList(map.indexOf(m) + 1, map.size());
        double sum = 0;
        int n = 0;
        for (int y = 0; y < Frame.CANVAS_HEIGHT; y++) {
            for (int x = 0; x < Frame.CANVAS_WIDTH; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                if (m.contains(px, py) && above.stream().noneMatch(o -> o.contains(px, py))) {
                    sum += image.grey(x, y);
                    n++;
                }
            }
        }
        return sum / n;
    }
}

package org.mskguide.drill;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Structure;
import org.mskguide.sonogram.Tissue;
import org.mskguide.sonogram.Variant;

/**
 * The long description of a "classify it" image, from the model: each labelled structure from the skin down with how
 * bright it shows in this image and how deep it lies. A structure the normal view does not have (a tear, a deposit,
 * a distended bursa) is "an area", so the words describe what a sighted reader sees without giving the finding
 * away; the measured brightness still tells a dark, tilted tendon from a bright one. Plain Java.
 */
final class ClassifyDescription {

    private ClassifyDescription() {
    }

    static String of(SonogramRequest request, List<MappedStructure> map) {
        Set<String> normal = Phantoms.build(request.view(), Variant.NORMAL, false, null).structures().stream()
                .map(Structure::name).collect(Collectors.toSet());
        StringBuilder sb = new StringBuilder("Simulated image, drawn by a computer model of the tissue, not taken from"
                + " a patient. The skin is at the top. From the skin down:");
        map.stream().filter(MappedStructure::labelled).sorted(Comparator.comparingDouble(MappedStructure::topMm))
                .forEach(m -> sb.append(' ').append(normal.contains(m.name()) ? m.name() : "An area").append(": ")
                        .append(m.tissue() == Tissue.BONE || m.tissue() == Tissue.CALCIFICATION
                                ? "a bright line with black shadow below it" : m.brightness())
                        .append(", ").append(number(m.topMm())).append(" to ").append(number(m.bottomMm()))
                        .append(" mm deep."));
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}

package org.mskguide.sonogram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Alternative text and a long description, written from the model and the measured brightness of each structure
 * in the image, so the words follow the picture when a control changes it.
 */
final class Description {

    private Description() {
    }

    static String alt(Sonogram image) {
        String reference = image.referenceName();
        String parts = labelled(image).stream()
                .map(m -> lower(m.name()) + ", " + m.echogenicity().shortWords(reference, isReference(image, m)))
                .collect(Collectors.joining("; "));
        return "Simulated ultrasound image, " + lower(image.phantom().title()) + ", at " + number(image.scan()
                .frequencyMHz()) + " MHz, " + number(image.scan().depthMm()) + " mm deep"
                + (parts.isEmpty() ? "." : ". From the skin down: " + parts + ".");
    }

    static String paragraph(Sonogram image) {
        StringBuilder sb = new StringBuilder("Simulated image, drawn by a computer model of the tissue, not taken from"
                + " a patient. The skin is at the top; the image shows " + number(image.scan().depthMm())
                + " mm of depth and " + number(Frame.PROBE_MM) + " mm across. Brightness is measured on the image and"
                + " compared with the " + image.referenceName() + ". From the skin down:");
        for (MappedStructure m : labelled(image)) {
            sb.append(' ').append(m.name()).append(" (").append(m.tissue().words()).append("): ")
                    .append(m.brightness()).append(", ").append(where(image, m)).append(", ")
                    .append(number(m.topMm())).append(" to ").append(number(m.bottomMm())).append(" mm deep.");
        }
        image.structureMap().stream().filter(m -> m.tissue() == Tissue.BONE || m.tissue() == Tissue.CALCIFICATION)
                .findFirst().ifPresent(m -> sb.append(" Below the bright surface of the ").append(lower(m.name()))
                        .append(" the image is black: an acoustic shadow, because almost no sound gets through."));
        image.structureMap().stream().filter(m -> m.tissue() == Tissue.FLUID).findFirst()
                .ifPresent(m -> sb.append(" The fluid lets sound through easily, so the tissue just below the ")
                        .append(lower(m.name())).append(" looks brighter than beside it (posterior enhancement)."));
        if (image.phantom().needle() != null) {
            Needle n = image.phantom().needle();
            sb.append(n.inPlane() ? " The needle runs in from the left as a bright line at " : " The needle crosses"
                    + " the image as a bright dot, at ").append(number(n.angleDeg())).append(" degrees to the skin,"
                    + " with evenly spaced fainter echoes below it (reverberation).");
        }
        return sb.toString();
    }

    private static boolean isReference(Sonogram image, MappedStructure m) {
        return lower(m.name()).equals(image.referenceName());
    }

    private static List<MappedStructure> labelled(Sonogram image) {
        return image.structureMap().stream().filter(MappedStructure::labelled)
                .sorted(Comparator.comparingDouble(MappedStructure::topMm)).toList();
    }

    private static String where(Sonogram image, MappedStructure m) {
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        for (int[] p : m.points()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
        }
        Frame f = image.frame();
        if (maxX - minX > 0.8 * f.width()) {
            return "across the image";
        }
        double centre = (m.labelX() - f.left()) / (double) f.width();
        return centre < 0.34 ? "on the left" : centre > 0.66 ? "on the right" : "in the middle";
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** "Deltoid muscle" reads "deltoid muscle" inside a sentence; names from people stay capitalised. */
    static String lower(String s) {
        if (s.isEmpty() || s.startsWith("Achilles") || s.startsWith("Kager")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

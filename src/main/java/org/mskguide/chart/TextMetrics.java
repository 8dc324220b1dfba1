package org.mskguide.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a label will be, so a chart can wrap long labels and keep short ones inside the drawing. The
 * page's font is the reader's system font, unknown on the server, so the estimate errs wide: a label wraps a little
 * early rather than running out of the picture.
 * <p>
 * Example: {@code TextMetrics.width("Now", 16)} is about 36 units; {@code TextMetrics.wrap(text, 16, 700)} gives
 * the lines of a label that fits 700 units.
 */
public final class TextMetrics {

    private TextMetrics() {
    }

    /** The estimated width of {@code text} at {@code fontSize} user units. */
    public static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em * fontSize;
    }

    /** The same for bold text ({@code t-bold}), which runs about a tenth wider. */
    public static double width(String text, double fontSize, boolean bold) {
        return width(text, fontSize) * (bold ? 1.12 : 1);
    }

    /** Splits {@code text} at spaces into lines no wider than {@code maxWidth}; a single long word gets a line. */
    public static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, fontSize) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Advance widths in em, rounded up from DejaVu Sans, one of the widest common sans-serif fonts (Linux's
     * default); Segoe UI, San Francisco and Roboto are narrower, so labels fit with room to spare there.
     */
    private static double advance(char c) {
        if (c == ' ') {
            return 0.32;
        }
        if ("ijl.,:;'!|".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("ftr()[]-".indexOf(c) >= 0) {
            return 0.42;
        }
        if ("mwMW%@".indexOf(c) >= 0) {
            return 1.0;
        }
        if (Character.isUpperCase(c)) {
            return 0.78;
        }
        return 0.64;
    }
}

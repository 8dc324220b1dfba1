package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mskguide.chart.Svg;
import org.mskguide.sonogram.Echogenicity;
import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Tissue;

/**
 * Draws a "find it" question's simulated image with words on it, as inline SVG over the image itself: the letters of
 * the lettered alternative (real text in white discs, so they read on any grey and in print), and for a result the
 * target's outline with its name and the reader's click. The alternative text and long description come from the
 * model (where each letter sits, how bright, how deep) and never name the answer. Plain Java: the quiz, the drills,
 * the print page and the exports all use it. Usage: {@code HotspotFigure.lettered(hotspot, map, "q1-", href)}.
 */
public final class HotspotFigure {

    static final int W = Frame.CANVAS_WIDTH;
    static final int H = Frame.CANVAS_HEIGHT;
    /** Radius of a letter's disc, picture pixels; two letters closer than two discs are moved apart. */
    static final int DISC = 12;
    /** The model's words for the reference tissue itself, which is how the reference is found in a map. */
    private static final String SELF = Echogenicity.ISOECHOIC.words("", true);

    private HotspotFigure() {
    }

    /** A click on the image, in its natural pixels, to mark on the answer. */
    public record Click(int x, int y) {
    }

    /** Where each letter sits (picture pixels): on its structure's label point, nudged off a neighbour's disc. */
    public static Map<String, int[]> letterPoints(Hotspot hotspot, List<MappedStructure> map) {
        Map<String, int[]> points = new LinkedHashMap<>();
        for (String name : hotspot.candidates()) {
            MappedStructure m = first(map, name);
            int[] p = m == null ? new int[] {W / 2, H / 2} : new int[] {m.labelX(), m.labelY()};
            for (int tries = 0; tries < 8 && crowded(points, p); tries++) {
                p = new int[] {p[0] + 2 * DISC + 2, p[1]};
            }
            points.put(hotspot.letterOf(name), p);
        }
        return points;
    }

    /** Short alternative text: says it is simulated and lettered, never what is where. */
    public static String altText(Hotspot hotspot) {
        List<String> letters = hotspot.letters();
        return "Simulated ultrasound image with letters " + String.join(", ", letters.subList(0, letters.size() - 1))
                + " and " + letters.get(letters.size() - 1) + " on it. The description says where each letter is.";
    }

    /**
     * The long description, from the model: the image's depth, then each letter with where it sits, how bright its
     * structure shows and how deep it reaches. It never names a structure, so it never gives the answer away.
     */
    public static String description(Hotspot hotspot, List<MappedStructure> map) {
        Frame frame = Frame.forDepth(hotspot.view().defaults().depthMm());
        StringBuilder sb = new StringBuilder("Simulated image, drawn by a computer model of the tissue, not taken from "
                + "a patient. The skin is at the top; the image shows " + number(hotspot.view().defaults().depthMm())
                + " mm of depth and " + number(Frame.PROBE_MM) + " mm across.");
        String reference = referenceWords(hotspot, map);
        for (String name : hotspot.candidates()) {
            MappedStructure m = first(map, name);
            if (m == null) {
                continue;
            }
            long alike = map.stream().filter(x -> x.name().equals(name)).count();
            sb.append(" Letter ").append(hotspot.letterOf(name)).append(" marks ")
                    .append(alike > 1 ? "one of " + alike + " similar " + shape(m, frame) + "s"
                            : article(shape(m, frame)) + " " + shape(m, frame))
                    .append(' ').append(where(m, frame)).append(", ").append(looks(m, reference)).append(", ")
                    .append(number(m.topMm())).append(" to ").append(number(m.bottomMm())).append(" mm deep.");
        }
        return sb.toString();
    }

    /**
     * The lettered image as an HTML {@code <figure>}: SVG with the image and the letters, a caption that says it is
     * simulated, and the long description a reader can open. {@code idPrefix} keeps ids unique on a page that shows
     * it twice; {@code href} is the image's address (a {@code data:} address inside an export).
     */
    public static String lettered(Hotspot hotspot, List<MappedStructure> map, String idPrefix, String href) {
        String id = idPrefix + "hotspot";
        return "<figure class=\"hotspot-figure\" id=\"" + id + "\">\n" + svg(hotspot, map, id, href, null, null)
                + "\n<figcaption>Simulated image (a computer model, not a patient). Letters "
                + String.join(", ", hotspot.letters()) + " mark structures; choose the letter that answers the question."
                // The description sits inside the caption: a figure's caption must be its first or last child.
                + "\n<details class=\"sonogram-description\"><summary>Describe this image</summary><p>"
                + esc(description(hotspot, map)) + "</p></details></figcaption>\n</figure>";
    }

    /**
     * The SVG: the image, optionally the answer's outline (drawn twice, dark then light dashed, so it shows on black
     * and on white), the letters, then optionally the reader's click and the answer's name in a box, on top.
     *
     * @param answerName the structure to outline and name, or null for the question
     * @param click      the reader's click, or null
     */
    public static String svg(Hotspot hotspot, List<MappedStructure> map, String id, String href, String answerName,
            Click click) {
        String title = answerName == null ? altText(hotspot) : "Simulated ultrasound image with the answer, the "
                + lower(answerName) + ", outlined and named" + (click == null ? "" : ", and a ring where you clicked")
                + ".";
        Svg svg = new Svg().root(W, H, "class", "hotspot-svg", "width", Svg.num(W), "height", Svg.num(H), "role", "img",
                "aria-labelledby", id + "-title", "font-family", "sans-serif")
                .element("title", title, "id", id + "-title")
                .leaf("image", "href", href, "x", "0", "y", "0", "width", Svg.num(W), "height", Svg.num(H));
        if (answerName != null) {
            for (MappedStructure m : map) {
                if (m.name().equals(answerName)) {
                    svg.leaf("polygon", "points", m.pointsText(), "fill", "none", "stroke", "#000", "stroke-width", "5",
                            "stroke-linejoin", "round");
                    svg.leaf("polygon", "points", m.pointsText(), "fill", "none", "stroke", "#fff", "stroke-width",
                            "2.5", "stroke-dasharray", "7 4", "stroke-linejoin", "round");
                }
            }
        }
        // The letters first: the click and the answer's name are drawn over them, so neither hides behind a disc.
        for (Map.Entry<String, int[]> e : letterPoints(hotspot, map).entrySet()) {
            int x = e.getValue()[0];
            int y = e.getValue()[1];
            svg.leaf("circle", "cx", Svg.num(x), "cy", Svg.num(y), "r", Svg.num(DISC), "fill", "#fff", "stroke", "#000",
                    "stroke-width", "2")
                    .text(x, y + 6, e.getKey(), "text-anchor", "middle", "font-size", "17", "font-weight", "700",
                            "fill", "#000");
        }
        if (click != null) {
            svg.leaf("circle", "cx", Svg.num(click.x()), "cy", Svg.num(click.y()), "r", "9", "fill", "none", "stroke",
                    "#000", "stroke-width", "5")
                    .leaf("circle", "cx", Svg.num(click.x()), "cy", Svg.num(click.y()), "r", "9", "fill", "none",
                            "stroke", "#fff", "stroke-width", "2.5");
            tag(svg, "Your click", click.x(), click.y() + 26);
        }
        if (answerName != null) {
            MappedStructure m = first(map, answerName);
            if (m != null) {
                // The name goes just above the outline's label point, or below it when the click's tag is there.
                int y = m.labelY() - 22;
                if (click != null && Math.abs(y - (click.y() + 26)) < 26
                        && Math.abs(m.labelX() - click.x()) < 8.2 * (answerName.length() + 10) / 2 + 12) {
                    y = m.labelY() + 30;
                }
                tag(svg, answerName, m.labelX(), y);
            }
        }
        return svg.finish();
    }

    /** A word box: black text on white with a black edge, kept inside the picture. */
    private static void tag(Svg svg, String text, int cx, int cy) {
        int w = (int) Math.ceil(text.length() * 8.2) + 12;
        int x = Math.max(2, Math.min(W - w - 2, cx - w / 2));
        int y = Math.max(2, Math.min(H - 24, cy - 12));
        svg.leaf("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(w), "height", "22", "rx", "3", "fill", "#fff",
                "stroke", "#000", "stroke-width", "1.5")
                .text(x + 6, y + 16, text, "font-size", "15", "fill", "#000");
    }

    private static boolean crowded(Map<String, int[]> placed, int[] p) {
        return placed.values().stream().anyMatch(q -> Math.hypot(q[0] - p[0], q[1] - p[1]) < 2 * DISC + 2);
    }

    /** The first entry of a structure in the map, preferring the one the picture labels. */
    static MappedStructure first(List<MappedStructure> map, String name) {
        List<MappedStructure> all = new ArrayList<>(map.stream().filter(m -> m.name().equals(name)).toList());
        return all.stream().filter(MappedStructure::labelled).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    private static String shape(MappedStructure m, Frame frame) {
        return width(m) > 0.8 * frame.width() ? "layer" : "area";
    }

    /** "across the image", or left, middle or right by its label point. */
    static String where(MappedStructure m, Frame frame) {
        if (width(m) > 0.8 * frame.width()) {
            return "across the image";
        }
        double centre = (m.labelX() - frame.left()) / (double) frame.width();
        return centre < 0.34 ? "on the left" : centre > 0.66 ? "on the right" : "in the middle";
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The reference tissue, as the description names it: by its letter, or as "reference tissue" without one. */
    private static String referenceWords(Hotspot hotspot, List<MappedStructure> map) {
        MappedStructure reference = map.stream().filter(x -> x.brightness().equals(SELF)).findFirst().orElse(null);
        return reference != null && hotspot.candidates().contains(reference.name())
                ? "tissue letter " + hotspot.letterOf(reference.name()) + " marks" : "reference tissue";
    }

    /**
     * How it shows, in the guide's words; bone and calcium are a bright edge whose mean grey is mostly shadow. The
     * model's brightness words name the reference tissue ("brighter than the deltoid muscle"), which would give a
     * find-it answer away, so here the reference is named as {@link #referenceWords} says.
     */
    private static String looks(MappedStructure m, String reference) {
        if (m.tissue() == Tissue.BONE || m.tissue() == Tissue.CALCIFICATION) {
            return "a bright line with black shadow below it";
        }
        return m.brightness().equals(SELF) ? SELF : m.echogenicity().words(reference, false);
    }

    private static int width(MappedStructure m) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int[] p : m.points()) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        return max - min;
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** "the supraspinatus tendon" in a sentence; a name from a person (Achilles, Kager) keeps its capital. */
    public static String lower(String s) {
        if (s.isEmpty() || s.startsWith("Achilles") || s.startsWith("Kager")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

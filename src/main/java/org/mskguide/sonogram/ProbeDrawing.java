package org.mskguide.sonogram;

import java.util.Locale;
import java.util.Map;

/**
 * Draws where the transducer sits for a view as a small inline SVG: a plain outline of the body part, the transducer's
 * footprint where {@link Probe} puts it, and its orientation marker (a dot with the word "Marker", so the meaning never rests
 * on colour). Colours come from the figure palette classes ({@code f-skin}, {@code f-probe}, {@code s-ink}...), so
 * the drawing follows the light and dark schemes and prints. Pure Java: the same data always gives the same bytes.
 * The scanning protocols draw one per view; the simulated images on the topic pages draw one beside each image.
 */
public final class ProbeDrawing {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 260;
    /** The footprint's centre stays this far inside the frame. */
    public static final int MARGIN = 30;
    private static final int HALF_LENGTH = 32;

    /** One outline per joint: the limb runs from the head end (top) to the hand or foot end (bottom). */
    private record Outline(String body, String landmark, String distalWord, String partName) {
    }

    private static final Map<String, Outline> OUTLINES = Map.of(
            "shoulder", new Outline("M40 40 L105 36 Q160 36 176 84 L178 240 L124 240 L120 128 Q96 104 40 100 Z",
                    "<circle class=\"f-bone s-ink s-thin\" cx=\"146\" cy=\"92\" r=\"22\"/>", "Hand", "shoulder"),
            "elbow", new Outline("M94 34 L146 34 L152 130 L146 240 L96 240 L88 130 Z",
                    "<path class=\"f-none s-ink s-dash\" d=\"M88 130 H152\"/>", "Hand", "elbow"),
            "wrist-and-hand", new Outline("M98 34 L142 34 L146 118 L166 132 L166 196 L80 196 L80 132 L94 118 Z",
                    "<path class=\"f-skin s-ink s-thin\" d=\"M84 196 h16 v44 h-16 Z M104 196 h16 v48 h-16 Z"
                            + " M124 196 h16 v46 h-16 Z M144 196 h16 v40 h-16 Z\"/>", "Fingers", "wrist and hand"),
            "hip", new Outline("M36 36 L204 36 L204 92 Q176 122 162 124 L156 240 L96 240 L90 124 Q58 114 36 92 Z",
                    "<circle class=\"f-bone s-ink s-thin\" cx=\"126\" cy=\"96\" r=\"18\"/>", "Foot", "hip"),
            "knee", new Outline("M90 34 L150 34 L154 130 L148 240 L96 240 L88 130 Z",
                    "<ellipse class=\"f-bone s-ink s-thin\" cx=\"121\" cy=\"124\" rx=\"14\" ry=\"18\"/>", "Foot", "knee"),
            "ankle-and-foot", new Outline("M100 34 L146 34 L146 168 Q152 196 204 204 L214 226 L100 232 Q84 224 90 198 Z",
                    "<circle class=\"f-bone s-ink s-thin\" cx=\"122\" cy=\"184\" r=\"10\"/>", "Foot", "ankle and foot"),
            // A plain limb segment for the teaching views that belong to no one joint.
            "limb", new Outline("M94 34 L146 34 L150 240 L90 240 Z",
                    "<path class=\"f-none s-ink s-dash\" d=\"M92 130 H148\"/>", "Hand or foot", "limb"));

    private ProbeDrawing() {
    }

    /** The joints an outline exists for; a protocol file for another joint is refused at start-up. */
    public static boolean knows(String joint) {
        return OUTLINES.containsKey(joint);
    }

    /**
     * The SVG for one view of a joint.
     *
     * @param id    prefix for the title's and description's ids, unique on the page (e.g. {@code "probe-" + view id});
     *              null where no unique id is known (a page may repeat a view): the SVG is then named by its first
     *              child {@code <title>} and described by its {@code <desc>}, which needs no ids
     * @param title the view's name, e.g. "Supraspinatus tendon, long axis"
     */
    public static String svg(String joint, String id, String title, Probe probe) {
        Outline outline = OUTLINES.get(joint);
        if (outline == null) {
            throw new IllegalArgumentException("no outline for joint '" + joint + "'");
        }
        Probe p = probe;
        double rad = Math.toRadians(p.angle());
        // The marker sits just past the footprint's first end; rotating (-L, 0) by the angle gives its place.
        double mx = p.x() - (HALF_LENGTH + 9) * Math.cos(rad);
        double my = p.y() - (HALF_LENGTH + 9) * Math.sin(rad);
        boolean labelLeft = mx < WIDTH / 2.0;
        double lx = Math.max(4, Math.min(WIDTH - 4, mx + (labelLeft ? -10 : 10)));
        double ly = Math.max(36, Math.min(HEIGHT - 30, my + 6));
        StringBuilder svg = new StringBuilder(1400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\"");
        if (id != null) {
            svg.append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"");
        }
        svg.append('>').append("<title").append(id == null ? "" : " id=\"" + id + "-title\"").append('>')
                .append(esc("Probe position: " + title)).append("</title><desc")
                .append(id == null ? "" : " id=\"" + id + "-desc\"").append('>').append(esc(description(outline, p)))
                .append("</desc>")
                .append("<path class=\"f-skin s-ink\" d=\"").append(outline.body()).append("\"/>")
                .append(outline.landmark())
                .append("<text class=\"t-small\" x=\"120\" y=\"22\" text-anchor=\"middle\">Head end</text>")
                .append("<text class=\"t-small\" x=\"236\" y=\"256\" text-anchor=\"end\">").append(outline.distalWord())
                .append(" end</text>")
                .append("<text class=\"t-small t-bold\" x=\"4\" y=\"256\">").append(esc(capitalise(p.side())))
                .append("</text>")
                .append("<rect class=\"f-probe s-ink\" x=\"").append(p.x() - HALF_LENGTH).append("\" y=\"")
                .append(p.y() - 8).append("\" width=\"").append(2 * HALF_LENGTH).append("\" height=\"16\" rx=\"3\"")
                .append(" transform=\"rotate(").append(p.angle()).append(' ').append(p.x()).append(' ').append(p.y())
                .append(")\"/>")
                .append("<circle class=\"f-accent s-ink s-thin\" cx=\"").append(num(mx)).append("\" cy=\"")
                .append(num(my)).append("\" r=\"6\"/>")
                .append("<text class=\"t-small\" x=\"").append(num(lx)).append("\" y=\"").append(num(ly))
                .append("\" text-anchor=\"").append(labelLeft ? "end" : "start").append("\">Marker</text>")
                .append("</svg>");
        return svg.toString();
    }

    /** What the drawing shows, in words: the long description a screen reader reads. */
    public static String description(String joint, Probe p) {
        return description(OUTLINES.get(joint), p);
    }

    private static String description(Outline outline, Probe p) {
        return "Outline of the " + outline.partName() + " seen from the " + p.side() + ", head end at the top. The "
                + "transducer lies " + (p.alongLimb() ? "along" : "across") + " the limb: " + p.place()
                + ". Its marker points " + p.marker() + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.mskguide.sonogram;

import java.util.Map;

import org.mskguide.chart.Svg;

/**
 * Draws where the transducer sits for a view as a small inline SVG: a plain outline of the body part, the transducer's
 * footprint where {@link Probe} puts it, and its orientation marker (a dot with the word "Marker", so the meaning never rests
 * on colour). Colours come from the figure palette classes ({@code f-skin}, {@code f-probe}, {@code s-ink}...), so
 * the drawing follows the light and dark schemes and prints. Written with {@link Svg}, the site's one SVG writer, so
 * text is escaped the same way everywhere. Pure Java: the same data always gives the same bytes.
 * The scanning protocols draw one per view; the simulated images on the topic pages draw one beside each image.
 */
public final class ProbeDrawing {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 260;
    /** The footprint's centre stays this far inside the frame. */
    public static final int MARGIN = 30;
    private static final int HALF_LENGTH = 32;

    /** A landmark drawn over the outline: one SVG element and its attributes (name/value pairs). */
    private record Landmark(String element, String... attributes) {
    }

    /** One outline per joint: the limb runs from the head end (top) to the hand or foot end (bottom). */
    private record Outline(String body, Landmark landmark, String distalWord, String partName) {
    }

    private static Landmark bone(String element, String... geometry) {
        String[] all = new String[geometry.length + 2];
        all[0] = "class";
        all[1] = "f-bone s-ink s-thin";
        System.arraycopy(geometry, 0, all, 2, geometry.length);
        return new Landmark(element, all);
    }

    private static Landmark line(String cssClass, String d) {
        return new Landmark("path", "class", cssClass, "d", d);
    }

    private static final Map<String, Outline> OUTLINES = Map.of(
            "shoulder", new Outline("M40 40 L105 36 Q160 36 176 84 L178 240 L124 240 L120 128 Q96 104 40 100 Z",
                    bone("circle", "cx", "146", "cy", "92", "r", "22"), "Hand", "shoulder"),
            "elbow", new Outline("M94 34 L146 34 L152 130 L146 240 L96 240 L88 130 Z",
                    line("f-none s-ink s-dash", "M88 130 H152"), "Hand", "elbow"),
            "wrist-and-hand", new Outline("M98 34 L142 34 L146 118 L166 132 L166 196 L80 196 L80 132 L94 118 Z",
                    line("f-skin s-ink s-thin", "M84 196 h16 v44 h-16 Z M104 196 h16 v48 h-16 Z"
                            + " M124 196 h16 v46 h-16 Z M144 196 h16 v40 h-16 Z"), "Fingers", "wrist and hand"),
            "hip", new Outline("M36 36 L204 36 L204 92 Q176 122 162 124 L156 240 L96 240 L90 124 Q58 114 36 92 Z",
                    bone("circle", "cx", "126", "cy", "96", "r", "18"), "Foot", "hip"),
            "knee", new Outline("M90 34 L150 34 L154 130 L148 240 L96 240 L88 130 Z",
                    bone("ellipse", "cx", "121", "cy", "124", "rx", "14", "ry", "18"), "Foot", "knee"),
            "ankle-and-foot", new Outline("M100 34 L146 34 L146 168 Q152 196 204 204 L214 226 L100 232 Q84 224 90 198 Z",
                    bone("circle", "cx", "122", "cy", "184", "r", "10"), "Foot", "ankle and foot"),
            // A plain limb segment for the teaching views that belong to no one joint.
            "limb", new Outline("M94 34 L146 34 L150 240 L90 240 Z",
                    line("f-none s-ink s-dash", "M92 130 H148"), "Hand or foot", "limb"));

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
        // Svg writes null attributes not at all, so a drawing without an id simply has no ids.
        Svg svg = new Svg().root(WIDTH, HEIGHT, "role", "img",
                "aria-labelledby", id == null ? null : id + "-title " + id + "-desc");
        svg.element("title", "Probe position: " + title, "id", id == null ? null : id + "-title")
                .element("desc", description(outline, p), "id", id == null ? null : id + "-desc")
                .leaf("path", "class", "f-skin s-ink", "d", outline.body())
                .leaf(outline.landmark().element(), outline.landmark().attributes())
                .text(120, 22, "Head end", "class", "t-small", "text-anchor", "middle")
                .text(236, 256, outline.distalWord() + " end", "class", "t-small", "text-anchor", "end")
                .text(4, 256, capitalise(p.side()), "class", "t-small t-bold")
                .leaf("rect", "class", "f-probe s-ink", "x", Svg.num(p.x() - HALF_LENGTH), "y", Svg.num(p.y() - 8),
                        "width", Svg.num(2 * HALF_LENGTH), "height", "16", "rx", "3", "transform",
                        "rotate(" + Svg.num(p.angle()) + " " + Svg.num(p.x()) + " " + Svg.num(p.y()) + ")")
                .leaf("circle", "class", "f-accent s-ink s-thin", "cx", Svg.num(mx), "cy", Svg.num(my), "r", "6")
                .text(lx, ly, "Marker", "class", "t-small", "text-anchor", labelLeft ? "end" : "start");
        return svg.finish();
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
}

package org.mskguide.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mskguide.chart.Svg;
import org.mskguide.sonogram.Echogenicity;
import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Probe;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Sonogram;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.api.ApiRoutes;

/**
 * A {@code ```sonogram} block of a page: a simulated ultrasound image of one view, placed where the text describes
 * that view, with the drawing of where the transducer sits beside it. The block names the view and, optionally, a
 * variant, and a second variant to show beside the first (normal beside abnormal):
 * <pre>
 * ```sonogram
 * view=supraspinatus
 * compare=calcific
 * ```
 * </pre>
 * Each image is drawn once at start-up, only to write its alternative text, long description and labels from the
 * model; the picture itself is an {@code <img>} of the sonogram API's PNG (same view and variant, so the same image),
 * which the browser fetches lazily and caches. The page stays small: no pixels in the HTML.
 *
 * <p><b>Labels on and off.</b> The labels are SVG text laid over the image at the structure map's label points,
 * hidden until the reader ticks "Show labels" (a checkbox: CSS alone shows them, so it works with JavaScript off,
 * and the image is fetched once). Chosen over a second, server-labelled PNG because text stays text (selectable,
 * read aloud, sharp at any zoom, and printed: print shows the labels always), and over a {@code <details>} holding a
 * labelled copy because the labels then sit on the very image the reader was looking at.
 */
public final class SonogramBlock {

    /** The info string that makes a fenced block a simulated image: {@code ```sonogram}. */
    public static final String INFO = "sonogram";

    private static final Set<String> KEYS = Set.of("view", "variant", "compare");
    private static final Simulator SIMULATOR = new Simulator();
    /**
     * Label text size in image pixels: about 11 px on screen at the image's smallest displayed width (about 330 px
     * on a phone, or each image of a pair on a wide screen, which is why a pair's labels are larger).
     */
    private static final int LABEL_PX = 17;
    private static final int PAIR_LABEL_PX = 22;

    private SonogramBlock() {
    }

    /**
     * The block's HTML.
     *
     * @param body   the block's lines, {@code key=value} separated by line breaks or spaces
     * @param number the block's position among the page's sonogram blocks, from 1, for messages
     * @throws IllegalArgumentException naming the block and the problem: an unknown key, view or variant
     */
    public static String html(String body, int number) {
        String label = "sonogram block " + number;
        Map<String, String> settings = settings(body, label);
        String slug = settings.get("view");
        if (slug == null) {
            throw new IllegalArgumentException(label + ": needs view=NAME (views: " + views() + ")");
        }
        View view = View.bySlug(slug);
        // The needle view's picture depends on the needle's settings: it lives in the needle explorer.
        if (view == null || view == View.NEEDLE) {
            throw new IllegalArgumentException(label + ": no view '" + slug + "' (views: " + views() + ")");
        }
        Variant first = variant(view, settings.getOrDefault("variant", Variant.NORMAL.param()), label);
        List<Variant> shown = new ArrayList<>(List.of(first));
        if (settings.containsKey("compare")) {
            Variant second = variant(view, settings.get("compare"), label);
            if (second == first) {
                throw new IllegalArgumentException(label + ": compare=" + second.param() + " is the same as the"
                        + " first image");
            }
            shown.add(second);
        }
        Probe probe = view.probe(false);
        StringBuilder html = new StringBuilder(8192);
        html.append("<figure class=\"sonogram-figure").append(shown.size() > 1 ? " sonogram-pair" : "")
                .append("\"><div class=\"sonogram-row\">");
        for (Variant v : shown) {
            shot(html, view, v, shown.size() > 1 ? PAIR_LABEL_PX : LABEL_PX);
        }
        html.append("<div class=\"fig sonogram-probe\">").append(view.probeDrawing(false, null)).append("</div>")
                .append("</div><figcaption class=\"sonogram-where\"><p>")
                .append(shown.size() > 1 ? "Both images are taken from the same place. " : "")
                .append("Where the transducer sits, as the drawing shows: ").append(FigureHtml.escape(probe.place()))
                .append(isShortAxis(view) ? " (short axis: across the structure)" : " (long axis: along the structure)")
                .append(". Its marker, the dot, points ").append(FigureHtml.escape(probe.marker()))
                .append(".</p></figcaption></figure>");
        return html.toString();
    }

    /** One image: the labels switch, the picture with its labels over it, and its own caption and description. */
    private static void shot(StringBuilder html, View view, Variant variant, int labelPx) {
        Sonogram image = SIMULATOR.render(Phantoms.build(view, variant, false, null), view.defaults());
        String src = ApiRoutes.SONOGRAMS + "/" + view.slug() + ".png"
                + (variant == Variant.NORMAL ? "" : "?variant=" + variant.param());
        String caption = "Simulated image: " + view.titleInSentence() + ", "
                + (variant == Variant.NORMAL ? "normal" : variant.words()) + ".";
        html.append("<figure class=\"sonogram-shot\"><label class=\"sonogram-toggle\"><input type=\"checkbox\">"
                + " Show labels</label><div class=\"sonogram-frame\"><img class=\"sonogram\" src=\"")
                .append(FigureHtml.escape(src)).append("\" width=\"").append(Frame.CANVAS_WIDTH).append("\" height=\"")
                .append(Frame.CANVAS_HEIGHT).append("\" loading=\"lazy\" alt=\"").append(FigureHtml.escape(image.altText()))
                .append("\">").append(labels(image, labelPx)).append("</div><figcaption><p>").append(FigureHtml.escape(caption))
                .append("</p><details class=\"sonogram-description\"><summary>Describe the simulated image</summary><p>")
                .append(FigureHtml.escape(image.longDescription())).append("</p></details></figcaption></figure>");
    }

    /**
     * The labels as an SVG the size of the picture: a dot on each labelled structure's label point and its name
     * beside it, nudged down or up where it would overlap an earlier label (then a leader line joins them).
     */
    static String labels(Sonogram image, int size) {
        List<MappedStructure> labelled = image.structureMap().stream().filter(MappedStructure::labelled)
                .filter(m -> !m.name().isBlank()).toList();
        Map<String, MappedStructure> once = new LinkedHashMap<>();
        labelled.forEach(m -> once.putIfAbsent(shortName(m.name()), m));
        List<int[]> boxes = new ArrayList<>();
        Svg svg = new Svg().root(Frame.CANVAS_WIDTH, Frame.CANVAS_HEIGHT, "class", "sonogram-labels", "font-size",
                Integer.toString(size), "role", "img", "aria-label", "Labels on the image: "
                        + String.join(", ", once.keySet()));
        int right = image.frame().left() + image.frame().width();
        for (Map.Entry<String, MappedStructure> e : once.entrySet()) {
            String text = e.getKey();
            MappedStructure found = e.getValue();
            MappedStructure m = found.echogenicity() == Echogenicity.SURFACE ? onSurface(found) : found;
            // Bold sans-serif runs up to about 0.7 em a character (DejaVu Sans Bold, Chromium's default here); an
            // overestimate only spaces the labels more.
            int width = (int) Math.ceil(text.length() * size * 0.7);
            boolean leftward = m.labelX() + 8 + width > right;
            int x = leftward ? Math.max(image.frame().left() + width + 2, m.labelX() - 8) : m.labelX() + 8;
            // A bone's name goes just under its bright line, in the shadow, where it hides nothing.
            int base = m.labelY() + (m != found ? size + 2 : size / 3);
            int y = place(boxes, x - (leftward ? width : 0), base, width, size);
            if (Math.abs(y - base) > 2) {
                svg.leaf("line", "x1", Svg.num(m.labelX()), "y1", Svg.num(m.labelY()), "x2",
                        Svg.num(x + (leftward ? 2 : -2)), "y2", Svg.num(y - size / 3));
            }
            svg.leaf("circle", "cx", Svg.num(m.labelX()), "cy", Svg.num(m.labelY()), "r", "3")
                    .text(x, y, text, "text-anchor", leftward ? "end" : null);
        }
        return svg.finish();
    }

    /**
     * Bone and calcium show only as their bright top line (below it is shadow), so their label point moves up from
     * the middle of the region to that line, in the same column.
     */
    private static MappedStructure onSurface(MappedStructure m) {
        int y = m.labelY();
        while (y > 0 && m.contains(m.labelX() + 0.5, y - 0.5)) {
            y--;
        }
        y = Math.min(m.labelY(), y + 3);
        return new MappedStructure(m.name(), m.tissue(), m.labelled(), m.points(), m.labelX(), y, m.meanGrey(),
                m.topMm(), m.bottomMm(), m.echogenicity(), m.brightness());
    }

    /** The first baseline at or near {@code y} where a label of this width does not overlap one already placed. */
    private static int place(List<int[]> boxes, int x, int y, int width, int size) {
        // Nearest free line first, alternating below and above; the leader line then joins the label to its dot.
        for (int step = 0; step < 2 * Frame.CANVAS_HEIGHT / (size + 2); step++) {
            int dy = (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * (size + 2);
            int top = y + dy - size;
            if (top < 2 || y + dy > Frame.CANVAS_HEIGHT - 4) {
                continue;
            }
            boolean free = boxes.stream().noneMatch(b -> x < b[0] + b[2] && b[0] < x + width && top < b[1] + size + 2
                    && b[1] < top + size + 2);
            if (free) {
                boxes.add(new int[] {x, top, width});
                return y + dy;
            }
        }
        boxes.add(new int[] {x, y - size, width});
        return y;
    }

    /** "Tear, filled with fluid" labels as "Tear"; "Infrapatellar (Hoffa) fat pad" as "Infrapatellar fat pad". */
    static String shortName(String name) {
        String s = name.replaceAll("\\s*\\([^)]*\\)", "");
        int comma = s.indexOf(',');
        return (comma > 0 ? s.substring(0, comma) : s).strip();
    }

    /** Views whose image is a cross-section (the transducer across the structure). */
    private static boolean isShortAxis(View view) {
        return view.title().contains("short axis");
    }

    private static Variant variant(View view, String name, String label) {
        return view.variants().stream().filter(v -> v.param().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label + ": view '" + view.slug() + "' has no variant '"
                        + name + "' (variants: " + view.variants().stream().map(Variant::param)
                                .collect(Collectors.joining(", ")) + ")"));
    }

    private static Map<String, String> settings(String body, String label) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : body.strip().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException(label + ": '" + pair + "' is not view=NAME, variant=NAME or"
                        + " compare=NAME");
            }
            if (settings.put(key, pair.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(label + ": '" + key + "' is given twice");
            }
        }
        return settings;
    }

    private static String views() {
        return Arrays.stream(View.values()).filter(v -> v != View.NEEDLE).map(View::slug)
                .collect(Collectors.joining(", "));
    }
}

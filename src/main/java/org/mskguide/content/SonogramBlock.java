package org.mskguide.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Sonogram;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.api.ApiRoutes;

/**
 * A {@code ```sonogram} block of a page: a simulated ultrasound image of one view, placed where the text describes
 * that view. The block names the view and, optionally, a variant:
 * <pre>
 * ```sonogram
 * view=supraspinatus
 * variant=calcific
 * ```
 * </pre>
 * It is drawn once at start-up, only to write its alternative text and long description from the model; the
 * picture itself is an {@code <img>} of the sonogram API's PNG (same view and variant, so the same image), which
 * the browser fetches lazily and caches. The page stays small: no pixels in the HTML.
 */
public final class SonogramBlock {

    /** The info string that makes a fenced block a simulated image: {@code ```sonogram}. */
    public static final String INFO = "sonogram";

    private static final Simulator SIMULATOR = new Simulator();

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
        String variantName = settings.getOrDefault("variant", Variant.NORMAL.param());
        Variant variant = view.variants().stream().filter(v -> v.param().equals(variantName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label + ": view '" + slug + "' has no variant '"
                        + variantName + "' (variants: " + view.variants().stream().map(Variant::param)
                                .collect(Collectors.joining(", ")) + ")"));
        Sonogram image = SIMULATOR.render(Phantoms.build(view, variant, false, null), view.defaults());
        String src = ApiRoutes.SONOGRAMS + "/" + view.slug() + ".png"
                + (variant == Variant.NORMAL ? "" : "?variant=" + variant.param());
        String caption = "Simulated image: " + lowerFirst(view.title())
                + (variant == Variant.NORMAL ? "" : ", " + variant.words()) + ".";
        return "<figure class=\"sonogram-figure\"><img class=\"sonogram\" src=\"" + FigureHtml.escape(src)
                + "\" width=\"" + Frame.CANVAS_WIDTH + "\" height=\"" + Frame.CANVAS_HEIGHT + "\" loading=\"lazy\" alt=\""
                + FigureHtml.escape(image.altText()) + "\"><figcaption><p>" + FigureHtml.escape(caption)
                + "</p><details class=\"sonogram-description\"><summary>Describe the simulated image</summary><p>"
                + FigureHtml.escape(image.longDescription()) + "</p></details></figcaption></figure>";
    }

    private static Map<String, String> settings(String body, String label) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : body.strip().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !(key.equals("view") || key.equals("variant"))) {
                throw new IllegalArgumentException(label + ": '" + pair + "' is not view=NAME or variant=NAME");
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

    /** "Supraspinatus tendon, long axis" reads "supraspinatus tendon, long axis" after "Simulated image:". */
    private static String lowerFirst(String title) {
        return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }
}

package org.mskguide.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mskguide.content.Figure;

/**
 * A figure as an SVG file that stands on its own. On the site a figure takes its colours from site.css (classes
 * such as {@code f-muscle}); a learning platform has no site.css, so the file carries a {@code <style>} with the
 * light-scheme palette, taken from site.css itself so the two never drift apart.
 * Usage: {@code StandaloneSvg.of(figure, StandaloneSvg.paletteFrom(siteCss))}.
 */
public final class StandaloneSvg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Pattern MEDIA = Pattern.compile("@media[^{]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private StandaloneSvg() {
    }

    /**
     * The rules a figure needs, from the figures' part of site.css: the light palette ({@code :root} custom
     * properties) and every {@code .fig ...} rule with {@code .fig } removed; the dark and print variants are left
     * out (a file in a platform is shown on white).
     */
    public static String paletteFrom(String siteCss) {
        int start = siteCss.indexOf("/* Figures");
        int end = start < 0 ? -1 : siteCss.indexOf("/* Charts", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("site.css has no '/* Figures' ... '/* Charts' part to take the palette from");
        }
        String part = MEDIA.matcher(COMMENT.matcher(siteCss.substring(start, end)).replaceAll("")).replaceAll("");
        List<String> rules = new ArrayList<>();
        // The page colours the figure rules refer to (light scheme).
        rules.add(":root{--bg:#ffffff;--fg:#1b1f24}");
        Matcher m = RULE.matcher(part);
        while (m.find()) {
            String selectors = m.group(1).strip();
            List<String> kept = new ArrayList<>();
            for (String selector : selectors.split(",")) {
                String s = selector.strip();
                if (s.equals(":root")) {
                    kept.add(s);
                } else if (s.startsWith(".fig ") && !s.contains("figcaption") && !s.contains("summary")) {
                    kept.add(s.substring(".fig ".length()));
                }
            }
            if (!kept.isEmpty()) {
                rules.add(String.join(",", kept) + "{" + m.group(2).strip().replaceAll("\\s+", " ") + "}");
            }
        }
        return String.join("\n", rules);
    }

    /** The figure as a complete SVG document with its palette. */
    public static String of(Figure figure, String palette) {
        String inline = figure.svg("");
        int close = inline.indexOf('>');
        // The inline markup leaves the namespace to the HTML parser; a file must declare it. The stylesheet text has
        // no '<' or '&' (it is CSS from our own file), and a CDATA section keeps it safe anyway.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inline.substring(0, 4) + " xmlns=\"" + SVG_NS + "\""
                + inline.substring(4, close + 1) + "<style><![CDATA[\n" + palette.replace("]]>", "") + "\n]]></style>"
                + inline.substring(close + 1);
    }
}

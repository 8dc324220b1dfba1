package org.mskguide.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mskguide.content.Figure;

/**
 * A figure as an SVG file that stands on its own. On the site a figure takes its colours from site.css (classes such
 * as {@code f-muscle}); a learning platform has no site.css, and may serve files with a policy that blocks style
 * sheets. So the file carries its colours as plain SVG attributes ({@code fill="#e9b59d"}), worked out from the light
 * scheme of site.css itself, so the two never drift apart. Written with the JDK's StAX writer.
 * Usage: {@code StandaloneSvg.of(figure, StandaloneSvg.paletteFrom(siteCss))}.
 */
public final class StandaloneSvg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** The CSS properties that SVG also accepts as attributes; the others (layout) do not matter in a file. */
    private static final Set<String> PRESENTATION = Set.of("fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linecap", "stroke-linejoin", "font-size", "font-weight", "font-family", "opacity", "text-anchor");

    private static final Pattern MEDIA = Pattern.compile("@media[^{]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^()]*))?\\)");

    /** One rule of the palette: a selector ({@code svg}, {@code text}, {@code .cls} or {@code .cls text}) and its declarations. */
    public record Rule(String selector, Map<String, String> declarations) {
    }

    private StandaloneSvg() {
    }

    /**
     * The rules a figure needs, from the figures' part of site.css: every {@code .fig ...} rule with {@code .fig }
     * removed and its {@code var(--...)} replaced by the light-scheme value. Dark and print variants are left out (a
     * file in a platform is shown on white).
     */
    public static List<Rule> paletteFrom(String siteCss) {
        int start = siteCss.indexOf("/* Figures");
        int end = start < 0 ? -1 : siteCss.indexOf("/* Charts", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("site.css has no '/* Figures' ... '/* Charts' part to take the palette from");
        }
        String part = MEDIA.matcher(COMMENT.matcher(siteCss.substring(start, end)).replaceAll("")).replaceAll("");
        // The page colours the figure rules refer to (light scheme), then the figures' own custom properties.
        Map<String, String> vars = new HashMap<>(Map.of("--bg", "#ffffff", "--fg", "#1b1f24"));
        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(part);
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
            for (String selector : m.group(1).split(",")) {
                String s = selector.strip();
                if (s.equals(":root")) {
                    declarations.forEach((k, v) -> {
                        if (k.startsWith("--")) {
                            vars.put(k, v);
                        }
                    });
                } else if (s.startsWith(".fig ")) {
                    rules.add(new Rule(s.substring(".fig ".length()).strip(), declarations));
                }
            }
        }
        List<Rule> resolved = new ArrayList<>();
        for (Rule rule : rules) {
            Map<String, String> kept = new LinkedHashMap<>();
            rule.declarations().forEach((k, v) -> {
                if (PRESENTATION.contains(k)) {
                    kept.put(k, resolve(v, vars));
                }
            });
            if (!kept.isEmpty()) {
                resolved.add(new Rule(rule.selector(), kept));
            }
        }
        return List.copyOf(resolved);
    }

    private static String resolve(String value, Map<String, String> vars) {
        String out = value;
        for (int i = 0; i < 5 && out.contains("var("); i++) {
            Matcher m = VAR.matcher(out);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String v = vars.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
                m.appendReplacement(b, Matcher.quoteReplacement(v));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    /** The figure as a complete SVG document, its colours as attributes. */
    public static String of(Figure figure, List<Rule> palette) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            element(w, figure.root(), palette, List.of(), true, figure);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write figure " + figure.name(), e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, Figure.Element e, List<Rule> palette, List<Set<String>> ancestors,
            boolean root, Figure figure) throws XMLStreamException {
        w.writeStartElement(e.name());
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : e.attributes()) {
            if (!a.getKey().startsWith("xmlns")) {
                attributes.put(a.getKey(), a.getValue());
            }
        }
        if (root) {
            w.writeDefaultNamespace(SVG_NS);
            if (attributes.keySet().stream().anyMatch(k -> k.startsWith("xlink:"))) {
                w.writeNamespace("xlink", XLINK_NS);
            }
            attributes.put("width", number(figure.width()));
            attributes.put("height", number(figure.height()));
            // On the site the text takes the page's font; a file names a plain sans-serif one itself.
            attributes.putIfAbsent("font-family", "system-ui, Arial, sans-serif");
        }
        Set<String> classes = e.attr("class") == null ? Set.of() : Set.of(e.attr("class").trim().split("\\s+"));
        for (Rule rule : palette) {
            if (matches(rule.selector(), e.name(), classes, ancestors, root)) {
                // As on the site, a class rule wins over an attribute written in the file.
                attributes.putAll(rule.declarations());
            }
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            w.writeAttribute(a.getKey(), a.getValue());
        }
        List<Set<String>> inner = new ArrayList<>(ancestors);
        inner.add(classes);
        for (Figure.Node child : e.children()) {
            if (child instanceof Figure.Element c) {
                element(w, c, palette, inner, false, figure);
            } else {
                w.writeCharacters(((Figure.Text) child).value());
            }
        }
        w.writeEndElement();
    }

    /** The selector forms the figure rules use: {@code svg}, {@code text}, {@code .cls}, {@code .cls text}. */
    static boolean matches(String selector, String tag, Set<String> classes, List<Set<String>> ancestors, boolean root) {
        String[] parts = selector.split("\\s+");
        if (parts.length == 1) {
            String s = parts[0];
            return s.equals("svg") ? root : s.startsWith(".") ? classes.contains(s.substring(1)) : s.equals(tag);
        }
        if (parts.length == 2 && parts[0].startsWith(".") && !parts[1].startsWith(".")) {
            String ancestor = parts[0].substring(1);
            return parts[1].equals(tag) && ancestors.stream().anyMatch(a -> a.contains(ancestor));
        }
        return false;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

package org.mskguide.protocol;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mskguide.content.Page;
import org.mskguide.content.Source;
import org.mskguide.sonogram.ProbeDrawing;

/**
 * The standard views of a complete examination of one joint, read from {@code content/protocols/<joint>.yml}.
 *
 * @param joint       the slug, also the URL: {@code /protocols/<joint>}
 * @param topic       the region topic page this protocol belongs to
 * @param differences where the standards differ, each with its sources
 * @param sourceFile  the content file, for messages
 */
public record Protocol(String joint, String title, String shortName, String summary, Page topic,
        LocalDate lastReviewed, LocalDate nextReviewDue, List<Difference> differences, List<ProtocolView> views,
        String sourceFile) {

    /** A point where the standards disagree, in plain words, with the sources that say so. */
    public record Difference(String text, List<Source> sources) {

        public Difference {
            sources = List.copyOf(sources);
        }
    }

    public Protocol {
        differences = List.copyOf(differences);
        views = List.copyOf(views);
    }

    /** The short name inside a sentence: "the knee examination". */
    public String lowerName() {
        return shortName.toLowerCase(java.util.Locale.ROOT);
    }

    public String path() {
        return ProtocolResource.PROTOCOLS + "/" + joint;
    }

    public String signOffPath() {
        return path() + "/sign-off";
    }

    public String signOffCsvPath() {
        return signOffPath() + ".csv";
    }

    /** The view's probe drawing as inline SVG, e.g. {@code {protocol.drawing(view).raw}} in a template. */
    public String drawing(ProtocolView view) {
        return ProbeDrawing.svg(joint, "probe-" + view.id(), view.title(), view.probe());
    }

    /** Every source the page cites, once each, in the order first cited: the page's source list. */
    public List<Source> sources() {
        Map<String, Source> all = new LinkedHashMap<>();
        for (ProtocolView v : views) {
            all.putIfAbsent(v.source().id(), v.source());
            v.alsoCites().forEach(s -> all.putIfAbsent(s.id(), s));
        }
        differences.forEach(d -> d.sources().forEach(s -> all.putIfAbsent(s.id(), s)));
        return List.copyOf(all.values());
    }
}

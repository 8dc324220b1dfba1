package org.mskguide.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.mskguide.content.Content;
import org.mskguide.content.Figure;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;
import org.mskguide.quiz.Question;
import org.mskguide.web.SiteConfig;

/**
 * Turns bank questions into {@link ExportItem}s: the section's heading and absolute address (from the configured
 * site address) and the picture as a stand-alone SVG, built once per figure.
 */
@Singleton
public class ExportItems {

    /** Where GIFT exports point their pictures (GIFT cannot carry files); see ExportResource. */
    public static final String FIGURES_PATH = "/instructors/export/figures/";

    @Inject
    Content content;

    @Inject
    SiteConfig site;

    @Inject
    org.mskguide.imaging.Sonograms sonograms;

    private final Map<String, String> svgByName = new ConcurrentHashMap<>();
    private volatile List<StandaloneSvg.Rule> palette;

    public List<ExportItem> of(List<Question> questions) {
        return questions.stream().map(this::item).toList();
    }

    public String figureBaseUrl() {
        return site.baseUrl() + FIGURES_PATH;
    }

    /** A figure that some question shows, as a file, or null when no question shows a figure of that name. */
    public FigureFile figureFile(String name, List<Question> bank) {
        return bank.stream().filter(q -> q.picture() != null && q.picture().figure().equals(name)
                || q.hotspot() != null && hotspotName(q).equals(name)).findFirst().map(q -> figure(q)).orElse(null);
    }

    private ExportItem item(Question q) {
        Page topic = content.topic(q.topic()).orElse(null);
        String sectionTitle = topic == null ? q.topic() : topic.headings().stream()
                .filter(h -> h.id().equals(q.section())).map(Heading::text).findFirst().orElse(topic.title());
        return new ExportItem(q, sectionTitle, site.baseUrl() + q.sectionPath(),
                q.picture() == null && q.hotspot() == null ? null : figure(q));
    }

    /** A find-it question's lettered image as a file: {@code <question id>-image.svg}. */
    static String hotspotName(Question q) {
        return q.id() + "-image";
    }

    private FigureFile figure(Question q) {
        if (q.hotspot() != null) {
            return hotspotFigure(q);
        }
        String name = q.picture().figure();
        Figure figure = content.figure(name).map(PlacedFigure::figure).orElseGet(() -> content.looseFigures().get(name));
        String svg = svgByName.computeIfAbsent(name, n -> StandaloneSvg.of(figure, palette()));
        // The text alternative is the question's own long description (it never names the answer).
        return new FigureFile(name, (figure.title() + ". " + q.picture().description()).strip().replaceAll("\\s+", " "), svg);
    }

    /**
     * A find-it question's image with its letters, for platforms that have no hotspot type: an SVG that carries the
     * simulated PNG inside it (a {@code data:} address) and the letters as real text, so the file stands alone.
     */
    private FigureFile hotspotFigure(Question q) {
        org.mskguide.quiz.Hotspot h = q.hotspot();
        String name = hotspotName(q);
        String svg = svgByName.computeIfAbsent(name, n -> {
            org.mskguide.imaging.Sonograms.Rendered image = sonograms.get(h.request());
            String href = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(image.png());
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + org.mskguide.quiz.HotspotFigure.svg(h, image.map(), n, href, null, null) + "\n";
        });
        String alt = org.mskguide.quiz.HotspotFigure.altText(h) + " "
                + org.mskguide.quiz.HotspotFigure.description(h, sonograms.get(h.request()).map());
        return new FigureFile(name, alt, svg);
    }

    private List<StandaloneSvg.Rule> palette() {
        if (palette == null) {
            try (InputStream in = ExportItems.class.getClassLoader().getResourceAsStream("assets/site.css")) {
                palette = StandaloneSvg.paletteFrom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return palette;
    }
}

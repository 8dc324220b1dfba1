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
        return bank.stream().filter(q -> q.picture() != null && q.picture().figure().equals(name)).findFirst()
                .map(q -> figure(q)).orElse(null);
    }

    private ExportItem item(Question q) {
        Page topic = content.topic(q.topic()).orElse(null);
        String sectionTitle = topic == null ? q.topic() : topic.headings().stream()
                .filter(h -> h.id().equals(q.section())).map(Heading::text).findFirst().orElse(topic.title());
        return new ExportItem(q, sectionTitle, site.baseUrl() + q.sectionPath(), q.picture() == null ? null : figure(q));
    }

    private FigureFile figure(Question q) {
        String name = q.picture().figure();
        Figure figure = content.figure(name).map(PlacedFigure::figure).orElseGet(() -> content.looseFigures().get(name));
        String svg = svgByName.computeIfAbsent(name, n -> StandaloneSvg.of(figure, palette()));
        // The text alternative is the question's own long description (it never names the answer).
        return new FigureFile(name, (figure.title() + ". " + q.picture().description()).strip().replaceAll("\\s+", " "), svg);
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

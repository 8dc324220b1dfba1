package org.mskguide.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.mskguide.content.Source;
import org.mskguide.web.CachedBody;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;
import org.mskguide.web.PreRendered;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.Startup;

/**
 * The joint protocols and their lab sheets, the same for every reader, so rendered once at start-up and sent by
 * {@link org.mskguide.web.PreRenderedRoute}: {@code /protocols} (the list), {@code /protocols/{joint}} (the views),
 * {@code /protocols/{joint}/sign-off} and {@code .csv} (the supervisor's sheet), {@code /protocols/scanning-log} and
 * {@code .csv} (the learner's own log). An unknown joint falls through to the site's 404 page.
 * Templates: {@code templates/ProtocolResource/}.
 */
@Startup
@Singleton
public class ProtocolResource implements PreRendered {

    public static final String PROTOCOLS = org.mskguide.web.AppRoutes.PROTOCOLS;
    public static final String SCANNING_LOG = PROTOCOLS + "/scanning-log";
    public static final String SCANNING_LOG_CSV = SCANNING_LOG + ".csv";
    static final String CSV = "text/csv;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Protocol> protocols, PageMeta meta);

        static native TemplateInstance protocol(Protocol protocol, Protocol previous, Protocol next, PageMeta meta);

        static native TemplateInstance signOff(Protocol protocol, Source scale, PageMeta meta);

        static native TemplateInstance scanningLog(List<Protocol> protocols, int rows, PageMeta meta);
    }

    /** The OSAUS paper the sheets' rating borrows from, by its id in content/sources.yml. */
    static final String SCALE_SOURCE = "tolsgaard-2014-osaus";
    /** Empty rows on the printed scanning log: one A4 or Letter page. */
    static final int LOG_ROWS = 22;

    @Inject
    Protocols protocols;

    @Inject
    org.mskguide.content.Content content;

    @Inject
    Layout layout;

    @Inject
    SiteConfig site;

    private Map<String, CachedBody> byPath;

    @PostConstruct
    void render() {
        Map<String, CachedBody> pages = new HashMap<>();
        List<Protocol> all = protocols.all();
        pages.put(PROTOCOLS, html(Templates.index(all, layout.meta("Scanning protocols", "The standard views of a "
                + "complete examination of six joints, with probe drawings, pitfalls and lab sign-off sheets.",
                PROTOCOLS, "protocols"))));
        Source scale = content.sources().stream().filter(s -> s.id().equals(SCALE_SOURCE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("content/sources.yml needs '" + SCALE_SOURCE + "'"));
        for (int i = 0; i < all.size(); i++) {
            Protocol p = all.get(i);
            pages.put(p.path(), html(Templates.protocol(p, i > 0 ? all.get(i - 1) : null,
                    i < all.size() - 1 ? all.get(i + 1) : null,
                    layout.meta(p.title(), p.summary(), p.path(), "protocols"))));
            pages.put(p.signOffPath(), html(Templates.signOff(p, scale, layout.meta("Lab sign-off sheet: "
                    + p.shortName(), "A printable checklist of the " + p.lowerName()
                    + " views with a rating per view and space for the supervisor's initials.", p.signOffPath(),
                    "protocols"))));
            pages.put(p.signOffCsvPath(), CachedBody.of(SignOffCsv.signOff(p, site.baseUrl()), CSV,
                    CachedBody.REVALIDATE));
        }
        pages.put(SCANNING_LOG, html(Templates.scanningLog(all, LOG_ROWS, layout.meta("My own scanning log",
                "A printable log of the scans you do, and a CSV template the study planner can import.", SCANNING_LOG,
                "protocols"))));
        pages.put(SCANNING_LOG_CSV, CachedBody.of(SignOffCsv.scanningLogTemplate(), CSV, CachedBody.REVALIDATE));
        byPath = Map.copyOf(pages);
    }

    private static CachedBody html(TemplateInstance page) {
        return CachedBody.of(page.render(), CachedBody.HTML, CachedBody.REVALIDATE);
    }

    @Override
    public Map<String, CachedBody> byPath() {
        return byPath;
    }
}

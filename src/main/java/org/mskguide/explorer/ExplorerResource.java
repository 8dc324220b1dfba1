package org.mskguide.explorer;

import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mskguide.content.Content;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.Assets;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The explorers: {@code /explore} (index), {@code /explore/beam-angle?angle=10},
 * {@code /explore/needle?approach=in-plane&depth=2&angle=30} and
 * {@code /explore/knobology?frequency=15&depth=3&focus=1&gain=0}. Each state is a GET address; a wrong address gets
 * the page back with a message next to the field and status 400. Templates: {@code templates/ExplorerResource/}.
 */
// Pure computation on the address (no database, no files): served on the event loop. Created at start-up, so a
// source id missing from the registry stops the application instead of a page.
@Startup
@Singleton
@Path(AppRoutes.EXPLORE)
public class ExplorerResource {

    static final String SECTION = "explore";
    static final String SCRIPT = "explorer.js";

    // Each page's description, for search results and link previews.
    static final String BEAM_ANGLE_ABOUT = "Pick the angle between the ultrasound beam and a tendon, and see how"
            + " bright the tendon looks next to muscle (anisotropy).";
    static final String NEEDLE_ABOUT = "Pick an in-plane or out-of-plane needle approach, a depth and an angle, and"
            + " see the side view and a simulated ultrasound image of the needle.";
    static final String KNOBOLOGY_ABOUT = "Change the frequency, depth, focus and gain of a simulated scanner and see"
            + " what each does to the picture, and why.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta);

        static native TemplateInstance beamAngle(BeamAngleExplorer explorer, String scriptHref, PageMeta meta);

        static native TemplateInstance needle(NeedleExplorer explorer, String scriptHref, PageMeta meta);

        static native TemplateInstance knobology(KnobologyExplorer explorer, String scriptHref, PageMeta meta);
    }

    @Inject
    Layout layout;

    @Inject
    Assets assets;

    @Inject
    Content content;

    ExplorerSources sources;

    @PostConstruct
    void citeSources() {
        sources = ExplorerSources.from(content);
    }

    @GET
    @NonBlocking
    public TemplateInstance index() {
        return Templates.index(layout.meta("Explorers",
                "Three interactive pictures: how the beam angle changes a tendon's brightness, how a needle shows"
                        + " on the screen at each approach and angle, and what frequency, depth, focus and gain do.",
                AppRoutes.EXPLORE, SECTION));
    }

    @GET
    @NonBlocking
    @Path("/beam-angle")
    public Response beamAngle(@Context UriInfo uri) {
        var explorer = BeamAngleExplorer.of(BeamAngleForm.read(uri.getQueryParameters()), sources.beamAngle());
        return page(explorer.errors().isEmpty(), AppRoutes.EXPLORE_BEAM_ANGLE, explorer.title(), BEAM_ANGLE_ABOUT,
                meta -> Templates.beamAngle(explorer, assets.href(SCRIPT), meta));
    }

    @GET
    @NonBlocking
    @Path("/needle")
    public Response needle(@Context UriInfo uri) {
        var explorer = NeedleExplorer.of(NeedleForm.read(uri.getQueryParameters()), sources.needle());
        return page(explorer.errors().isEmpty(), AppRoutes.EXPLORE_NEEDLE, explorer.title(), NEEDLE_ABOUT,
                meta -> Templates.needle(explorer, assets.href(SCRIPT), meta));
    }

    @GET
    @NonBlocking
    @Path("/knobology")
    public Response knobology(@Context UriInfo uri) {
        var explorer = KnobologyExplorer.of(KnobologyForm.read(uri.getQueryParameters()), sources.knobology());
        return page(explorer.errors().isEmpty(), AppRoutes.EXPLORE_KNOBOLOGY, explorer.title(), KNOBOLOGY_ABOUT,
                meta -> Templates.knobology(explorer, assets.href(SCRIPT), meta));
    }

    /** 200 with an indexable page, or 400 with a page that says "Error:" first and asks not to be indexed. */
    private Response page(boolean valid, String path, String title, String description,
            Function<PageMeta, TemplateInstance> template) {
        PageMeta meta = valid ? layout.meta(title, description, path, SECTION)
                : layout.privateMeta("Error: " + title, description, path, SECTION);
        return Response.status(valid ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(template.apply(meta)).build();
    }
}

package org.mskguide.explorer;

import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mskguide.web.AppRoutes;
import org.mskguide.web.Assets;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The explorers: {@code /explore} (index), {@code /explore/beam-angle?angle=10} and
 * {@code /explore/needle?approach=in-plane&depth=2}. Each state is a GET address; a wrong address gets the page back
 * with a message next to the field and status 400. Templates: {@code templates/ExplorerResource/}.
 */
// Pure computation on the address (no database, no files): served on the event loop.
@Path(AppRoutes.EXPLORE)
public class ExplorerResource {

    static final String SECTION = "explore";
    static final String SCRIPT = "explorer.js";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta);

        static native TemplateInstance beamAngle(BeamAngleExplorer explorer, String scriptHref, PageMeta meta);

        static native TemplateInstance needle(NeedleExplorer explorer, String scriptHref, PageMeta meta);
    }

    @Inject
    Layout layout;

    @Inject
    Assets assets;

    @GET
    @NonBlocking
    public TemplateInstance index() {
        return Templates.index(layout.meta("Explorers",
                "Two interactive pictures: how the beam angle changes a tendon's brightness, and how a needle shows"
                        + " on the screen in plane and out of plane.",
                AppRoutes.EXPLORE, SECTION));
    }

    @GET
    @NonBlocking
    @Path("/beam-angle")
    public Response beamAngle(@Context UriInfo uri) {
        BeamAngleExplorer explorer = BeamAngleExplorer.of(BeamAngleForm.read(uri.getQueryParameters()));
        String description = "Pick the angle between the ultrasound beam and a tendon, and see how bright the tendon"
                + " looks next to muscle (anisotropy).";
        return page(explorer.errors().isEmpty(), AppRoutes.EXPLORE_BEAM_ANGLE, explorer.title(), description,
                meta -> Templates.beamAngle(explorer, assets.href(SCRIPT), meta));
    }

    @GET
    @NonBlocking
    @Path("/needle")
    public Response needle(@Context UriInfo uri) {
        NeedleExplorer explorer = NeedleExplorer.of(NeedleForm.read(uri.getQueryParameters()));
        String description = "Pick an in-plane or out-of-plane needle approach and a depth, and see the side view and"
                + " what the ultrasound screen shows.";
        return page(explorer.errors().isEmpty(), AppRoutes.EXPLORE_NEEDLE, explorer.title(), description,
                meta -> Templates.needle(explorer, assets.href(SCRIPT), meta));
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

package org.mskguide.imaging;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.api.ApiRoutes;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;

/**
 * Simulated ultrasound images (PNG) and their structure maps (JSON), drawn by {@code org.mskguide.sonogram} from a
 * tissue model. Every parameter is checked: a bad one is a 400 problem naming it. Answers carry a strong ETag and
 * may be cached for a day: the same address always draws the same image.
 */
@Path(ApiRoutes.SONOGRAMS)
@Tag(name = "Sonograms", description = "Simulated B-mode ultrasound images and the structures they show.")
public class SonogramApiResource {

    static final String PNG = "image/png";

    @Schema(description = "A view the simulator draws.")
    public record ViewJson(
            @Schema(description = "The view's name in addresses.", example = "supraspinatus") String view,
            @Schema(description = "What it shows.", example = "Supraspinatus tendon, long axis") String title,
            @Schema(description = "The variants it knows; normal is the default.") List<String> variants,
            @Schema(description = "Whether axis=short is allowed.") boolean shortAxis,
            @Schema(description = "The image with its default settings.",
                    example = "/api/v1/sonograms/supraspinatus.png") String image) {
    }

    @Schema(description = "The structures of one simulated image, from the same model that drew it.")
    public record MapJson(
            @Schema(description = "The view.", example = "achilles") String view,
            @Schema(description = "The image these outlines belong to.",
                    example = "/api/v1/sonograms/achilles.png?variant=tear") String image,
            @Schema(description = "Image width, pixels.", example = "512") int width,
            @Schema(description = "Image height, pixels.", example = "384") int height,
            @Schema(description = "Short alternative text, generated from the model.") String altText,
            @Schema(description = "Long description, generated from the model.") String description,
            @Schema(description = "The structures, in painting order.") List<StructureJson> structures) {
    }

    @Schema(description = "One structure: its outline in image pixels (origin top-left) and how bright it shows.")
    public record StructureJson(
            @Schema(description = "Its name.", example = "Achilles tendon") String name,
            @Schema(description = "Its tissue.", example = "tendon") String tissue,
            @Schema(description = "Whether the labelled picture names it.") boolean labelled,
            @Schema(description = "Brightness in words, measured on this image.", example = "bright (hyperechoic)")
            String brightness,
            @Schema(description = "Mean grey level, 0-255, in this image.", example = "140") int meanGrey,
            @Schema(description = "Depth of its top, mm.", example = "2.2") double topMm,
            @Schema(description = "Depth of its bottom, mm.", example = "8") double bottomMm,
            @Schema(description = "A point inside it for a label, [x, y].", example = "[200, 60]") int[] label,
            @Schema(description = "Its outline as [x, y] points.") List<int[]> outline) {
    }

    @Inject
    Sonograms sonograms;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The views the simulator draws, with their variants")
    public List<ViewJson> views() {
        return Arrays.stream(View.values()).map(v -> new ViewJson(v.slug(), v.title(),
                v.variants().stream().map(Variant::param).toList(), v.hasShortAxis(),
                SonogramRequest.of(v).pngPath())).toList();
    }

    @GET
    @Path("/{view}.png")
    @Produces(PNG)
    @Operation(summary = "A simulated ultrasound image",
            description = "512 x 384 grey PNG with a depth scale (a mark every 5 mm) and the focus (a triangle) on"
                    + " the right. Simulated: drawn from a tissue model, not taken from a patient.")
    @APIResponse(responseCode = "200", description = "The image.", content = @Content(mediaType = PNG))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag).")
    @APIResponse(responseCode = "400", description = "A parameter is unknown, repeated, malformed or out of range;"
            + " `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such view.")
    public Response png(@Parameter(description = "The view.", example = "supraspinatus") @RestPath String view,
            @BeanParam SonogramParams params, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Sonograms.Rendered image = sonograms.get(request(view, uri));
        return cached(image.etag(), ifNoneMatch, () -> Response.ok(image.png(), PNG));
    }

    @GET
    @Path("/{view}/structures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The structure map of a simulated image",
            description = "Each structure's name, tissue, outline polygon in image pixels, label point and measured"
                    + " brightness, with the image's alternative text and long description. Same parameters as the"
                    + " image.")
    @APIResponse(responseCode = "200", description = "The map.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MapJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag).")
    @APIResponse(responseCode = "400", description = "A parameter is unknown, repeated, malformed or out of range;"
            + " `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such view.")
    public Response structures(@Parameter(description = "The view.", example = "supraspinatus") @RestPath String view,
            @BeanParam SonogramParams params, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SonogramRequest request = request(view, uri);
        Sonograms.Rendered image = sonograms.get(request);
        // The map changes exactly when the image does: the same hash, its own tag.
        String etag = "\"map-" + image.etag().substring(1);
        return cached(etag, ifNoneMatch, () -> Response.ok(json(request, image),
                MediaType.APPLICATION_JSON));
    }

    static MapJson json(SonogramRequest request, Sonograms.Rendered image) {
        List<StructureJson> structures = image.map().stream().map(SonogramApiResource::structure).toList();
        return new MapJson(request.view().slug(), request.pngPath(), image.width(), image.height(), image.altText(),
                image.description(), structures);
    }

    private static StructureJson structure(MappedStructure m) {
        return new StructureJson(m.name(), m.tissue().words(), m.labelled(), m.brightness(), m.meanGrey(), m.topMm(),
                m.bottomMm(), new int[] {m.labelX(), m.labelY()}, m.points());
    }

    private static SonogramRequest request(String slug, UriInfo uri) {
        View view = View.bySlug(slug);
        if (view == null) {
            throw new ProblemException(Problem.notFound("No simulated view '" + slug + "'. GET " + ApiRoutes.SONOGRAMS
                    + " lists them."));
        }
        SonogramRequest.Reading reading = SonogramRequest.read(view, uri.getQueryParameters());
        if (!reading.errors().isEmpty()) {
            String detail = reading.errors().all().stream().map(e -> "'" + e.field() + "' " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow() + ".";
            throw new ProblemException(Problem.badRequest(detail, reading.errors().all()));
        }
        return reading.request();
    }

    private static Response cached(String etag, String ifNoneMatch, java.util.function.Supplier<Response
            .ResponseBuilder> body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        cache.setPrivate(false);
        EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        return body.get().tag(tag).cacheControl(cache).build();
    }
}

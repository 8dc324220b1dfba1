package org.mskguide.imaging;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The image's query parameters, declared so the OpenAPI description lists them. The resource checks the raw query
 * itself ({@link SonogramRequest#read}), so that an unknown or repeated parameter is a 400 naming it.
 */
public class SonogramParams {

    @RestQuery
    @Parameter(description = "Normal, or an abnormal state the view knows (see GET /api/v1/sonograms).",
            example = "tear")
    public String variant;

    @RestQuery
    @Parameter(description = "Transducer orientation: long, or short where the view allows it.", example = "long")
    public String axis;

    @RestQuery
    @Parameter(description = "Centre frequency, MHz, 5 to 18 (one decimal at most).", example = "12")
    public String frequency;

    @RestQuery
    @Parameter(description = "Displayed depth, mm, 10 to 60.", example = "30")
    public String depth;

    @RestQuery
    @Parameter(description = "Transmit focus, mm, 2 to the depth.", example = "15")
    public String focus;

    @RestQuery
    @Parameter(description = "Overall gain, dB, -20 to 20.", example = "0")
    public String gain;

    @RestQuery
    @Parameter(description = "Beam tilt from square, degrees, -30 to 30 (anisotropy).", example = "10")
    public String tilt;

    @RestQuery
    @Parameter(description = "Needle view only: in-plane or out-of-plane.", example = "in-plane")
    public String needle;

    @RestQuery
    @Parameter(description = "Needle view only: insertion angle to the skin, degrees, 10 to 70.", example = "30")
    public String needleAngle;

    @RestQuery
    @Parameter(description = "Needle view only: depth of the tip, mm, 5 to 45.", example = "20")
    public String needleDepth;

    @RestQuery
    @Parameter(description = "Needle view only: where the tip lies across the image, mm from its centre (negative:"
            + " left), -19 to 19. Default 3 in plane, 0 out of plane.", example = "-5")
    public String needleX;

    @RestQuery
    @Parameter(description = "Random scatterers, 0 to 999999: the same seed draws the same image.", example = "1")
    public String seed;
}

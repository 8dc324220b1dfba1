package org.mskguide.explorer;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.imaging.Sonograms;

/**
 * The "screen" of an explorer: a simulated ultrasound image of the state, with alternative text and a long
 * description written from the tissue model, and a caption that says it is simulated.
 */
final class SimulatedScreen {

    /** The explorers' own cache of the words; the image itself is served, and cached, by the sonogram API. */
    private static final Sonograms IMAGES = new Sonograms();

    private SimulatedScreen() {
    }

    /** E.g. {@code of(SonogramRequest.of(View.TENDON), "The tendon square to the beam.")}. */
    static Figure of(SonogramRequest request, String caption) {
        Sonograms.Rendered image = IMAGES.get(request);
        String html = "<img class=\"sonogram\" src=\"" + escape(request.pngPath()) + "\" width=\"" + image.width()
                + "\" height=\"" + image.height() + "\" alt=\"" + escape(image.altText()) + "\">"
                + "<details class=\"sonogram-description\"><summary>Describe the simulated image</summary><p>"
                + escape(image.description()) + "</p></details>";
        return new Figure("Simulated image. " + caption, html);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

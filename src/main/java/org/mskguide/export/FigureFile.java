package org.mskguide.export;

import java.nio.charset.StandardCharsets;

/**
 * A figure as a stand-alone image file for a learning platform: an SVG that carries its own colours (on the site
 * the colours come from site.css, which a platform does not have).
 *
 * @param name the figure's name, e.g. {@code tissues-around-a-joint-lettered}
 * @param alt  the text alternative: what the picture shows, for a reader who cannot see it
 * @param svg  the complete SVG document
 */
public record FigureFile(String name, String alt, String svg) {

    public static final String MEDIA_TYPE = "image/svg+xml";

    /** The file name inside an export, e.g. {@code tissues-around-a-joint-lettered.svg}. */
    public String fileName() {
        return name + ".svg";
    }

    public byte[] bytes() {
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}

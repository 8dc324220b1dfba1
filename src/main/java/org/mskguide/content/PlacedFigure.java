package org.mskguide.content;

/**
 * A figure where a page places it: the drawing, what the page's {@code ```figure} block says about it, and its
 * permanent address {@code /topics/<slug>#figure-<name>}. A figure is placed once in the whole site, so its name
 * alone finds it (quiz questions do: {@code content.figure("long-and-short-axis")}).
 *
 * @param number its position among the page's figures, from 1 ("Figure 2.")
 * @param source the source the caption names; {@code url} may be null
 */
public record PlacedFigure(Figure figure, FigureBlock block, String pagePath, int number, Source source)
        implements java.io.Serializable {

    /** The element id on its page, e.g. {@code figure-long-and-short-axis}. */
    public String anchor() {
        return "figure-" + figure.name();
    }

    /** The permanent address instructors may cite, e.g. {@code /topics/what-msk-ultrasound-images#figure-x}. */
    public String href() {
        return pagePath + "#" + anchor();
    }

    /** For the page's contents: {@code Figure 2: Long axis and short axis}. */
    public String label() {
        return "Figure " + number + ": " + figure.title();
    }
}

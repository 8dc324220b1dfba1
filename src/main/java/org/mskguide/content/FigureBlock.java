package org.mskguide.content;

/**
 * What a {@code ```figure} block in a page's markdown says about one figure: its name (the file
 * {@code figures/<name>.svg}, or a generated figure), the caption shown under it, the id of its source in
 * {@code sources.yml}, and the long description a reader can open ("Describe this figure"). All four are required.
 * <pre>
 * ```figure
 * name: long-and-short-axis
 * caption: The same tendon seen along its length (long axis) and across it (short axis).
 * source: forney-2018
 * description: |
 *   Two panels. Left, ...
 * ```
 * </pre>
 */
public record FigureBlock(String name, String caption, String source, String description)
        implements java.io.Serializable {
}

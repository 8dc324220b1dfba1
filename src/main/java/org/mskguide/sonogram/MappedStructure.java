package org.mskguide.sonogram;

import java.util.List;

/**
 * One structure of a rendered image: its name, tissue, outline in picture pixels (clipped to the scanned area), a
 * point to hang its label on, its mean grey level (0-255) in this image and how bright that is against the image's
 * reference tissue.
 *
 * @param points the outline as {@code [x, y]} pairs, picture pixels from the top-left
 * @param echogenicity measured against the reference, see {@link Echogenicity}
 * @param brightness the same in words, e.g. {@code "brighter than the deltoid muscle (hyperechoic)"}
 */
public record MappedStructure(String name, Tissue tissue, boolean labelled, List<int[]> points, int labelX,
        int labelY, int meanGrey, double topMm, double bottomMm, Echogenicity echogenicity, String brightness) {

    /** The outline as SVG/HTML {@code points} / {@code coords} text: {@code "x1,y1 x2,y2 ..."}. */
    public String pointsText() {
        StringBuilder sb = new StringBuilder();
        for (int[] p : points) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p[0]).append(',').append(p[1]);
        }
        return sb.toString();
    }

    /** Even-odd test: is the picture pixel {@code (x, y)} inside the outline? Used to grade a click. */
    public boolean contains(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            int[] a = points.get(i);
            int[] b = points.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (double) (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}

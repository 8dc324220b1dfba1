package org.mskguide.sonogram;

import java.util.ArrayList;
import java.util.List;

/**
 * One rendered image: the 512 x 384 grey picture, the envelope it came from (linear, after TGC and gain, before log
 * compression; scanned area only, row-major) and the structure map drawn from the same model.
 */
public final class Sonogram {

    private final Phantom phantom;
    private final Scan scan;
    private final Frame frame;
    private final byte[] grey;
    private final float[] envelope;
    private final short[] structureAt;
    private final List<Structure> structures;
    private final double[] noiseFloor;
    private List<MappedStructure> map;
    private String referenceName;

    Sonogram(Phantom phantom, Scan scan, Frame frame, byte[] grey, float[] envelope, double[] noiseFloor,
            short[] structureAt, List<Structure> structures) {
        this.noiseFloor = noiseFloor;
        this.phantom = phantom;
        this.scan = scan;
        this.frame = frame;
        this.grey = grey;
        this.envelope = envelope;
        this.structureAt = structureAt;
        this.structures = structures;
    }

    public Phantom phantom() {
        return phantom;
    }

    public Scan scan() {
        return scan;
    }

    public Frame frame() {
        return frame;
    }

    /** Grey level 0-255 at a picture pixel. */
    public int grey(int x, int y) {
        return grey[y * Frame.CANVAS_WIDTH + x] & 0xff;
    }

    /** The picture, row-major, one byte per pixel (do not modify). */
    byte[] pixels() {
        return grey;
    }

    /** Envelope at a scanned-area pixel (column, row inside the frame). */
    public double envelope(int column, int row) {
        return envelope[row * frame.width() + column];
    }

    /**
     * The envelope that receiver noise alone would give at a scanned-area row (root mean square, same units as
     * {@link #envelope}): where the echoes fall to this level, the image has run out of penetration.
     */
    public double noiseFloor(int row) {
        return noiseFloor[row];
    }

    /** The structure (index into the phantom's list) filling a scanned-area pixel, or -1. */
    public int structureAt(int column, int row) {
        return structureAt[row * frame.width() + column];
    }

    /** The image as PNG bytes. */
    public byte[] png() {
        return Png.grey(grey, Frame.CANVAS_WIDTH, Frame.CANVAS_HEIGHT);
    }

    /** The structures visible in this image, in the phantom's order, with outlines in picture pixels. */
    public synchronized List<MappedStructure> structureMap() {
        if (map == null) {
            map = buildMap();
        }
        return map;
    }

    private List<MappedStructure> buildMap() {
        int w = frame.width();
        int n = structures.size();
        long[] count = new long[n];
        long[] sumGrey = new long[n];
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        int[] minRow = new int[n];
        int[] maxRow = new int[n];
        java.util.Arrays.fill(minRow, Integer.MAX_VALUE);
        for (int row = 0; row < frame.height(); row++) {
            for (int col = 0; col < w; col++) {
                int s = structureAt[row * w + col];
                if (s < 0) {
                    continue;
                }
                count[s]++;
                sumGrey[s] += grey(col + frame.left(), row + frame.top());
                sumX[s] += col;
                sumY[s] += row;
                minRow[s] = Math.min(minRow[s], row);
                maxRow[s] = Math.max(maxRow[s], row);
            }
        }
        int reference = reference(count);
        int refGrey = reference < 0 ? 0 : (int) Math.round((double) sumGrey[reference] / count[reference]);
        String refName = reference < 0 ? "" : Description.lower(structures.get(reference).name());
        List<MappedStructure> result = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (count[s] == 0) {
                continue;
            }
            Structure st = structures.get(s);
            int[] anchor = anchor(s, sumX[s] / count[s], sumY[s] / count[s]);
            int grey = (int) Math.round((double) sumGrey[s] / count[s]);
            Echogenicity e = Echogenicity.of(st.tissue(), grey, refGrey);
            result.add(new MappedStructure(st.name(), st.tissue(), st.labelled(), outline(st.outline()),
                    anchor[0] + frame.left(), anchor[1] + frame.top(), grey,
                    round1(minRow[s] * frame.mmPerPixel()), round1((maxRow[s] + 1) * frame.mmPerPixel()), e,
                    e.words(refName, s == reference)));
        }
        referenceName = refName;
        return List.copyOf(result);
    }

    /**
     * The structure the others' brightness is compared with: the largest muscle in view, else the largest fat (the
     * fat under the skin), else the largest structure. Sonographers describe echogenicity against such a tissue.
     */
    private int reference(long[] count) {
        for (Tissue t : new Tissue[] {Tissue.MUSCLE, Tissue.FAT}) {
            int best = -1;
            for (int s = 0; s < count.length; s++) {
                if (structures.get(s).tissue() == t && count[s] > 0 && (best < 0 || count[s] > count[best])) {
                    best = s;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        int best = -1;
        for (int s = 0; s < count.length; s++) {
            if (count[s] > 0 && (best < 0 || count[s] > count[best])) {
                best = s;
            }
        }
        return best;
    }

    /** The name, in lower case, of the structure the brightness words compare with (see {@link #structureMap}). */
    public synchronized String referenceName() {
        structureMap();
        return referenceName;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The structure's pixel nearest its centroid: a label point that is inside even a crescent. */
    private int[] anchor(int s, double cx, double cy) {
        int w = frame.width();
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < structureAt.length; i++) {
            if (structureAt[i] == s) {
                double dx = i % w - cx;
                double dy = i / w - cy;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return new int[] {best % w, best / w};
    }

    /** The outline clipped to the scanned area (Sutherland-Hodgman), in whole picture pixels. */
    private List<int[]> outline(Outline outline) {
        double x0 = -Frame.PROBE_MM / 2;
        double x1 = Frame.PROBE_MM / 2;
        double z1 = frame.height() * frame.mmPerPixel();
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            pts.add(new double[] {outline.xs()[i], outline.zs()[i]});
        }
        pts = clip(pts, 0, x0, true);
        pts = clip(pts, 0, x1, false);
        pts = clip(pts, 1, 0, true);
        pts = clip(pts, 1, z1, false);
        List<int[]> out = new ArrayList<>();
        for (double[] p : pts) {
            int[] q = {(int) Math.round(frame.pictureX(p[0])), (int) Math.round(frame.pictureY(p[1]))};
            if (out.isEmpty() || out.get(out.size() - 1)[0] != q[0] || out.get(out.size() - 1)[1] != q[1]) {
                out.add(q);
            }
        }
        return out;
    }

    private static List<double[]> clip(List<double[]> in, int axis, double edge, boolean keepAbove) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            double[] a = in.get(i);
            double[] b = in.get((i + 1) % in.size());
            boolean ina = keepAbove ? a[axis] >= edge : a[axis] <= edge;
            boolean inb = keepAbove ? b[axis] >= edge : b[axis] <= edge;
            if (ina) {
                out.add(a);
            }
            if (ina != inb) {
                double t = (edge - a[axis]) / (b[axis] - a[axis]);
                out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    /** Short alternative text, generated from the model. */
    public String altText() {
        return Description.alt(this);
    }

    /** A paragraph describing the image structure by structure, top to bottom, generated from the model. */
    public String longDescription() {
        return Description.paragraph(this);
    }
}

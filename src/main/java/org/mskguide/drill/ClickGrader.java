package org.mskguide.drill;

import java.util.List;

import org.mskguide.quiz.Hotspot;
import org.mskguide.quiz.HotspotFigure;
import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.MappedStructure;

/**
 * Grades a click on a "find it" image against the image's structure map, in the image's natural pixels (512 x 384;
 * the drill page shows it at that size, so the browser's {@code x}/{@code y} are already in them). The structure
 * under the click is the last one painted whose outline holds the point (a later structure covers an earlier one,
 * as in the image); a click within {@value #TOLERANCE} pixels of the target's outline also counts, because a
 * 1 mm layer is only five pixels thick, unless it landed in another structure that has a letter of its own. Plain Java. Usage: {@code ClickGrader.grade(hotspot, map, 240, 90)}.
 */
public final class ClickGrader {

    /** How far outside the target's outline, in picture pixels, a click still counts. */
    public static final double TOLERANCE = 3;
    /** A click this close to the target's outline is on its edge, which belongs to the target. */
    static final double ON_EDGE = 0.5;
    /** Less than this apart (pixels) and the target is "right by" the click in that direction. */
    static final int NEAR = 8;

    private ClickGrader() {
    }

    /**
     * The outcome of one click.
     *
     * @param hit      the structure under the click, or null when the click was outside the scanned area
     * @param feedback where the click landed and where the answer is, in words
     */
    public record Graded(boolean correct, String hit, String feedback) {
    }

    /** Grades a point already checked to lie on the picture (0 to 511, 0 to 383). */
    public static Graded grade(Hotspot hotspot, List<MappedStructure> map, int x, int y) {
        String target = hotspot.target();
        String hit = structureAt(map, x, y);
        // The tolerance never overrides another lettered structure: a click on a thin layer beside the target (the
        // cartilage on a bone) means that layer, as its letter would.
        boolean otherCandidate = hit != null && !hit.equals(target) && hotspot.candidates().contains(hit);
        boolean correct = target.equals(hit) || nearOutline(map, target, x, y, ON_EDGE)
                || !otherCandidate && nearOutline(map, target, x, y, TOLERANCE);
        String targetWords = "the " + HotspotFigure.lower(target);
        if (correct) {
            return new Graded(true, hit, "You clicked in " + targetWords + ".");
        }
        String where = hit == null ? "You clicked outside the scanned area (the black border)"
                : "You clicked in the " + HotspotFigure.lower(hit);
        MappedStructure t = first(map, target);
        String direction = t == null ? "" : direction(t.labelX() - x, t.labelY() - y);
        return new Graded(false, hit, where + "; " + targetWords + " is " + direction + " it.");
    }

    /** The name of the last-painted structure whose outline holds the point, or null outside the scanned area. */
    public static String structureAt(List<MappedStructure> map, double x, double y) {
        String found = null;
        for (MappedStructure m : map) {
            if (m.contains(x, y)) {
                found = m.name();
            }
        }
        return found;
    }

    /** Whether the point lies within {@code within} pixels of an outline of the target (it may be drawn twice). */
    static boolean nearOutline(List<MappedStructure> map, String target, double x, double y, double within) {
        for (MappedStructure m : map) {
            if (!m.name().equals(target)) {
                continue;
            }
            List<int[]> p = m.points();
            for (int i = 0, j = p.size() - 1; i < p.size(); j = i++) {
                if (distanceToSegment(x, y, p.get(j), p.get(i)) <= within) {
                    return true;
                }
            }
        }
        return false;
    }

    static double distanceToSegment(double x, double y, int[] a, int[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len));
        return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
    }

    /** "below", "above and to the left of", ... : where the target's label point lies from the click. */
    static String direction(int dx, int dy) {
        String vertical = dy > NEAR ? "below" : dy < -NEAR ? "above" : "";
        String horizontal = dx > 2 * NEAR ? "to the right of" : dx < -2 * NEAR ? "to the left of" : "";
        if (vertical.isEmpty() && horizontal.isEmpty()) {
            return "right next to";
        }
        if (horizontal.isEmpty()) {
            return vertical;
        }
        return vertical.isEmpty() ? horizontal : vertical + " and " + horizontal;
    }

    private static MappedStructure first(List<MappedStructure> map, String name) {
        return map.stream().filter(m -> m.name().equals(name) && m.labelled()).findFirst()
                .orElse(map.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null));
    }

    /** Whether a point lies on the picture at its natural size. */
    public static boolean onPicture(int x, int y) {
        return x >= 0 && y >= 0 && x < Frame.CANVAS_WIDTH && y < Frame.CANVAS_HEIGHT;
    }
}

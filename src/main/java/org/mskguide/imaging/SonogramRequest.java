package org.mskguide.imaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.mskguide.sonogram.Frame;
import org.mskguide.sonogram.Needle;
import org.mskguide.sonogram.Phantom;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Scan;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.api.ApiRoutes;

/**
 * One simulated image asked for by address: the view, its variant and axis, the scanner's controls and, for the
 * needle view, the needle. {@link #read} checks every query parameter; {@link #query()} writes the canonical query
 * back (defaults left out, numbers in one spelling), which is the cache key and the ETag's source.
 */
public record SonogramRequest(View view, Variant variant, boolean shortAxis, Needle needle, Scan scan) {

    public static final String VARIANT = "variant";
    public static final String AXIS = "axis";
    public static final String FREQUENCY = "frequency";
    public static final String DEPTH = "depth";
    public static final String FOCUS = "focus";
    public static final String GAIN = "gain";
    public static final String TILT = "tilt";
    public static final String NEEDLE = "needle";
    public static final String NEEDLE_ANGLE = "needleAngle";
    public static final String NEEDLE_DEPTH = "needleDepth";
    public static final String NEEDLE_X = "needleX";
    public static final String SEED = "seed";
    static final Set<String> PARAMETERS = Set.of(VARIANT, AXIS, FREQUENCY, DEPTH, FOCUS, GAIN, TILT, NEEDLE,
            NEEDLE_ANGLE, NEEDLE_DEPTH, NEEDLE_X, SEED);

    public static final double DEFAULT_NEEDLE_ANGLE = 30;
    public static final double DEFAULT_NEEDLE_DEPTH = 20;
    static final double MIN_NEEDLE_ANGLE = 10;
    static final double MAX_NEEDLE_ANGLE = 70;
    static final double MIN_NEEDLE_DEPTH = 5;
    static final double MAX_NEEDLE_DEPTH = 45;
    /** The tip can lie anywhere across the transducer's face, mm from its centre. */
    public static final double MAX_NEEDLE_X = Frame.PROBE_MM / 2;
    static final long MAX_SEED = 999_999;
    /** A number as the address spells it: up to three digits, an optional sign and one decimal. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d)?");

    /** The phantom to draw. */
    public Phantom phantom() {
        return Phantoms.build(view, variant, shortAxis, needle);
    }

    /** A needle for the needle view: in plane it comes from the left to a tip 3 mm right of centre. */
    public static Needle needle(boolean inPlane, double angle, double depth) {
        return needle(inPlane, angle, depth, defaultNeedleX(inPlane));
    }

    /** A needle whose tip lies {@code tipX} mm across from the image's centre (negative: left). */
    public static Needle needle(boolean inPlane, double angle, double depth, double tipX) {
        return new Needle(inPlane, angle, tipX, depth, 0.7);
    }

    /** Where the tip lies across the image unless the address says: 3 mm right of centre in plane, else centre. */
    public static double defaultNeedleX(boolean inPlane) {
        return inPlane ? 3 : 0;
    }

    /** The default request for a view. */
    public static SonogramRequest of(View view) {
        return new SonogramRequest(view, Variant.NORMAL, false,
                view == View.NEEDLE ? needle(true, DEFAULT_NEEDLE_ANGLE, DEFAULT_NEEDLE_DEPTH) : null, view.defaults());
    }

    /** The canonical query, e.g. {@code frequency=15&tilt=10}; empty for the view's defaults. */
    public String query() {
        Scan d = view.defaults();
        Map<String, String> q = new LinkedHashMap<>();
        if (variant != Variant.NORMAL) {
            q.put(VARIANT, variant.param());
        }
        if (shortAxis) {
            q.put(AXIS, "short");
        }
        put(q, FREQUENCY, scan.frequencyMHz(), d.frequencyMHz());
        put(q, DEPTH, scan.depthMm(), d.depthMm());
        put(q, FOCUS, scan.focusMm(), d.focusMm());
        put(q, GAIN, scan.gainDb(), d.gainDb());
        put(q, TILT, scan.tiltDeg(), d.tiltDeg());
        if (needle != null) {
            if (!needle.inPlane()) {
                q.put(NEEDLE, "out-of-plane");
            }
            put(q, NEEDLE_ANGLE, needle.angleDeg(), DEFAULT_NEEDLE_ANGLE);
            put(q, NEEDLE_DEPTH, needle.tipDepth(), DEFAULT_NEEDLE_DEPTH);
            put(q, NEEDLE_X, needle.tipX(), defaultNeedleX(needle.inPlane()));
        }
        if (scan.seed() != d.seed()) {
            q.put(SEED, String.valueOf(scan.seed()));
        }
        StringBuilder sb = new StringBuilder();
        q.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return sb.toString();
    }

    /** The image's address, e.g. {@code /api/v1/sonograms/achilles.png?variant=tear}. */
    public String pngPath() {
        String query = query();
        return ApiRoutes.SONOGRAMS + "/" + view.slug() + ".png" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The structure map's address. */
    public String structuresPath() {
        String query = query();
        return ApiRoutes.SONOGRAMS + "/" + view.slug() + "/structures" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void put(Map<String, String> q, String name, double value, double fallback) {
        if (value != fallback) {
            q.put(name, number(value));
        }
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The outcome of reading an address: a request, or the problems, each naming its parameter. */
    public record Reading(SonogramRequest request, FieldErrors errors) {
    }

    /**
     * Reads and checks a view's query parameters. Unknown or repeated parameters, malformed numbers and values out of
     * range are each a problem naming the parameter; nothing throws.
     */
    public static Reading read(View view, Map<String, List<String>> query) {
        FieldErrors errors = FieldErrors.none();
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                errors.add(name, "is not a parameter of this image; use " + String.join(", ", PARAMETERS.stream()
                        .sorted().toList()));
            } else if (query.get(name).size() > 1) {
                errors.add(name, "is given more than once");
            }
        }
        Scan d = view.defaults();
        Variant variant = Variant.NORMAL;
        String v = one(query, VARIANT);
        if (v != null) {
            variant = view.variants().stream().filter(x -> x.param().equals(v)).findFirst().orElse(null);
            if (variant == null) {
                errors.add(VARIANT, "must be one of " + String.join(", ", view.variants().stream().map(Variant::param)
                        .toList()) + " for this view");
            }
        }
        boolean shortAxis = false;
        String axis = one(query, AXIS);
        if (axis != null) {
            if (!axis.equals("long") && !(axis.equals("short") && view.hasShortAxis())) {
                errors.add(AXIS, view.hasShortAxis() ? "must be long or short" : "must be long for this view");
            }
            shortAxis = axis.equals("short");
        }
        double frequency = number(query, FREQUENCY, d.frequencyMHz(), Scan.MIN_FREQUENCY, Scan.MAX_FREQUENCY, errors);
        double depth = number(query, DEPTH, d.depthMm(), Scan.MIN_DEPTH, Scan.MAX_DEPTH, errors);
        double focus = number(query, FOCUS, Math.min(d.focusMm(), depth), Scan.MIN_FOCUS, depth, errors);
        double gain = number(query, GAIN, d.gainDb(), -Scan.MAX_GAIN, Scan.MAX_GAIN, errors);
        double tilt = number(query, TILT, d.tiltDeg(), -Scan.MAX_TILT, Scan.MAX_TILT, errors);
        double seed = number(query, SEED, d.seed(), 0, MAX_SEED, errors);
        if (seed != Math.rint(seed)) {
            errors.add(SEED, "must be a whole number");
        }
        Needle needle = null;
        String approach = one(query, NEEDLE);
        if (view == View.NEEDLE) {
            if (approach != null && !approach.equals("in-plane") && !approach.equals("out-of-plane")) {
                errors.add(NEEDLE, "must be in-plane or out-of-plane");
            }
            double angle = number(query, NEEDLE_ANGLE, DEFAULT_NEEDLE_ANGLE, MIN_NEEDLE_ANGLE, MAX_NEEDLE_ANGLE,
                    errors);
            double tip = number(query, NEEDLE_DEPTH, DEFAULT_NEEDLE_DEPTH, MIN_NEEDLE_DEPTH, MAX_NEEDLE_DEPTH, errors);
            boolean inPlane = !"out-of-plane".equals(approach);
            double tipX = number(query, NEEDLE_X, defaultNeedleX(inPlane), -MAX_NEEDLE_X, MAX_NEEDLE_X, errors);
            needle = needle(inPlane, angle, tip, tipX);
        } else {
            for (String name : List.of(NEEDLE, NEEDLE_ANGLE, NEEDLE_DEPTH, NEEDLE_X)) {
                if (query.containsKey(name) && !errors.has(name)) {
                    errors.add(name, "is only for the needle view");
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return new Reading(new SonogramRequest(view, variant, shortAxis, needle,
                new Scan(frequency, depth, focus, gain, tilt, (long) seed)), errors);
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static double number(Map<String, List<String>> query, String name, double fallback, double min,
            double max, FieldErrors errors) {
        String text = one(query, name);
        if (text == null) {
            return fallback;
        }
        if (!NUMBER.matcher(text).matches()) {
            errors.add(name, "must be a number such as " + number(fallback) + " (at most one decimal)");
            return fallback;
        }
        double value = Double.parseDouble(text);
        if (value < min || value > max) {
            errors.add(name, "must be between " + number(min) + " and " + number(max));
            return fallback;
        }
        return value;
    }
}

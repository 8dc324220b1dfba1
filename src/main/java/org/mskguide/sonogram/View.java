package org.mskguide.sonogram;

import java.util.EnumSet;
import java.util.Set;

/**
 * The standard views the simulator can draw, each with the abnormal states it knows and the settings a
 * sonographer would start from.
 */
public enum View {
    TENDON("tendon", "Tendon over muscle and bone", true, Scan.DEFAULT.withDepth(25).withFocus(7),
            EnumSet.of(Variant.NORMAL), "limb", Places.ALONG_LIMB),
    NEEDLE("needle", "Needle in muscle", false, Scan.DEFAULT.withDepth(50).withFocus(20).withFrequency(10),
            EnumSet.of(Variant.NORMAL), "limb", Places.ALONG_LIMB),
    KNOBOLOGY("knobology", "Test view: tendon, muscle, a cyst, a nerve and bone", false,
            Scan.DEFAULT.withDepth(50).withFocus(20).withFrequency(10), EnumSet.of(Variant.NORMAL), "limb",
            Places.ALONG_LIMB),
    // Probe places follow the scanning protocols' views of the same name (content/protocols/*.yml).
    SUPRASPINATUS("supraspinatus", "Supraspinatus tendon, long axis", false,
            Scan.DEFAULT.withDepth(30).withFocus(14),
            EnumSet.of(Variant.NORMAL, Variant.BURSITIS, Variant.TEAR, Variant.CALCIFIC, Variant.TENDINOSIS),
            "shoulder", new Probe("front", 160, 76, 60, "over the top and front of the humeral head, along the"
                    + " tendon toward its attachment on the larger bump", "toward the head")),
    CARPAL_TUNNEL("carpal-tunnel", "Carpal tunnel, short axis, with the median nerve", false,
            Scan.DEFAULT.withFrequency(15).withDepth(20).withFocus(6), EnumSet.of(Variant.NORMAL,
                    Variant.SWOLLEN_NERVE), "wrist-and-hand",
            new Probe("front", 122, 124, 0, "across the front of the wrist, just past the end of the radius",
                    "toward the patient's right")),
    PATELLAR_TENDON("patellar-tendon", "Patellar tendon, long axis", false,
            Scan.DEFAULT.withDepth(30).withFocus(8), EnumSet.of(Variant.NORMAL, Variant.TENDINOSIS), "knee",
            new Probe("front", 121, 166, 90, "along the front of the knee, from the lower edge of the kneecap to the"
                    + " shin bone", "toward the head")),
    SUPRAPATELLAR("suprapatellar", "Knee, suprapatellar recess and quadriceps tendon, long axis", false,
            Scan.DEFAULT.withDepth(30).withFocus(12), EnumSet.of(Variant.NORMAL, Variant.EFFUSION), "knee",
            new Probe("front", 121, 88, 90, "along the front of the thigh, just above the kneecap",
                    "toward the head")),
    ACHILLES("achilles", "Achilles tendon, long axis", true, Scan.DEFAULT.withDepth(30).withFocus(8),
            EnumSet.of(Variant.NORMAL, Variant.TEAR, Variant.TENDINOSIS), "ankle-and-foot",
            new Probe("back", 122, 180, 90, "along the back of the ankle, over the tendon down to the heel bone",
                    "toward the head")),
    HIP_RECESS("hip-recess", "Hip, anterior joint recess along the femoral neck", false,
            Scan.DEFAULT.withFrequency(7.5).withDepth(50).withFocus(30), EnumSet.of(Variant.NORMAL, Variant.EFFUSION),
            "hip", new Probe("front", 130, 104, 60, "along the neck of the femur, with the femoral head at the top"
                    + " end", "toward the head")),
    COMMON_EXTENSOR("common-extensor", "Lateral elbow, common extensor tendon, long axis", false,
            Scan.DEFAULT.withFrequency(15).withDepth(25).withFocus(8), EnumSet.of(Variant.NORMAL, Variant.TENDINOSIS),
            "elbow", new Probe("outer side", 140, 140, 90, "along the outer side of the elbow, top end on the lateral"
                    + " epicondyle", "toward the head"));

    /** Probe places shared by the views that are not of one joint. */
    private static final class Places {
        static final Probe ALONG_LIMB = new Probe("front", 120, 130, 90, "along the limb, over the tendon",
                "toward the head");
    }

    private final String slug;
    private final String title;
    private final boolean shortAxis;
    private final Scan defaults;
    private final Set<Variant> variants;
    private final String joint;
    private final Probe probe;

    View(String slug, String title, boolean shortAxis, Scan defaults, Set<Variant> variants, String joint,
            Probe probe) {
        this.joint = joint;
        this.probe = probe;
        this.slug = slug;
        this.title = title;
        this.shortAxis = shortAxis;
        this.defaults = defaults;
        this.variants = variants;
    }

    /** The address form, e.g. {@code "carpal-tunnel"}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Whether the view can also be drawn in short axis (the transducer turned 90 degrees). */
    public boolean hasShortAxis() {
        return shortAxis;
    }

    public Scan defaults() {
        return defaults;
    }

    public Set<Variant> variants() {
        return variants;
    }

    /** The title inside a sentence: "supraspinatus tendon, long axis", but "Achilles tendon, long axis". */
    public String titleInSentence() {
        return Description.lower(title);
    }

    /** The body part the probe drawing shows, e.g. {@code "shoulder"} ({@code "limb"} for the teaching views). */
    public String joint() {
        return joint;
    }

    /**
     * Where the transducer sits for this view. In short axis it is turned 90 degrees on the same spot, its marker
     * toward the patient's right.
     */
    public Probe probe(boolean shortAxis) {
        if (!shortAxis) {
            return probe;
        }
        return new Probe(probe.side(), probe.x(), probe.y(), probe.angle() - 90, "turned 90 degrees on the same spot,"
                + " across the limb (the long-axis view lies " + probe.place() + ")", "toward the patient's right");
    }

    /** The probe drawing beside this view's image, as inline SVG (see {@link ProbeDrawing#svg}). */
    public String probeDrawing(boolean shortAxis, String id) {
        return ProbeDrawing.svg(joint, id, title + (shortAxis ? " (short axis)" : ""), probe(shortAxis));
    }

    /** The view for an address slug, or null. */
    public static View bySlug(String slug) {
        for (View v : values()) {
            if (v.slug.equals(slug)) {
                return v;
            }
        }
        return null;
    }
}

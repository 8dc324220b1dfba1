package org.mskguide.sonogram;

import java.util.EnumSet;
import java.util.Set;

/**
 * The standard views the simulator can draw, each with the abnormal states it knows and the settings a
 * sonographer would start from.
 */
public enum View {
    TENDON("tendon", "Tendon over muscle and bone", true, Scan.DEFAULT.withDepth(25).withFocus(7),
            EnumSet.of(Variant.NORMAL)),
    NEEDLE("needle", "Needle in muscle", false, Scan.DEFAULT.withDepth(50).withFocus(20).withFrequency(10),
            EnumSet.of(Variant.NORMAL)),
    KNOBOLOGY("knobology", "Test view: tendon, muscle, a cyst, a nerve and bone", false,
            Scan.DEFAULT.withDepth(50).withFocus(20).withFrequency(10), EnumSet.of(Variant.NORMAL)),
    SUPRASPINATUS("supraspinatus", "Supraspinatus tendon, long axis", false,
            Scan.DEFAULT.withDepth(30).withFocus(14),
            EnumSet.of(Variant.NORMAL, Variant.BURSITIS, Variant.TEAR, Variant.CALCIFIC, Variant.TENDINOSIS)),
    CARPAL_TUNNEL("carpal-tunnel", "Carpal tunnel, short axis, with the median nerve", false,
            Scan.DEFAULT.withFrequency(15).withDepth(20).withFocus(6), EnumSet.of(Variant.NORMAL)),
    PATELLAR_TENDON("patellar-tendon", "Patellar tendon, long axis", false,
            Scan.DEFAULT.withDepth(30).withFocus(8), EnumSet.of(Variant.NORMAL, Variant.TENDINOSIS)),
    ACHILLES("achilles", "Achilles tendon, long axis", true, Scan.DEFAULT.withDepth(30).withFocus(8),
            EnumSet.of(Variant.NORMAL, Variant.TEAR, Variant.TENDINOSIS)),
    HIP_RECESS("hip-recess", "Hip, anterior joint recess along the femoral neck", false,
            Scan.DEFAULT.withFrequency(7.5).withDepth(50).withFocus(30), EnumSet.of(Variant.NORMAL, Variant.EFFUSION)),
    COMMON_EXTENSOR("common-extensor", "Lateral elbow, common extensor tendon, long axis", false,
            Scan.DEFAULT.withFrequency(15).withDepth(25).withFocus(8), EnumSet.of(Variant.NORMAL, Variant.TENDINOSIS));

    private final String slug;
    private final String title;
    private final boolean shortAxis;
    private final Scan defaults;
    private final Set<Variant> variants;

    View(String slug, String title, boolean shortAxis, Scan defaults, Set<Variant> variants) {
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

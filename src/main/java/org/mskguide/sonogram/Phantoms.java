package org.mskguide.sonogram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The tissue models behind each {@link View}. Millimetres: x across the transducer (0 at its centre, the image
 * shows -19 to 19), z down from the skin. Sizes are typical adult values rounded for teaching, not measurements of
 * one person. In long-axis views the left of the image is the proximal end.
 */
public final class Phantoms {

    private static final double L = -25;
    private static final double R = 25;
    private static final double BOTTOM = 70;

    private Phantoms() {
    }

    /**
     * The phantom for a view. {@code shortAxis} turns the transducer 90 degrees where the view allows it; the needle
     * only shows in {@link View#NEEDLE}.
     */
    public static Phantom build(View view, Variant variant, boolean shortAxis, Needle needle) {
        if (!view.variants().contains(variant)) {
            throw new IllegalArgumentException("variant " + variant.param() + " is not drawn for " + view.slug());
        }
        if (shortAxis && !view.hasShortAxis()) {
            throw new IllegalArgumentException("axis short is not drawn for " + view.slug());
        }
        List<Structure> s = new ArrayList<>();
        s.add(new Structure("Skin", Tissue.SKIN, Outline.rect(L, 0, R, 1.2), x -> 0, false, true));
        switch (view) {
            case TENDON -> tendon(s, shortAxis);
            case NEEDLE -> needleView(s);
            case KNOBOLOGY -> knobology(s);
            case SUPRASPINATUS -> supraspinatus(s, variant);
            case CARPAL_TUNNEL -> carpalTunnel(s, variant);
            case PATELLAR_TENDON -> patellar(s, variant);
            case SUPRAPATELLAR -> suprapatellar(s, variant);
            case ACHILLES -> achilles(s, variant, shortAxis);
            case HIP_RECESS -> hip(s, variant);
            case COMMON_EXTENSOR -> commonExtensor(s, variant);
        }
        String key = view.slug() + "/" + variant.param() + (shortAxis ? "/short" : "/long")
                + (needle == null ? "" : "/" + needle);
        String title = view.title() + (shortAxis ? " (short axis)" : "")
                + (variant == Variant.NORMAL ? "" : ", " + variant.words());
        if (shortAxis) {
            title = title.replace(", long axis", "");
        }
        return new Phantom(key, title, s, view == View.NEEDLE ? needle : null);
    }

    private static Structure fat(double bottom) {
        return Structure.of("Subcutaneous fat", Tissue.FAT, Outline.rect(L, 1.2, R, bottom)).unlabelled();
    }

    private static Structure boneBelow(String name, DoubleUnaryOperator top) {
        return Structure.of(name, Tissue.BONE, Outline.below(L, R, top, BOTTOM));
    }

    private static void tendon(List<Structure> s, boolean shortAxis) {
        s.add(fat(3.5));
        s.add(Structure.of("Muscle", Tissue.MUSCLE, Outline.rect(L, 3.5, R, 30), 15));
        if (shortAxis) {
            s.add(Structure.of("Tendon", Tissue.TENDON, Outline.ellipse(0, 6.2, 7, 2.6)).across());
        } else {
            s.add(Structure.of("Tendon", Tissue.TENDON, Outline.rect(L, 3.5, R, 8)));
        }
        s.add(boneBelow("Bone surface", x -> 19 + 0.004 * x * x));
    }

    private static void needleView(List<Structure> s) {
        s.add(fat(5));
        s.add(Structure.of("Upper muscle", Tissue.MUSCLE, Outline.rect(L, 5, R, 18), 10));
        s.add(Structure.of("Fascia", Tissue.LIGAMENT, Outline.rect(L, 18, R, 18.8)));
        s.add(Structure.of("Deeper muscle", Tissue.MUSCLE, Outline.rect(L, 18.8, R, 60), -12));
        s.add(boneBelow("Bone surface", x -> 44 + 0.006 * x * x));
    }

    private static void knobology(List<Structure> s) {
        s.add(fat(4.5));
        s.add(Structure.of("Tendon", Tissue.TENDON, Outline.rect(L, 4.5, R, 8.5)));
        s.add(Structure.of("Muscle", Tissue.MUSCLE, Outline.rect(L, 8.5, R, 60), 12));
        s.add(Structure.of("Nerve", Tissue.NERVE, Outline.ellipse(9, 15, 2.8, 1.8)).across());
        s.add(Structure.of("Cyst (fluid)", Tissue.FLUID, Outline.ellipse(-7, 24, 4.5, 3.5)));
        s.add(boneBelow("Bone surface", x -> 40 + 0.003 * x * x));
    }

    private static void supraspinatus(List<Structure> s, Variant variant) {
        DoubleUnaryOperator bone = x -> x <= 8 ? 17 + 0.0015 * x * x : 17.096 + 0.05 * (x - 8);
        DoubleUnaryOperator cartilage = x -> x < 2 ? 1.0 : Math.max(0, 1 - (x - 2) / 5);
        double thick = variant == Variant.TENDINOSIS ? 8 : 6;
        DoubleUnaryOperator thickness = x -> x < 4 ? thick : Math.max(0, thick * (17 - x) / 13);
        DoubleUnaryOperator tendonBottom = x -> bone.applyAsDouble(x) - cartilage.applyAsDouble(x);
        DoubleUnaryOperator tendonTop = x -> tendonBottom.applyAsDouble(x) - thickness.applyAsDouble(x);
        double bursa = variant == Variant.BURSITIS ? 2.5 : 0.6;
        DoubleUnaryOperator bursaTop = x -> Math.min(tendonTop.applyAsDouble(x), bone.applyAsDouble(x)) - bursa;
        s.add(fat(2.8));
        s.add(Structure.of("Deltoid muscle", Tissue.MUSCLE, Outline.rect(L, 2.8, R, 40), -8));
        s.add(variant == Variant.BURSITIS
                ? Structure.of("Subacromial-subdeltoid bursa, distended with fluid", Tissue.FLUID,
                        Outline.band(L, R, bursaTop, x -> bursaTop.applyAsDouble(x) + bursa))
                : Structure.of("Subacromial-subdeltoid bursa", Tissue.FAT,
                        Outline.band(L, R, bursaTop, x -> bursaTop.applyAsDouble(x) + bursa)).unlabelled());
        Tissue tendon = variant == Variant.TENDINOSIS ? Tissue.TENDINOSIS : Tissue.TENDON;
        // Over the top of the head the sonographer rocks the transducer until the fibres are square to the beam
        // (parallel to the skin): only where the tendon turns down to its insertion do they slope away.
        DoubleUnaryOperator fibres = x -> x < 4 ? bone.applyAsDouble(4) : bone.applyAsDouble(x);
        s.add(Structure.curved(variant == Variant.TENDINOSIS ? "Supraspinatus tendon, swollen"
                : "Supraspinatus tendon", tendon, Outline.band(L, 17, tendonTop, tendonBottom), fibres));
        s.add(Structure.curved("Hyaline cartilage", Tissue.CARTILAGE, Outline.band(L, 7, tendonBottom, bone), bone));
        if (variant == Variant.TEAR) {
            s.add(Structure.of("Tear, filled with fluid", Tissue.FLUID, Outline.band(3, 8,
                    x -> bursaTop.applyAsDouble(x) + 0.3, bone)));
        }
        if (variant == Variant.CALCIFIC) {
            s.add(Structure.of("Calcium deposit", Tissue.CALCIFICATION, Outline.ellipse(1, 13.2, 2.2, 0.9)));
        }
        s.add(boneBelow("Humeral head", bone));
    }

    /**
     * The median nerve's cross-section at the tunnel: about 9 mm2 normally and about 17 mm2 in carpal tunnel syndrome
     * (Klauser 2009, source klauser-2009 in content/sources.yml: means 9.0 and 16.8 mm2); the ellipses give 9.1 and 17.0.
     */
    private static void carpalTunnel(List<Structure> s, Variant variant) {
        DoubleUnaryOperator roof = x -> 2.6 + 0.012 * x * x;
        s.add(fat(14));
        s.add(Structure.curved("Flexor retinaculum", Tissue.LIGAMENT,
                Outline.band(-15, 15, roof, x -> roof.applyAsDouble(x) + 0.9), roof));
        boolean swollen = variant == Variant.SWOLLEN_NERVE;
        s.add(Structure.of(swollen ? "Median nerve, swollen" : "Median nerve", Tissue.NERVE,
                swollen ? Outline.ellipse(-2, 5.3, 3.5, 1.55) : Outline.ellipse(-2, 4.9, 2.9, 1.0)).across());
        double[][] tendons = {{2.4, 6.3}, {6.2, 6.8}, {-5.4, 8.8}, {-1.6, 8.6}, {2.2, 8.9}, {6.0, 9.2},
            {-3.2, 11.2}, {0.8, 11.2}, {4.8, 11.4}};
        for (int i = 0; i < tendons.length; i++) {
            Structure t = Structure.of("Flexor tendons", Tissue.TENDON,
                    Outline.ellipse(tendons[i][0], tendons[i][1], 1.8, 1.15)).across();
            s.add(i == 0 ? t : t.unlabelled());
        }
        s.add(Structure.of("Flexor pollicis longus tendon", Tissue.TENDON, Outline.ellipse(-9, 9.3, 1.6, 1.2))
                .across());
        s.add(Structure.of("Scaphoid", Tissue.BONE, Outline.below(-25, -13, x -> 5 + 0.05 * (x + 19) * (x + 19),
                BOTTOM)));
        s.add(Structure.of("Pisiform", Tissue.BONE, Outline.below(13, 25, x -> 4.5 + 0.06 * (x - 19) * (x - 19),
                BOTTOM)));
        s.add(boneBelow("Carpal bones", x -> 13.6 + 0.01 * x * x));
    }

    private static void patellar(List<Structure> s, Variant variant) {
        s.add(fat(2.8));
        s.add(Structure.of("Infrapatellar (Hoffa) fat pad", Tissue.FAT, Outline.rect(L, 7, R, 40)));
        s.add(Structure.of("Patellar tendon", Tissue.TENDON, Outline.rect(-14, 2.8, R, 7)));
        if (variant == Variant.TENDINOSIS) {
            s.add(Structure.of("Swollen part of the tendon (tendinopathy)", Tissue.TENDINOSIS,
                    Outline.ellipse(-7, 5.6, 6.5, 2.9)));
        }
        s.add(Structure.of("Deep infrapatellar bursa", Tissue.FLUID, Outline.ellipse(10.5, 7.9, 2.4, 0.8)));
        s.add(Structure.of("Patella", Tissue.BONE, Outline.of(-25, 3.4, -13, 3.8, -9.5, 6.6, -11, BOTTOM,
                -25, BOTTOM)));
        s.add(Structure.of("Tibia", Tissue.BONE, Outline.below(12, R, x -> 8.4 + 0.35 * Math.max(0, 15 - x),
                BOTTOM)));
    }

    /**
     * The quadriceps tendon down to the kneecap's upper pole (the patella, on the right), and below it the pocket of
     * the joint above the kneecap. Sources for the layers: the quadriceps (suprapatellar) fat pad lies behind the
     * quadriceps tendon and in front of the suprapatellar recess (JBSR, doi:10.5334/jbr-btr.1148,
     * https://www.jbsr.be/articles/10.5334/jbr-btr.1148/); the prefemoral fat pad lies behind the recess, on the
     * femur (Eurorad case 13763, https://eurorad.org/eurorad/case.php?id=13763: "quadriceps (anterior
     * suprapatellar), prefemoral (posterior suprapatellar), and Hoffa (infrapatellar) fat pads"). Normally the
     * recess is collapsed to a thin line; an effusion distends it with black fluid, pushing the fat pads apart
     * (knee-ultrasound topic: "Extra fluid in a joint ... often shows up here").
     */
    private static void suprapatellar(List<Structure> s, Variant variant) {
        boolean effusion = variant == Variant.EFFUSION;
        DoubleUnaryOperator bump = x -> Math.max(0, 1 - (x / 17) * (x / 17));
        DoubleUnaryOperator recessTop = x -> 13.5 - (effusion ? 2.5 * bump.applyAsDouble(x) : 0);
        DoubleUnaryOperator recessBottom = x -> recessTop.applyAsDouble(x)
                + (effusion ? 0.7 + 5.5 * bump.applyAsDouble(x) : 0.7);
        DoubleUnaryOperator femur = x -> 21 - 0.003 * x * x;
        s.add(fat(3));
        s.add(Structure.of("Quadriceps muscle", Tissue.MUSCLE, Outline.rect(L, 8, R, 40), 8));
        s.add(Structure.of("Quadriceps tendon", Tissue.TENDON, Outline.rect(L, 3, 14, 8)));
        s.add(Structure.of("Quadriceps fat pad", Tissue.FAT, Outline.band(-4, 12.5, x -> 8,
                x -> 8 + (x + 4) / 16.5 * (recessTop.applyAsDouble(x) - 8))));
        s.add(Structure.of(effusion ? "Joint effusion (fluid in the suprapatellar recess)" : "Suprapatellar recess (a thin"
                + " line of fluid)", Tissue.FLUID, Outline.band(L, 12.5, recessTop, recessBottom)));
        s.add(Structure.of("Prefemoral fat pad", Tissue.FAT, Outline.band(L, R, x -> x > 12.5 ? 13.5
                : recessBottom.applyAsDouble(x), femur)));
        s.add(boneBelow("Femur", femur));
        s.add(Structure.of("Patella", Tissue.BONE, Outline.of(12, 9.5, 13.5, 5.6, 17, 4, R, 3.7, R, BOTTOM, 12,
                BOTTOM)));
    }

    private static void achilles(List<Structure> s, Variant variant, boolean shortAxis) {
        s.add(fat(2.2));
        s.add(Structure.of("Kager's fat pad", Tissue.FAT, Outline.rect(L, 8, R, 40)));
        s.add(Structure.of("Flexor hallucis longus muscle", Tissue.MUSCLE, Outline.rect(L, 21, 6, 40), 20));
        if (shortAxis) {
            s.add(Structure.of("Achilles tendon", variant == Variant.TENDINOSIS ? Tissue.TENDINOSIS : Tissue.TENDON,
                    Outline.ellipse(0, 5.2, 7.5, variant == Variant.TENDINOSIS ? 4.2 : 2.9)).across());
            s.add(boneBelow("Tibia", x -> 34 + 0.01 * x * x));
            return;
        }
        s.add(Structure.of("Achilles tendon", Tissue.TENDON, Outline.rect(L, 2.2, 14, 8)));
        if (variant == Variant.TENDINOSIS) {
            s.add(Structure.of("Swollen part of the tendon (tendinopathy)", Tissue.TENDINOSIS,
                    Outline.ellipse(-5, 5.6, 9, 3.6)));
        }
        if (variant == Variant.TEAR) {
            s.add(Structure.of("Tear gap, filled with fluid", Tissue.FLUID, Outline.of(-4, 2.4, 2.5, 2.4, 3.5, 8.2,
                    -5, 8.2)));
        }
        s.add(Structure.of("Retrocalcaneal bursa", Tissue.FLUID, Outline.of(6.5, 8.2, 11, 8.2, 9.8, 10.4)));
        s.add(Structure.of("Calcaneus", Tissue.BONE, Outline.of(9, 14, 12.5, 8.6, 16, 7.4, R, 7.0, R, BOTTOM, 9,
                BOTTOM)));
    }

    private static void hip(List<Structure> s, Variant variant) {
        DoubleUnaryOperator head = x -> 46 - Math.sqrt(Math.max(0, 324 - (x + 12) * (x + 12)));
        DoubleUnaryOperator bone = x -> x < -2 ? head.applyAsDouble(x) : 31.0 + 0.05 * (x + 2);
        double recess = variant == Variant.EFFUSION ? 6 : 0;
        DoubleUnaryOperator capsuleBottom = x -> x < -2 ? head.applyAsDouble(x) - 1.5 - recess * Math.max(0,
                1 + (x + 2) / 8) : bone.applyAsDouble(x) - recess;
        DoubleUnaryOperator capsuleTop = x -> capsuleBottom.applyAsDouble(x) - 2.5;
        s.add(fat(9));
        s.add(Structure.of("Iliopsoas muscle", Tissue.MUSCLE, Outline.rect(L, 9, R, 45), 18));
        s.add(Structure.curved("Joint capsule", Tissue.LIGAMENT, Outline.band(L, R, capsuleTop, capsuleBottom),
                capsuleBottom));
        if (variant == Variant.EFFUSION) {
            s.add(Structure.of("Joint effusion (fluid in the anterior recess)", Tissue.FLUID,
                    Outline.band(-10, R, capsuleBottom, bone)));
        }
        s.add(Structure.of("Hyaline cartilage", Tissue.CARTILAGE,
                Outline.band(L, -2, x -> head.applyAsDouble(x) - 1.5, head)));
        s.add(Structure.of("Femoral head", Tissue.BONE, Outline.below(L, -2, head, BOTTOM)));
        s.add(Structure.of("Femoral neck", Tissue.BONE, Outline.below(-2, R, bone, BOTTOM)));
    }

    private static void commonExtensor(List<Structure> s, Variant variant) {
        DoubleUnaryOperator capitellum = x -> 21.5 - Math.sqrt(Math.max(0, 100 - (x + 1) * (x + 1)));
        s.add(fat(2.5));
        s.add(Structure.of("Extensor muscles", Tissue.MUSCLE, Outline.rect(L, 2.5, R, 40), 6));
        s.add(Structure.of("Radial collateral ligament", Tissue.LIGAMENT, Outline.rect(-6, 7.6, 14, 9.6)));
        s.add(Structure.of("Common extensor tendon", Tissue.TENDON, Outline.of(L, 2.5, 10, 2.5, 14, 5, 10, 7.6,
                -6, 7.6, -6, 12, L, 5)));
        if (variant == Variant.TENDINOSIS) {
            s.add(Structure.of("Swollen tendon origin (tendinopathy)", Tissue.TENDINOSIS,
                    Outline.ellipse(-9, 5.5, 5.5, 2.6)));
        }
        s.add(Structure.of("Lateral epicondyle", Tissue.BONE, Outline.below(L, -5,
                x -> 5.8 + 0.33 * (x + 25) - 2, BOTTOM)));
        s.add(Structure.curved("Hyaline cartilage", Tissue.CARTILAGE,
                Outline.band(-5, 3, x -> capitellum.applyAsDouble(x) - 0.9, capitellum), capitellum));
        s.add(Structure.of("Capitellum", Tissue.BONE, Outline.below(-5, 3, capitellum, BOTTOM)));
        s.add(Structure.of("Radial head", Tissue.BONE, Outline.below(4.5, R, x -> 13.4, BOTTOM)));
    }
}

package org.mskguide.sonogram;

/**
 * The tissues a phantom is made of, with the acoustic numbers the simulator uses.
 *
 * <p>Attenuation is one-way, in dB per cm per MHz (the echo pays it twice). Sources, one per value:
 * <ul>
 * <li>[T4] Table 4 "Attenuation coefficients of various media or tissues", Diagnostics 2023;13(5):855,
 * doi:10.3390/diagnostics13050855, https://pmc.ncbi.nlm.nih.gov/articles/PMC10001275/table/diagnostics-13-00855-t004
 * (water 0.0022, skin 0.35, adipose 0.63, skeletal muscle 0.96 across the fibres, connective tissue 1.57,
 * bone 15).</li>
 * <li>[SOFT] soft tissue on average about 0.5 dB/cm/MHz: /work/shared/facts.md ("standard physics; the PALNI open
 * textbook"); used where no tissue-specific value was found (nerve, hyaline cartilage).</li>
 * </ul>
 * Acoustic impedance in MRayl, from the same notes (fat 1.38, soft tissue 1.63, muscle 1.70, bone 7.8; facts.md:
 * "impedances about 1.6 vs 7.8 MRayl" at a soft-tissue/bone interface) and water 1.46 (Table A2, Sensors
 * 2023;23:5942, https://pmc.ncbi.nlm.nih.gov/articles/PMC10346919/table/sensors-23-05942-t0A2).
 *
 * <p>Backscatter is the diffuse (speckle) echo level in dB relative to muscle. These are model choices, not measured
 * values: they reproduce the brightness order every MSK text teaches (bone surface, then tendon square to the beam,
 * then muscle, then fluid, which is black).
 */
public enum Tissue {

    /** Epidermis and dermis: a thin bright band at the top. Attenuation 0.35 [T4 skin]. */
    SKIN("skin", 6, 0.35, 1.63, Texture.SPECKLE),
    /** Subcutaneous fat: dark, crossed by thin bright septa. Attenuation 0.63 [T4 adipose]. */
    FAT("fat", -8, 0.63, 1.38, Texture.FAT),
    /** Muscle: dark speckle with bright fibro-adipose septa. Attenuation 0.96 [T4 skeletal muscle, across fibres]. */
    MUSCLE("muscle", -2, 0.96, 1.70, Texture.SEPTA),
    /** Tendon: tightly packed parallel fibrils, bright only when square to the beam. 1.57 [T4 connective tissue]. */
    TENDON("tendon", -5, 1.57, 1.63, Texture.FIBRILLAR),
    /** Ligament: like tendon, more compact and less regular. 1.57 [T4 connective tissue]. */
    LIGAMENT("ligament", -3, 1.57, 1.63, Texture.FIBRILLAR),
    /** Swollen, hypoechoic tendon (tendinopathy): fibrils weak and broken. 1.57 [T4 connective tissue]. */
    TENDINOSIS("swollen tendon", -12, 1.57, 1.63, Texture.WEAK_FIBRILLAR),
    /** Peripheral nerve: dark fascicles in bright connective tissue (honeycomb). 0.5 [SOFT]. */
    NERVE("nerve", -4, 0.5, 1.63, Texture.FASCICULAR),
    /** Simple fluid (bursa, effusion, tear gap): no scatterers, almost no attenuation. 0.0022 [T4 water]. */
    FLUID("fluid", -50, 0.0022, 1.46, Texture.NONE),
    /** Hyaline cartilage: a uniform black band over bone. 0.5 [SOFT]. */
    CARTILAGE("hyaline cartilage", -40, 0.5, 1.63, Texture.NONE),
    /** Cortical bone: a bright surface, then nothing. 15 [T4 bone]. */
    BONE("bone", -10, 15, 7.8, Texture.SPECKLE),
    /** Calcium deposit in a tendon: bright, treated as bone for attenuation and impedance (an assumption). */
    CALCIFICATION("calcification", 14, 15, 7.8, Texture.SPECKLE);

    /** How the scatterers of a tissue are arranged, beyond plain random speckle. */
    public enum Texture {
        SPECKLE, FAT, SEPTA, FIBRILLAR, WEAK_FIBRILLAR, FASCICULAR, NONE
    }

    private final String words;
    private final double backscatterDb;
    private final double attenuation;
    private final double impedance;
    private final Texture texture;

    Tissue(String words, double backscatterDb, double attenuation, double impedance, Texture texture) {
        this.words = words;
        this.backscatterDb = backscatterDb;
        this.attenuation = attenuation;
        this.impedance = impedance;
        this.texture = texture;
    }

    /** The tissue in plain words, e.g. {@code "hyaline cartilage"}. */
    public String words() {
        return words;
    }

    /** Diffuse echo level relative to muscle, dB. */
    public double backscatterDb() {
        return backscatterDb;
    }

    /** One-way attenuation, dB/cm/MHz. */
    public double attenuation() {
        return attenuation;
    }

    /** Acoustic impedance, MRayl. */
    public double impedance() {
        return impedance;
    }

    public Texture texture() {
        return texture;
    }

    /** Bone and calcium: their attenuation is a shadow, which the automatic time-gain compensation must ignore. */
    boolean shadows() {
        return attenuation > 5;
    }
}

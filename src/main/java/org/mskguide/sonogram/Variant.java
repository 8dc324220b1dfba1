package org.mskguide.sonogram;

import java.util.Locale;

/** Normal, or one of the abnormal states a view can show. */
public enum Variant {
    NORMAL("normal"),
    EFFUSION("joint effusion"),
    BURSITIS("bursitis"),
    TEAR("full-thickness tear"),
    CALCIFIC("calcific tendinopathy"),
    TENDINOSIS("swollen, hypoechoic tendon (tendinopathy)"),
    SWOLLEN_NERVE("swollen median nerve (carpal tunnel syndrome)");

    private final String words;

    Variant(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The address form, e.g. {@code "calcific"} or {@code "swollen-nerve"}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

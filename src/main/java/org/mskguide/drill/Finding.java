package org.mskguide.drill;

import java.util.Locale;

/** What a "classify it" image shows: the five answers a round offers, in the order they are offered. */
public enum Finding {
    NORMAL("Normal"),
    ANISOTROPY("Anisotropy (a normal tendon made dark by the beam's angle)"),
    FLUID("Fluid"),
    TEAR("Tear"),
    CALCIFICATION("Calcification");

    private final String words;

    Finding(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The address form, e.g. {@code anisotropy}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The finding for an address value, or null. */
    public static Finding of(String param) {
        for (Finding f : values()) {
            if (f.param().equals(param)) {
                return f;
            }
        }
        return null;
    }
}

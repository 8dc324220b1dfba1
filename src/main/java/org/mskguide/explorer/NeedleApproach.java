package org.mskguide.explorer;

import java.util.Arrays;
import java.util.Optional;

/** How the needle meets the ultrasound beam's thin slice. {@link #param()} is the value in the URL. */
public enum NeedleApproach {

    IN_PLANE("in-plane", "In plane"),
    OUT_OF_PLANE("out-of-plane", "Out of plane");

    private final String param;
    private final String label;

    NeedleApproach(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** {@code fromParam("out-of-plane")} is {@link #OUT_OF_PLANE}; anything else is empty. */
    static Optional<NeedleApproach> fromParam(String value) {
        return Arrays.stream(values()).filter(a -> a.param.equals(value)).findFirst();
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }
}

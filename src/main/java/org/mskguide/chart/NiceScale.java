package org.mskguide.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from 0 to a "nice" maximum, with ticks at a nice step: 1, 2, 2.5 or 5 times a power of ten. The
 * maximum is the smallest multiple of the step at or above the largest value, so the top tick always shows.
 * <p>
 * Example: {@code NiceScale.upTo(150, 5, true)} has step 50 and ticks 0, 50, 100, 150;
 * {@code NiceScale.upTo(1, 6, false)} (shares) has step 0.2 and ticks 0, 0.2 ... 1.
 *
 * @param max  the value at the far end of the axis (the last tick)
 * @param step the distance between ticks
 */
public record NiceScale(double max, double step) {

    private static final double[] MANTISSAS = { 1, 2, 2.5, 5, 10 };

    public NiceScale {
        if (!(step > 0) || !(max >= step)) {
            throw new IllegalArgumentException("A scale needs a positive step and a maximum of at least one step");
        }
    }

    /**
     * The scale for values from 0 to {@code largest}.
     *
     * @param largest  the largest value to show (0 or less gives a scale of one step)
     * @param maxTicks the most ticks wanted, counting the one at 0 (at least 2)
     * @param integers true when only whole numbers make sense (counts): the step is then a whole number
     */
    public static NiceScale upTo(double largest, int maxTicks, boolean integers) {
        if (maxTicks < 2) {
            throw new IllegalArgumentException("At least two ticks: 0 and the maximum");
        }
        double top = largest > 0 ? largest : 1;
        double rough = top / (maxTicks - 1);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = 0;
        for (double mantissa : MANTISSAS) {
            double candidate = mantissa * power;
            if (candidate >= rough * (1 - 1e-9) && !(integers && candidate != Math.rint(candidate))) {
                step = candidate;
                break;
            }
        }
        if (step == 0 || integers && step < 1) {
            step = integers ? Math.max(1, Math.ceil(rough)) : 10 * power;
        }
        // Rounding noise (0.1 + 0.2) must not add a tick: compare with a small tolerance.
        double steps = Math.ceil(top / step - 1e-9);
        return new NiceScale(clean(Math.max(1, steps) * step), step);
    }

    /** Tick values from 0 to {@link #max}, in order. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(max / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(clean(i * step));
        }
        return ticks;
    }

    /** Where {@code value} lies between 0 (at 0) and 1 (at {@link #max}); values outside are clamped. */
    public double fraction(double value) {
        return Math.max(0, Math.min(1, value / max));
    }

    /** Maps {@code value} onto the span from {@code start} (value 0) to {@code end} (value {@link #max}). */
    public double at(double value, double start, double end) {
        return start + fraction(value) * (end - start);
    }

    /** Drops floating-point noise: 0.30000000000000004 becomes 0.3. */
    private static double clean(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}

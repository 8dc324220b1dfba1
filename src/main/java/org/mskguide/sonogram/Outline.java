package org.mskguide.sonogram;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A closed polygon in millimetres: x across the transducer (0 at its centre), z down from the skin. Phantoms are
 * built from these; the same outlines fill the image and become the structure map, so the two cannot disagree.
 */
public record Outline(double[] xs, double[] zs) {

    /** Step, mm, at which curved edges are sampled. */
    static final double STEP = 0.5;

    public Outline {
        if (xs.length != zs.length || xs.length < 3) {
            throw new IllegalArgumentException("An outline needs three or more points");
        }
        xs = xs.clone();
        zs = zs.clone();
    }

    /** E.g. {@code rect(-20, 0, 20, 1.5)} for the skin across the whole image. */
    public static Outline rect(double x0, double z0, double x1, double z1) {
        return new Outline(new double[] {x0, x1, x1, x0}, new double[] {z0, z0, z1, z1});
    }

    /** An ellipse centred at {@code (cx, cz)}, e.g. a nerve or a tendon cut across. */
    public static Outline ellipse(double cx, double cz, double rx, double rz) {
        int n = 40;
        double[] xs = new double[n];
        double[] zs = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            xs[i] = cx + rx * Math.cos(a);
            zs[i] = cz + rz * Math.sin(a);
        }
        return new Outline(xs, zs);
    }

    /** The region between two curves {@code top(x)} and {@code bottom(x)} from {@code x0} to {@code x1}. */
    public static Outline band(double x0, double x1, DoubleUnaryOperator top, DoubleUnaryOperator bottom) {
        int n = Math.max(2, (int) Math.ceil((x1 - x0) / STEP) + 1);
        double[] xs = new double[2 * n];
        double[] zs = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double x = x0 + (x1 - x0) * i / (n - 1);
            xs[i] = x;
            zs[i] = top.applyAsDouble(x);
            xs[2 * n - 1 - i] = x;
            zs[2 * n - 1 - i] = bottom.applyAsDouble(x);
        }
        return new Outline(xs, zs);
    }

    /** Everything below {@code top(x)} down to {@code bottom} mm, e.g. a bone and its shadowed inside. */
    public static Outline below(double x0, double x1, DoubleUnaryOperator top, double bottom) {
        return band(x0, x1, top, x -> bottom);
    }

    /** A polygon through the given {@code x, z} pairs. */
    public static Outline of(double... xz) {
        double[] xs = new double[xz.length / 2];
        double[] zs = new double[xz.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xz[2 * i];
            zs[i] = xz[2 * i + 1];
        }
        return new Outline(xs, zs);
    }

    public int size() {
        return xs.length;
    }

    /** Shallowest z of the outline. */
    public double top() {
        return Arrays.stream(zs).min().orElseThrow();
    }

    public double centreX() {
        return (Arrays.stream(xs).min().orElseThrow() + Arrays.stream(xs).max().orElseThrow()) / 2;
    }
}

package org.mskguide.sonogram;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A phantom laid onto the pixel grid of one frame: which structure fills each pixel, the diffuse scatterer field,
 * the specular reflectors (tendon fibrils, septa, interfaces, the needle) and the extra loss behind interfaces.
 * None of this depends on frequency, focus, gain or tilt, so one layout serves every setting of those controls.
 *
 * <p>Scatterers are stored already summed per pixel: many random scatterers in a resolution cell add up to a
 * complex Gaussian amplitude (the central limit theorem), which is what makes fully developed speckle. Specular
 * reflectors keep one phase along their length, so they stay coherent lines after the point-spread function.
 */
final class Layout {

    /** How a specular reflector's echo falls with its angle to the beam (see {@link #lobe}). */
    static final byte FIBRIL = 0;
    static final byte SEPTUM = 1;
    static final byte INTERFACE = 2;
    static final byte NEEDLE = 3;
    static final byte FASCICLE = 4;
    static final byte ISOTROPIC = 5;
    static final byte LIGAMENT_FIBRIL = 6;

    /** Specular echo of a perfect reflector (r = 1) square to the beam, relative to muscle speckle (linear). */
    static final double SPECULAR = 90;
    /** Tendon fibrils: spacing of the bright lines, mm, and length of their unbroken pieces, mm. */
    static final double FIBRIL_SPACING = 0.3;
    static final double FIBRIL_PIECE = 1.2;

    final Frame frame;
    final int w;
    final int h;
    /** Structure index (into {@link #structures}) per pixel, row-major; -1 where no structure lies. */
    final short[] structureAt;
    final List<Structure> structures;
    final float[] re;
    final float[] im;
    final float[] noiseRe;
    final float[] noiseIm;
    /** Extra round-trip loss, dB, at interfaces and the needle (transmission). */
    final float[] lossDb;
    private final Specular specular = new Specular();

    Layout(Phantom phantom, Frame frame, long seed) {
        this.frame = frame;
        this.w = frame.width();
        this.h = frame.height();
        this.structures = phantom.structures();
        this.structureAt = new short[w * h];
        Arrays.fill(structureAt, (short) -1);
        for (int i = 0; i < structures.size(); i++) {
            fill(structures.get(i).outline(), (short) i);
        }
        this.re = new float[w * h];
        this.im = new float[w * h];
        this.noiseRe = new float[w * h];
        this.noiseIm = new float[w * h];
        this.lossDb = new float[w * h];
        SplittableRandom random = new SplittableRandom(seed);
        scatter(random, seed);
        interfaces();
        if (phantom.needle() != null) {
            needle(phantom.needle());
        }
        for (int i = 0; i < w * h; i++) {
            // Receiver noise is fixed per frame so that images, and tests, repeat exactly.
            noiseRe[i] = (float) (random.nextGaussian() * Math.sqrt(0.5));
            noiseIm[i] = (float) (random.nextGaussian() * Math.sqrt(0.5));
        }
    }

    Tissue tissue(int index) {
        short s = structureAt[index];
        return s < 0 ? Tissue.FAT : structures.get(s).tissue();
    }

    Specular specular() {
        return specular;
    }

    /** Scanline fill at pixel centres (even-odd rule). */
    private void fill(Outline outline, short value) {
        double[] xs = outline.xs();
        double[] zs = outline.zs();
        int n = xs.length;
        double[] cross = new double[n];
        for (int row = 0; row < h; row++) {
            double z = frame.z(row);
            int count = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                if ((zs[i] > z) != (zs[j] > z)) {
                    cross[count++] = xs[i] + (z - zs[i]) / (zs[j] - zs[i]) * (xs[j] - xs[i]);
                }
            }
            Arrays.sort(cross, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                int from = Math.max(0, (int) Math.ceil(column(cross[k]) - 0.5));
                int to = Math.min(w - 1, (int) Math.floor(column(cross[k + 1]) - 0.5));
                for (int c = from; c <= to; c++) {
                    structureAt[row * w + c] = value;
                }
            }
        }
    }

    private double column(double xMm) {
        return (xMm + Frame.PROBE_MM / 2) / frame.mmPerPixel();
    }

    /** The diffuse field and each tissue's texture. */
    private void scatter(SplittableRandom random, long seed) {
        double s = frame.mmPerPixel();
        for (int row = 0; row < h; row++) {
            double z = frame.z(row);
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                double x = frame.x(col);
                short si = structureAt[i];
                Structure st = si < 0 ? null : structures.get(si);
                Tissue t = st == null ? Tissue.FAT : st.tissue();
                double amp = Math.pow(10, t.backscatterDb() / 20);
                double g1 = random.nextGaussian();
                double g2 = random.nextGaussian();
                double u = st == null ? z : z - st.guide().applyAsDouble(x);
                double angle = st == null ? 0 : st.fibreDeg(x);
                double v = x;
                double du = s;
                boolean along = st == null || st.longAxis();
                switch (t.texture()) {
                    case FIBRILLAR, WEAK_FIBRILLAR -> {
                        double strength = t.texture() == Tissue.Texture.FIBRILLAR ? 1 : 0.3;
                        double gaps = t.texture() == Tissue.Texture.FIBRILLAR ? 0.25 : 0.6;
                        byte lobe = t == Tissue.LIGAMENT ? LIGAMENT_FIBRIL : FIBRIL;
                        if (along) {
                            lines(i, u, v, du, FIBRIL_SPACING, FIBRIL_PIECE, gaps, strength * 0.08, angle, lobe,
                                    seed);
                        } else if (hash01(seed, i, 11) < 0.15) {
                            specular.add(i, strength * 0.09 * (0.4 + 0.6 * hash01(seed, i, 12)),
                                    hash01(seed, i, 13), angle, lobe);
                        }
                    }
                    case SEPTA -> {
                        if (along) {
                            double warped = u + 0.15 * Math.sin(0.3 * v) + 0.08 * Math.sin(1.1 * v + 1);
                            lines(i, warped, v, du, 2.2, 4, 0.35, 0.045, angle, SEPTUM, seed);
                        } else if (hash01(seed, i, 21) < 0.012) {
                            specular.add(i, 0.08, hash01(seed, i, 22), 0, SEPTUM);
                        }
                    }
                    case FAT -> {
                        double warped = z + 0.5 * Math.sin(0.5 * x + 0.9 * Math.floor(z / 1.4));
                        lines(i, warped, x, s, 1.4, 3, 0.45, 0.05, 0, SEPTUM, seed);
                    }
                    case FASCICULAR -> amp *= fascicles(i, x, z, u, along, seed);
                    default -> {
                    }
                }
                re[i] = (float) (amp * g1 * Math.sqrt(0.5));
                im[i] = (float) (amp * g2 * Math.sqrt(0.5));
            }
        }
    }

    /**
     * Parallel specular lines across coordinate {@code u} every {@code spacing} mm, broken into pieces of about
     * {@code piece} mm along {@code v}; a fraction {@code gaps} of pieces is missing. A pixel holds line k when
     * {@code u} crosses k * spacing inside it, so each line is one pixel thick at any angle up to 45 degrees.
     */
    private void lines(int i, double u, double v, double du, double spacing, double piece, double gaps,
            double strength, double angle, byte lobe, long seed) {
        double a = Math.floor((u - du / 2) / spacing);
        double b = Math.floor((u + du / 2) / spacing);
        if (a == b) {
            return;
        }
        long k = (long) b;
        long m = (long) Math.floor((v + piece * hash01(seed, k, 1)) / piece);
        double pick = hash01(seed, k * 7919 + m, 2);
        if (pick < gaps) {
            return;
        }
        specular.add(i, strength * (0.35 + 0.65 * hash01(seed, k * 104729 + m, 3)), hash01(seed, k, m), angle,
                lobe);
    }

    /** Nerve: dark fascicles in bright connective tissue; a honeycomb across, stripes along. */
    private double fascicles(int i, double x, double z, double u, boolean along, long seed) {
        if (along) {
            double f = u / 0.7 - Math.floor(u / 0.7);
            if (f > 0.62 && f < 0.62 + frame.mmPerPixel() / 0.7) {
                specular.add(i, 0.25, hash01(seed, (long) Math.floor(u / 0.7), 31), 0, FASCICLE);
            }
            return f < 0.62 ? 0.35 : 1.8;
        }
        double pitch = 0.8;
        double row = Math.floor(z / (pitch * 0.87));
        double shift = (((long) row) & 1) == 0 ? 0 : pitch / 2;
        double cx = (Math.floor((x - shift) / pitch) + 0.5) * pitch + shift;
        double cz = (row + 0.5) * pitch * 0.87;
        long cell = (long) row * 1000 + (long) Math.floor((x - shift) / pitch);
        double r = pitch * (0.28 + 0.12 * hash01(seed, cell, 41));
        double dx = x - cx - 0.1 * (hash01(seed, cell, 42) - 0.5);
        double dz = z - cz;
        return dx * dx + dz * dz < r * r ? 0.3 : 1.9;
    }

    /**
     * A specular echo where the impedance changes going down a column, with amplitude reflection coefficient
     * r = |Z2 - Z1| / (Z2 + Z1); the energy that goes on is reduced by (1 - r^2) each way.
     */
    private void interfaces() {
        for (int row = 1; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                if (structureAt[i] == structureAt[i - w]) {
                    continue;
                }
                double z1 = tissue(i - w).impedance();
                double z2 = tissue(i).impedance();
                double r = Math.abs(z2 - z1) / (z2 + z1);
                if (r < 0.005) {
                    continue;
                }
                specular.add(i, r, 0.25, slope(col, row), INTERFACE);
                lossDb[i] += (float) (-20 * Math.log10(1 - r * r));
            }
        }
    }

    /** The local angle of the boundary at a pixel, degrees, from where the same boundary lies a few columns away. */
    private double slope(int col, int row) {
        short below = structureAt[row * w + col];
        int reach = 4;
        int left = boundaryRow(Math.max(0, col - reach), row, below);
        int right = boundaryRow(Math.min(w - 1, col + reach), row, below);
        int dc = Math.min(w - 1, col + reach) - Math.max(0, col - reach);
        if (left < 0 || right < 0 || dc == 0) {
            return 0;
        }
        return Math.toDegrees(Math.atan2(right - left, dc));
    }

    private int boundaryRow(int col, int row, short below) {
        for (int d = 0; d <= 10; d++) {
            for (int r : new int[] {row - d, row + d}) {
                if (r >= 1 && r < h && structureAt[r * w + col] == below && structureAt[(r - 1) * w + col] != below) {
                    return r;
                }
            }
        }
        return -1;
    }

    /**
     * Steel is a near-perfect reflector (45 vs 1.63 MRayl, r = 0.93). Its echo is specular, so it fades as the
     * needle steepens; the sound bouncing between its walls returns as evenly spaced echoes below it
     * (reverberation, a "comet tail"). The beam is wider than the needle, so only part of it is blocked: a light
     * shadow (8 dB, a model choice).
     */
    private void needle(Needle needle) {
        double s = frame.mmPerPixel();
        double r = (45 - 1.63) / (45 + 1.63);
        double beta = needle.angleDeg();
        double chord = needle.inPlane() ? needle.diameterMm() / Math.cos(Math.toRadians(beta)) : needle.diameterMm();
        double tan = Math.tan(Math.toRadians(beta));
        int tipCol = (int) Math.floor(column(needle.tipX()));
        for (int col = 0; col < w; col++) {
            double x = frame.x(col);
            double top;
            if (needle.inPlane()) {
                if (col > tipCol) {
                    continue;
                }
                top = needle.tipDepth() - (needle.tipX() - x) * tan - chord / 2;
            } else {
                double dx = x - needle.tipX();
                double radius = needle.diameterMm() / 2;
                if (Math.abs(dx) > radius) {
                    continue;
                }
                top = needle.tipDepth() - Math.sqrt(radius * radius - dx * dx);
            }
            int row = (int) Math.floor(top / s);
            if (row < 0 || row >= h) {
                continue;
            }
            for (int n = 0; n < 8; n++) {
                int rr = (int) Math.floor((top + n * chord) / s);
                if (rr < h) {
                    specular.add(rr * w + col, r * Math.pow(0.55, n), 0.1 * n, beta, NEEDLE);
                }
            }
            lossDb[row * w + col] += 8;
        }
        int tipRow = (int) Math.floor(needle.tipDepth() / s);
        if (tipRow >= 0 && tipRow < h && tipCol >= 0 && tipCol < w) {
            // The bevel scatters in all directions, so the tip shows at any angle.
            specular.add(tipRow * w + tipCol, 0.15, 0, 0, ISOTROPIC);
        }
    }

    /**
     * Relative echo of a specular reflector whose normal is {@code deg} degrees off the beam. Fibrils: a narrow
     * lobe (most of the echo gone within about 2 degrees) plus a broader weak one, which reproduces Crass 1988
     * (Radiology 167:499): tendon brighter than muscle square-on, isoechoic at 2-7 degrees, hypoechoic beyond.
     * Ligament fibres are less regular, so their lobe is wider (a model choice). Muscle septa, fascicles and
     * interfaces are rougher, so their lobes are wide (Crass: muscle looked the same at
     * every angle).
     */
    static double lobe(byte kind, double deg) {
        double d2 = deg * deg;
        return switch (kind) {
            case FIBRIL -> 0.8 * Math.exp(-d2 / (2 * 1.0 * 1.0)) + 0.2 * Math.exp(-d2 / (2 * 5.5 * 5.5));
            case LIGAMENT_FIBRIL -> 0.6 * Math.exp(-d2 / (2 * 3.0 * 3.0)) + 0.4 * Math.exp(-d2 / (2 * 8.0 * 8.0));
            case SEPTUM -> Math.exp(-d2 / (2 * 20.0 * 20.0));
            case INTERFACE -> Math.exp(-d2 / (2 * 12.0 * 12.0));
            case NEEDLE -> 0.9 * Math.exp(-d2 / (2 * 10.0 * 10.0)) + 0.1 * Math.exp(-d2 / (2 * 35.0 * 35.0));
            case FASCICLE -> Math.exp(-d2 / (2 * 8.0 * 8.0));
            default -> 1;
        };
    }

    /** Deterministic uniform number in [0, 1) from the seed and two integers. */
    static double hash01(long seed, long a, long b) {
        long x = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        x *= 0x7FB5D329728EA185L;
        x ^= x >>> 27;
        x *= 0x81DADEF4BC2DD44DL;
        x ^= x >>> 33;
        return (x >>> 11) * 0x1.0p-53;
    }

    /** The specular reflectors, as parallel arrays (tens of thousands of them in a tendon). */
    static final class Specular {
        int size;
        int[] index = new int[4096];
        float[] amplitude = new float[4096];
        float[] cos = new float[4096];
        float[] sin = new float[4096];
        float[] angle = new float[4096];
        byte[] kind = new byte[4096];

        void add(int i, double amp, double phase01, double angleDeg, byte lobe) {
            if (size == index.length) {
                int n = size * 2;
                index = Arrays.copyOf(index, n);
                amplitude = Arrays.copyOf(amplitude, n);
                cos = Arrays.copyOf(cos, n);
                sin = Arrays.copyOf(sin, n);
                angle = Arrays.copyOf(angle, n);
                kind = Arrays.copyOf(kind, n);
            }
            double ph = 2 * Math.PI * phase01;
            index[size] = i;
            amplitude[size] = (float) (amp * SPECULAR);
            cos[size] = (float) Math.cos(ph);
            sin[size] = (float) Math.sin(ph);
            angle[size] = (float) angleDeg;
            kind[size] = lobe;
            size++;
        }
    }
}

package org.mskguide.sonogram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forms a B-mode image from a phantom the way a scanner does (the convolution model of Bamber and Dickinson, 1980):
 * scatterers, attenuated on the way down and back, convolved with the system's point-spread function (PSF), then
 * envelope, time-gain compensation, gain, log compression to 8-bit grey.
 *
 * <p><b>PSF.</b> The transmitted pulse is a Gaussian-windowed cosine at the centre frequency, about two cycles long.
 * Its analytic signal is the same Gaussian times a complex exponential, so the simulator works directly on the
 * complex (quadrature-demodulated) echo, as a scanner's demodulator does: each scatterer carries its phase, the
 * axial PSF is the Gaussian envelope (full width at half maximum half the pulse length, so it scales with the
 * wavelength), and the envelope is the magnitude. That gives the same envelope as RF followed by Hilbert-transform
 * detection, at a fraction of the samples. Laterally the PSF is a Gaussian whose full width at the focus is
 * wavelength x F-number (focal depth / aperture), widening away from the focus like a focused beam. The PSF is
 * separable, so it is applied as two one-dimensional passes.
 *
 * <p><b>Attenuation and TGC.</b> Each tissue attenuates at its own rate ({@link Tissue}); the time-gain
 * compensation follows the average attenuation of the soft tissue at each depth across the image, like a scanner's
 * automatic TGC. So bone and calcium leave a shadow, and fluid, which attenuates less than its neighbours, leaves
 * posterior enhancement. Receiver noise is added after attenuation and amplified by the TGC like the echoes, so
 * deep echoes sink into it sooner at higher frequency.
 *
 * <p>Thread-safe. Layouts (the phantom on a frame) are cached by phantom, depth and seed.
 */
public final class Simulator {

    /** Receiver noise, dB relative to the muscle echo before attenuation. Chosen so that penetration in muscle is
     * close to the rule of thumb "penetration (cm) = 40 / frequency (MHz)" (radiologyweb.org physics notes,
     * https://www.radiologyweb.org/Physics_Data/Physics/177_Physics.htm): 2 x 0.96 dB/cm/MHz x 40 cm MHz = 77 dB;
     * 80 dB puts it a little deeper, so that shadows stay black at the depths the pictures use. */
    static final double NOISE_DB = -80;
    /** Displayed dynamic range: 60 dB of echo mapped to 0-255 grey. */
    static final double DYNAMIC_RANGE_DB = 60;
    /** The echo level (dB) shown as black at zero gain; muscle speckle then sits in the dark greys. */
    static final double BLACK_DB = -18;
    /** The most the automatic TGC adds: the noise then stays 6 dB below black at zero gain. */
    static final double MAX_TGC_DB = -NOISE_DB + BLACK_DB - 6;
    /** Aperture of the transducer in the image plane, mm; with the focus it sets the F-number. */
    static final double APERTURE_MM = 6;
    /** Pulse length in cycles. */
    static final double CYCLES = 2;
    /** Grey levels are kept in steps of 4 (64 levels): the eye cannot tell on speckle, and it keeps PNGs small. */
    static final int QUANT = ~3;
    private static final int CACHE = 12;

    private final Map<String, Layout> layouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
            return size() > CACHE;
        }
    };

    /** Renders one image. */
    public Sonogram render(Phantom phantom, Scan scan) {
        Frame frame = Frame.forDepth(scan.depthMm());
        Layout layout = layout(phantom, frame, scan.seed());
        int w = layout.w;
        int h = layout.h;
        double f = scan.frequencyMHz();
        float[] re = layout.re.clone();
        float[] im = layout.im.clone();
        addSpecular(layout, scan.tiltDeg(), re, im);
        double[] tgcDb = attenuate(layout, f, re, im);
        double s = frame.mmPerPixel();
        axial(re, im, w, h, axialSigmaPx(scan, s));
        lateral(re, im, w, h, scan, frame);
        double noise = Math.pow(10, NOISE_DB / 20);
        float[] envelope = new float[w * h];
        double[] noiseFloor = new double[h];
        byte[] grey = new byte[Frame.CANVAS_WIDTH * Frame.CANVAS_HEIGHT];
        double scale = 255 / DYNAMIC_RANGE_DB;
        for (int row = 0; row < h; row++) {
            double gainDb = tgcDb[row] + scan.gainDb();
            double rowGain = Math.pow(10, gainDb / 20);
            noiseFloor[row] = noise * rowGain;
            int out = (row + frame.top()) * Frame.CANVAS_WIDTH + frame.left();
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                double a = re[i] + noise * layout.noiseRe[i];
                double b = im[i] + noise * layout.noiseIm[i];
                double power = a * a + b * b;
                envelope[i] = (float) (Math.sqrt(power) * rowGain);
                double db = 10 * Math.log10(power + 1e-30) + gainDb;
                double g = (db - BLACK_DB) * scale;
                grey[out + col] = (byte) (g <= 0 ? 0 : g >= 255 ? 252 : ((int) g) & QUANT);
            }
        }
        Marks.draw(grey, frame, scan);
        return new Sonogram(phantom, scan, frame, grey, envelope, noiseFloor, layout.structureAt, layout.structures);
    }

    private Layout layout(Phantom phantom, Frame frame, long seed) {
        String key = phantom.key() + "|" + frame.height() + "x" + frame.width() + "|" + seed;
        synchronized (layouts) {
            Layout cached = layouts.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Layout built = new Layout(phantom, frame, seed);
        synchronized (layouts) {
            layouts.put(key, built);
        }
        return built;
    }

    /** Specular echoes weighted by their angle to the beam; the tilt adds to every reflector's angle. */
    private static void addSpecular(Layout layout, double tilt, float[] re, float[] im) {
        Layout.Specular sp = layout.specular();
        byte lastKind = -1;
        float lastAngle = Float.NaN;
        double weight = 0;
        for (int k = 0; k < sp.size; k++) {
            if (sp.kind[k] != lastKind || sp.angle[k] != lastAngle) {
                lastKind = sp.kind[k];
                lastAngle = sp.angle[k];
                weight = Layout.lobe(lastKind, lastAngle + tilt);
            }
            double a = sp.amplitude[k] * weight;
            int i = sp.index[k];
            re[i] += (float) (a * sp.cos[k]);
            im[i] += (float) (a * sp.sin[k]);
        }
    }

    /**
     * Round-trip attenuation down each column, applied to the scatterers; returns the TGC per row: the mean over the
     * columns of the soft tissue's attenuation to that depth (bone and calcium counted as average soft tissue).
     */
    private static double[] attenuate(Layout layout, double f, float[] re, float[] im) {
        int w = layout.w;
        int h = layout.h;
        double cm = layout.frame.mmPerPixel() / 10;
        Tissue[] tissues = Tissue.values();
        double[] stepDb = new double[tissues.length];
        double[] softDb = new double[tissues.length];
        for (Tissue t : tissues) {
            stepDb[t.ordinal()] = 2 * t.attenuation() * f * cm;
            softDb[t.ordinal()] = 2 * (t.shadows() ? 0.5 : t.attenuation()) * f * cm;
        }
        double[] tgc = new double[h];
        double[] soft = new double[w];
        double[] lost = new double[w];
        double toLn = Math.log(10) / 20;
        for (int row = 0; row < h; row++) {
            double sum = 0;
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                int t = layout.tissue(i).ordinal();
                // Half a step: the echo comes from the middle of the pixel.
                double at = lost[col] + stepDb[t] / 2 + layout.lossDb[i];
                float factor = (float) Math.exp(-at * toLn);
                re[i] *= factor;
                im[i] *= factor;
                lost[col] += stepDb[t] + layout.lossDb[i];
                sum += soft[col] + softDb[t] / 2;
                soft[col] += softDb[t];
            }
            // Like a scanner's automatic TGC, never lift the receiver noise into view: past the depth where the
            // echoes sink into the noise the image darkens, rather than filling with noise.
            tgc[row] = Math.min(sum / w, MAX_TGC_DB);
        }
        return tgc;
    }

    /** Axial PSF: Gaussian with a full width at half maximum of half the pulse length (2 cycles x wavelength). */
    static double axialSigmaPx(Scan scan, double mmPerPixel) {
        double fwhm = CYCLES * scan.wavelengthMm() / 2;
        return fwhm / 2.3548 / mmPerPixel;
    }

    /**
     * Lateral PSF width (Gaussian sigma, mm) at a depth: wavelength x F-number at the focus, growing away from it
     * over a depth of field of about 7 wavelength x F-number squared (the focal zone of a focused aperture).
     */
    static double lateralSigmaMm(Scan scan, double depthMm) {
        double fNumber = Math.max(1, scan.focusMm() / APERTURE_MM);
        double fwhm = scan.wavelengthMm() * fNumber;
        double zone = Math.max(1, 7 * scan.wavelengthMm() * fNumber * fNumber);
        double off = (depthMm - scan.focusMm()) / zone;
        return fwhm / 2.3548 * Math.min(4, Math.sqrt(1 + off * off));
    }

    private static void axial(float[] re, float[] im, int w, int h, double sigmaPx) {
        float[] kernel = gaussian(sigmaPx);
        if (kernel.length == 1) {
            return;
        }
        float[] lineRe = new float[h];
        float[] lineIm = new float[h];
        for (int col = 0; col < w; col++) {
            convolve(re, im, col, w, h, kernel, lineRe, lineIm);
        }
    }

    private static void lateral(float[] re, float[] im, int w, int h, Scan scan, Frame frame) {
        float[] lineRe = new float[w];
        float[] lineIm = new float[w];
        for (int row = 0; row < h; row++) {
            float[] kernel = gaussian(lateralSigmaMm(scan, frame.z(row)) / frame.mmPerPixel());
            convolve(re, im, row * w, 1, w, kernel, lineRe, lineIm);
        }
    }

    /** Convolves, in place, the n complex samples at {@code start, start + stride, ...} with a centred kernel. */
    private static void convolve(float[] re, float[] im, int start, int stride, int n, float[] kernel, float[] lineRe,
            float[] lineIm) {
        for (int k = 0; k < n; k++) {
            lineRe[k] = re[start + k * stride];
            lineIm[k] = im[start + k * stride];
        }
        int half = kernel.length / 2;
        for (int k = 0; k < n; k++) {
            float a = 0;
            float b = 0;
            int from = Math.max(-half, -k);
            int to = Math.min(half, n - 1 - k);
            for (int j = from; j <= to; j++) {
                float g = kernel[j + half];
                a += g * lineRe[k + j];
                b += g * lineIm[k + j];
            }
            re[start + k * stride] = a;
            im[start + k * stride] = b;
        }
    }

    /**
     * A sampled Gaussian out to 2.5 sigma, scaled so that its squares sum to 1: random speckle keeps the same mean
     * power whatever the PSF's size, so brightness does not jump with frequency.
     */
    static float[] gaussian(double sigmaPx) {
        int half = (int) Math.ceil(2.5 * sigmaPx);
        float[] k = new float[2 * half + 1];
        double sumSq = 0;
        for (int i = -half; i <= half; i++) {
            double g = sigmaPx < 1e-6 ? (i == 0 ? 1 : 0) : Math.exp(-i * i / (2 * sigmaPx * sigmaPx));
            k[i + half] = (float) g;
            sumSq += g * g;
        }
        double norm = 1 / Math.sqrt(sumSq);
        for (int i = 0; i < k.length; i++) {
            k[i] = (float) (k[i] * norm);
        }
        return k;
    }
}

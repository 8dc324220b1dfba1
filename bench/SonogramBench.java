import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.mskguide.sonogram.Needle;
import org.mskguide.sonogram.Phantom;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Scan;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/**
 * Render time (CPU time of the one rendering thread) and PNG size of the image simulator, per view, at steady state: each view is rendered
 * uncached (a new tilt each round, so the PNG is new) after a warm-up, and the median is reported. Run after
 * {@code ./mvnw -B -q compile}: java -cp target/classes bench/SonogramBench.java [ROUNDS] [OUT_DIR]
 * (OUT_DIR, if given, receives one PNG per view and variant to look at.)
 */
public class SonogramBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        Simulator simulator = new Simulator();
        // CPU time of this thread, not wall time: the machine is shared, and other work must not count.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // A Markdown table (bench/sonogram-render.sh writes it to bench/results/): the targets are issue 24's.
        System.out.println("| view | variant | size | render ms | png ms | total ms | png KB | within 50 ms and 80 KB |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---|");
        int over = 0;
        for (View view : View.values()) {
            for (Variant variant : view.variants()) {
                Needle needle = view == View.NEEDLE ? new Needle(true, 30, 3, 25, 0.7) : null;
                Phantom phantom = Phantoms.build(view, variant, false, needle);
                Scan scan = view.defaults();
                for (int i = 0; i < 10; i++) {
                    simulator.render(phantom, scan.withTilt(i * 0.1)).png();
                }
                double[] render = new double[rounds];
                double[] encode = new double[rounds];
                int size = 0;
                int width = 0;
                int height = 0;
                for (int i = 0; i < rounds; i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    var image = simulator.render(phantom, scan.withTilt((i % 20) * 0.05));
                    long t1 = cpu.getCurrentThreadCpuTime();
                    byte[] png = image.png();
                    long t2 = cpu.getCurrentThreadCpuTime();
                    render[i] = (t1 - t0) / 1e6;
                    encode[i] = (t2 - t1) / 1e6;
                    size = Math.max(size, png.length);
                    var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                    width = decoded.getWidth();
                    height = decoded.getHeight();
                }
                double total = median(render) + median(encode);
                boolean ok = total <= 50 && size <= 80 * 1024;
                over += ok ? 0 : 1;
                System.out.printf(java.util.Locale.ROOT, "| %s | %s | %dx%d | %.1f | %.1f | %.1f | %.1f | %s |%n",
                        view.slug(), variant.param(), width, height, median(render), median(encode), total,
                        size / 1024.0, ok ? "yes" : "**no**");
                if (out != null) {
                    Files.createDirectories(out);
                    Files.write(out.resolve(view.slug() + "-" + variant.param() + ".png"),
                            simulator.render(phantom, scan).png());
                }
            }
        }
        System.out.printf("%nImages over a target: %d.%n", over);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording made by bench/profile.sh: where the CPU went, by thread (event loops, the JIT
 * compilers, the attempt writer) and, within the sampled Java code, by library. Run as a single-file program:
 * {@code java bench/Profile.java <recording.jfr> [methods to list] [from epoch ms]}: only events that start at or
 * after the given instant count (a recording dumped from a running JVM holds whole chunks, warm-up included).
 * Plain JDK API, no dependency.
 */
public class Profile {

    /** Libraries by package prefix, first match wins; the rest is "other". */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.mskguide.", "the app's own code");
        LIBRARIES.put("io.quarkus.qute.", "Qute (templates)");
        LIBRARIES.put("io.quarkus.resteasy.", "Quarkus REST");
        LIBRARIES.put("org.jboss.resteasy.", "Quarkus REST");
        LIBRARIES.put("io.quarkus.csrf.", "Quarkus REST");
        LIBRARIES.put("io.vertx.", "Vert.x and Netty (HTTP)");
        LIBRARIES.put("io.netty.", "Vert.x and Netty (HTTP)");
        LIBRARIES.put("io.quarkus.vertx.", "Vert.x and Netty (HTTP)");
        LIBRARIES.put("io.quarkus.micrometer.", "Micrometer (metrics)");
        LIBRARIES.put("io.micrometer.", "Micrometer (metrics)");
        LIBRARIES.put("org.h2.", "H2 (database)");
        LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
        LIBRARIES.put("org.hibernate.", "Hibernate ORM and Validator");
        LIBRARIES.put("io.agroal.", "Agroal and Narayana (pool, transactions)");
        LIBRARIES.put("io.quarkus.narayana.", "Agroal and Narayana (pool, transactions)");
        LIBRARIES.put("com.arjuna.", "Agroal and Narayana (pool, transactions)");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson (JSON)");
        LIBRARIES.put("org.apache.lucene.", "Lucene (search)");
        LIBRARIES.put("io.quarkus.arc.", "ArC (CDI)");
        LIBRARIES.put("io.smallrye.", "SmallRye (context, Mutiny)");
        LIBRARIES.put("java.", "JDK");
        LIBRARIES.put("jdk.", "JDK");
        LIBRARIES.put("sun.", "JDK");
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long from = args.length > 2 ? Long.parseLong(args[2]) : Long.MIN_VALUE;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0])).stream()
                .filter(e -> e.getStartTime().toEpochMilli() >= from).toList();

        Map<String, double[]> threads = new HashMap<>();  // name -> {sum of user+system, count}
        Map<String, Integer> self = new HashMap<>();      // library of the innermost frame
        Map<String, Integer> inclusive = new HashMap<>(); // library anywhere on the stack
        Map<String, Integer> methods = new HashMap<>();   // method anywhere on the stack
        Map<String, Integer> running = new HashMap<>();   // innermost method
        int samples = 0;
        double gcPausesMs = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (RecordedEvent e : events) {
            first = Math.min(first, e.getStartTime().toEpochMilli());
            last = Math.max(last, e.getEndTime().toEpochMilli());
            switch (e.getEventType().getName()) {
                case "jdk.ThreadCPULoad" -> {
                    double[] t = threads.computeIfAbsent(e.getThread("eventThread").getJavaName(), k -> new double[2]);
                    t[0] += e.getFloat("user") + e.getFloat("system");
                    t[1]++;
                }
                case "jdk.GarbageCollection" -> gcPausesMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                case "jdk.ExecutionSample" -> {
                    if (e.getStackTrace() == null || e.getStackTrace().getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = e.getStackTrace().getFrames();
                    self.merge(library(type(frames.get(0))), 1, Integer::sum);
                    running.merge(type(frames.get(0)) + "." + frames.get(0).getMethod().getName(), 1, Integer::sum);
                    Set<String> libs = new HashSet<>();
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame f : frames) {
                        libs.add(library(type(f)));
                        seen.add(type(f) + "." + f.getMethod().getName());
                    }
                    libs.forEach(l -> inclusive.merge(l, 1, Integer::sum));
                    seen.forEach(m -> methods.merge(m, 1, Integer::sum));
                }
                default -> {
                }
            }
        }
        double seconds = Math.max(1, last - first) / 1000.0;

        System.out.println("## CPU by thread (share of what the JVM's threads used; GC pauses apart)");
        System.out.println();
        double total = threads.values().stream().mapToDouble(t -> t[0] / t[1]).sum();
        threads.entrySet().stream()
                .map(en -> Map.entry(group(en.getKey()), en.getValue()[0] / en.getValue()[1]))
                .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
                        java.util.stream.Collectors.summingDouble(Map.Entry::getValue)))
                .entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(en -> en.getValue() / total >= 0.005)
                .forEach(en -> System.out.printf("- %s: %.0f%%%n", en.getKey(), 100 * en.getValue() / total));
        System.out.printf("- GC pauses: %.0f ms in %.0f s (%.1f%% of the time)%n%n", gcPausesMs, seconds,
                gcPausesMs / seconds / 10);

        System.out.printf("## Sampled Java code by library (%d samples)%n%n", samples);
        System.out.println("| library | running (innermost frame) | on the stack |");
        System.out.println("|---|---|---|");
        final int n = Math.max(1, samples);
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> System.out.printf("| %s | %.0f%% | %.0f%% |%n", en.getKey(),
                        100.0 * self.getOrDefault(en.getKey(), 0) / n, 100.0 * en.getValue() / n));
        System.out.printf("%n## Methods running when sampled (top %d)%n%n", top);
        running.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("- %.1f%% %s%n", 100.0 * en.getValue() / n, en.getKey()));
        System.out.printf("%n## Methods most often on the stack (top %d)%n%n", top);
        methods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("- %.0f%% %s%n", 100.0 * en.getValue() / n, en.getKey()));
    }

    private static String type(RecordedFrame f) {
        return f.getMethod().getType().getName();
    }

    private static String library(String className) {
        for (Map.Entry<String, String> en : LIBRARIES.entrySet()) {
            if (className.startsWith(en.getKey())) {
                return en.getValue();
            }
        }
        return "other";
    }

    /** Thread pools as one line each: "vert.x-eventloop-thread-0" and "-1" are the event loops. */
    private static String group(String thread) {
        if (thread.startsWith("vert.x-eventloop")) {
            return "event loops (HTTP, pages)";
        }
        if (thread.startsWith("C2 ") || thread.startsWith("C1 ") || thread.startsWith("Sweeper")) {
            return "JIT compilers";
        }
        if (thread.startsWith("executor-thread") || thread.startsWith("vert.x-worker")) {
            return "worker threads";
        }
        return thread.replaceAll("-\\d+$", "");
    }
}

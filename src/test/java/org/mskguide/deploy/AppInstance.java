package org.mskguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One packaged application ({@code target/quarkus-app-postgresql/quarkus-run.jar}) running as its own
 * process on a loopback port, configured only through environment variables, as in production.
 */
final class AppInstance implements AutoCloseable {

    final String name;
    final int port;
    private final Process process;
    final Path log;

    /** The JVM options the README's run command and the Dockerfile use. */
    static final String PRODUCTION_OPTIONS = Path.of("src/main/jvm/production.options").toAbsolutePath().toString();

    private AppInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static AppInstance start(String name, Path jar, int port, Map<String, String> env) {
        return start(name, jar, port, env, Path.of("."));
    }

    /** Starts the jar in {@code workDir}, where relative paths in its configuration (the H2 file) resolve. */
    static AppInstance start(String name, Path jar, int port, Map<String, String> env, Path workDir) {
        try {
            Path logs = Files.createDirectories(Path.of("target", "it-logs").toAbsolutePath());
            Path log = logs.resolve(name + ".log");
            // The production options (so the tests prove they start and serve the site), with C1 only: two
            // instances, PostgreSQL, nginx and Maven share the test machine's cores.
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "@" + PRODUCTION_OPTIONS,
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString()))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new AppInstance(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits (bounded) until {@code /q/health/ready} answers 200; fails with the log's tail otherwise. */
    void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + limit + ":\n" + logTail());
    }

    int status(String path) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The worst stop: SIGKILL (no shutdown hooks, no flush, no closing of connections), then waits for the exit. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still alive 20 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

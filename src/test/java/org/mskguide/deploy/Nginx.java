package org.mskguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * nginx (the Debian package) as the load balancer in front of the instances, with the proxy rules of
 * {@code docker/nginx-site.conf}; its pid, logs and temp files live under {@code target/it-nginx/}.
 */
final class Nginx implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    final int port;
    private final Process process;
    private final Path prefix;

    private Nginx(int port, Process process, Path prefix) {
        this.port = port;
        this.process = process;
        this.prefix = prefix;
    }

    static Optional<Path> binary() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    static Nginx start(Path binary, int port, List<Integer> upstreamPorts) {
        try {
            Path prefix = Files.createDirectories(Path.of("target", "it-nginx").toAbsolutePath());
            Files.createDirectories(prefix.resolve("logs"));
            Path site = Path.of("docker", "nginx-site.conf").toAbsolutePath();
            String upstream = upstreamPorts.stream()
                    .map(p -> "        server 127.0.0.1:" + p + " max_fails=2 fail_timeout=5s;")
                    .collect(Collectors.joining("\n"));
            // Same shape as docker/nginx.conf; only addresses and paths differ.
            String conf = """
                    %s
                    worker_processes 1;
                    daemon off;
                    pid %s/nginx.pid;
                    error_log %s/logs/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log %s/logs/access.log;
                        client_body_temp_path %s/client_body;
                        proxy_temp_path %s/proxy;
                        fastcgi_temp_path %s/fastcgi;
                        uwsgi_temp_path %s/uwsgi;
                        scgi_temp_path %s/scgi;
                        server_tokens off;
                        upstream app {
                    %s
                            keepalive 8;
                        }
                        server {
                            listen 127.0.0.1:%d;
                            include %s;
                        }
                    }
                    """.formatted(isRoot() ? "user root;" : "", prefix, prefix, prefix, prefix, prefix, prefix,
                    prefix, prefix, upstream, port, site);
            Path confFile = prefix.resolve("nginx.conf");
            Files.writeString(confFile, conf);
            Process process = new ProcessBuilder(binary.toString(), "-p", prefix.toString(), "-c", confFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                    .start();
            Nginx nginx = new Nginx(port, process, prefix);
            nginx.awaitListening(Duration.ofSeconds(15));
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start nginx", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening(Duration limit) throws IOException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("logs/stdout.log"))
                        + readIfExists(prefix.resolve("logs/error.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                AppInstance.sleep(100);
            }
        }
        throw new IllegalStateException("nginx not listening on " + port);
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

package org.mskguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mskguide.testsupport.PostgresServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The promise the quiz makes, under the worst stop: the packaged application is loaded with JSON quiz attempts,
 * killed with SIGKILL in the middle of the load, and started again on the same database. Every attempt that got
 * a {@code 201} must then be stored exactly once, with the answers that were sent. Attempts whose answer was cut
 * off by the kill may or may not be stored; nothing is promised for them.
 */
class CrashIT {

    static final Duration START_LIMIT = Duration.ofSeconds(180);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Enough clients to have several attempts in flight when the kill lands, few enough for a 2-core machine. */
    static final int CLIENTS = 8;

    enum Database {
        H2, POSTGRESQL
    }

    /** One acknowledged attempt: what was sent and the id the server gave it. */
    record Acknowledged(UUID id, Map<String, String> answers) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void everyAcknowledgedAttemptSurvivesSigkillExactlyOnce(Database database) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "crash-it")).toAbsolutePath();
        try (Setup setup = Setup.of(database, work)) {
            Map<String, List<String>> bank;
            List<Acknowledged> acknowledged;
            try (AppInstance app = setup.start("crash-" + database.name().toLowerCase() + "-1")) {
                bank = choicesByQuestion(app);
                acknowledged = loadThenKill(app, bank);
            }
            assertThat(acknowledged).as("attempts acknowledged before the kill").hasSizeGreaterThan(20);
            System.out.printf("CrashIT %s: %d attempts acknowledged before SIGKILL%n", database, acknowledged.size());

            try (AppInstance restarted = setup.start("crash-" + database.name().toLowerCase() + "-2")) {
                for (Acknowledged a : acknowledged) {
                    HttpResponse<String> read = get(restarted, "/api/quiz/attempts/" + a.id());
                    assertThat(read.statusCode()).as("attempt %s after the restart", a.id()).isEqualTo(200);
                    assertThat(chosenAnswers(read.body())).as("answers of %s", a.id()).isEqualTo(a.answers());
                }
            }
            for (Acknowledged a : acknowledged) {
                assertThat(setup.rowsWithPublicId(a.id())).as("rows for %s", a.id()).isEqualTo(1);
            }
            // The database is new for this test. Attempts cut off by the kill may also have been committed.
            assertThat(setup.storedAttempts()).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    /**
     * Posts attempts from {@link #CLIENTS} threads until enough have been acknowledged, then kills the
     * application while the clients keep posting, so that some requests are in flight at the kill.
     */
    static List<Acknowledged> loadThenKill(AppInstance app, Map<String, List<String>> bank) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Acknowledged> acknowledged = new ArrayList<>();
        Map<UUID, Boolean> seen = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    Map<String, String> answers = randomAnswers(bank);
                    try {
                        HttpResponse<String> created = client.send(HttpRequest.newBuilder(
                                URI.create(app.baseUrl() + "/api/quiz/attempts"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("answers", answers))))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (created.statusCode() == 201) {
                            UUID id = UUID.fromString(JSON.readTree(created.body()).get("id").asText());
                            if (seen.put(id, true) != null) {
                                duplicates.incrementAndGet();
                            }
                            synchronized (acknowledged) {
                                acknowledged.add(new Acknowledged(id, answers));
                            }
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // The kill cut this request off (or it came after): its fate is unknown, and that is allowed.
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (size(acknowledged) < 60 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        app.kill();
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(duplicates.get()).as("ids acknowledged twice").isZero();
        // A live server answers every valid attempt with 201; a kill cuts connections, it sends no status.
        assertThat(refused.get()).as("valid attempts answered with another status").isZero();
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    static int size(List<?> list) {
        synchronized (list) {
            return list.size();
        }
    }

    static Map<String, String> randomAnswers(Map<String, List<String>> bank) {
        List<String> ids = new ArrayList<>(bank.keySet());
        java.util.Collections.shuffle(ids, ThreadLocalRandom.current());
        Map<String, String> answers = new LinkedHashMap<>();
        for (String id : ids.subList(0, 5)) {
            List<String> choices = bank.get(id);
            answers.put(id, choices.get(ThreadLocalRandom.current().nextInt(choices.size())));
        }
        return answers;
    }

    static Map<String, List<String>> choicesByQuestion(AppInstance app) throws Exception {
        Map<String, List<String>> bank = new LinkedHashMap<>();
        for (JsonNode q : JSON.readTree(get(app, "/api/quiz").body()).get("questions")) {
            List<String> choices = new ArrayList<>();
            q.get("choices").forEach(c -> choices.add(c.get("id").asText()));
            bank.put(q.get("id").asText(), choices);
        }
        assertThat(bank).hasSizeGreaterThan(5);
        return bank;
    }

    static Map<String, String> chosenAnswers(String attemptJson) throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(attemptJson).get("results")) {
            if (!r.get("chosenChoiceId").isNull()) {
                chosen.put(r.get("questionId").asText(), r.get("chosenChoiceId").asText());
            }
        }
        return chosen;
    }

    static HttpResponse<String> get(AppInstance app, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The database, the jar built for it, and how both the application and the test reach it. */
    record Setup(Path jar, String jdbcUrl, String user, PostgresServer server, Path workDir) implements AutoCloseable {

        static Setup of(Database database, Path work) throws IOException {
            if (database == Database.POSTGRESQL) {
                PostgresServer server = PostgresServer.startNew();
                return new Setup(jar("guide.it.jar", "target/quarkus-app-postgresql/quarkus-run.jar"),
                        server.jdbcUrl(), server.username(), server, work);
            }
            // No database URL is given: the application runs in a fresh folder with its shipped default (an H2
            // file under ./data), so the test proves the default that the README's run command uses.
            Path folder = Files.createTempDirectory(work, "h2-");
            return new Setup(jar("guide.it.h2-jar", "target/quarkus-app/quarkus-run.jar"),
                    "jdbc:h2:file:" + folder.resolve("data/msk-guide"), "sa", null, folder);
        }

        static Path jar(String property, String fallback) {
            Path jar = Path.of(System.getProperty(property, fallback));
            assertThat(jar).as("the packaged application (./mvnw verify builds it)").exists();
            return jar;
        }

        AppInstance start(String name) throws IOException {
            Map<String, String> env = new HashMap<>();
            if (server != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
                env.put("QUARKUS_DATASOURCE_USERNAME", user);
            }
            env.put("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", UUID.randomUUID() + "-" + UUID.randomUUID());
            // A shared database needs the study-card key too (study/StudyCards refuses to start without it).
            env.put("GUIDE_STUDY_KEY", UUID.randomUUID() + "-" + UUID.randomUUID());
            // The load comes from one address; the limiter would answer 429 long before the kill.
            env.put("GUIDE_RATE_LIMIT_REQUESTS", "1000000");
            AppInstance app = AppInstance.start(name, jar, SeveralInstancesIT.freePort(), env, workDir);
            app.awaitReady(START_LIMIT);
            return app;
        }

        long storedAttempts() throws SQLException {
            try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("select count(*) from quiz_attempt")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        long rowsWithPublicId(UUID id) throws SQLException {
            try (Connection c = connect();
                    PreparedStatement ps = c.prepareStatement("select count(*) from quiz_attempt where public_id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** The test reads the database only while no application has it open (H2 file mode allows one process). */
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, "");
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}

package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mskguide.testsupport.EmbeddedPostgresResource;
import org.mskguide.testsupport.PostgresProfile;
import org.mskguide.testsupport.PostgresServer;
import org.mskguide.testsupport.QuizBrowser;
import org.mskguide.testsupport.QuizBrowser.FilledForm;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The outage under load: several clients keep submitting quiz forms and JSON attempts and reading a result page
 * while PostgreSQL is stopped under the application and started again. The promise is about the worst request, not
 * the typical one: every request gets its answer within {@link #LIMIT} (a 503 with Retry-After, or its 201/303/200),
 * every acknowledged attempt is stored exactly once, and nothing else is stored.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseOutageLoadTest {

    /** The bound for every answer during an outage and its recovery. */
    static final Duration LIMIT = Duration.ofMillis(1500);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    /** One request as the client saw it. */
    record Outcome(String kind, int status, long millis, UUID acknowledged, String retryAfter, long startedAt) {
    }

    /** When the test started, to place each request and each event on one time line in the report. */
    static final long T0 = System.nanoTime();

    static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - T0);
    }

    @AfterEach
    void databaseIsBack() {
        EmbeddedPostgresResource.server().start();
        DatabaseOutageTest.waitUntilReady();
    }

    @Test
    void everyRequestAnswersWithinTheLimitThroughStopAndRestartAndEveryAcknowledgedAttemptIsStoredOnce()
            throws Exception {
        PostgresServer db = EmbeddedPostgresResource.server();
        String base = DatabaseOutageTest.base();
        assertThat(DatabaseOutageTest.waitUntilReady()).isTrue();
        FilledForm form = QuizBrowser.open(base);
        String resultPath = "/quiz/results/" + QuizBrowser.attemptId(QuizBrowser.submit(base, form));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var questions = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/quiz")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("questions");
        String apiBody = JSON.writeValueAsString(Map.of("answers", Map.of(questions.get(0).get("id").asText(),
                questions.get(0).get("choices").get(0).get("id").asText())));
        long storedBefore = storedAttempts();

        // Warm-up with the database up: the first requests of each kind pay for class loading and compilation, which is
        // not what this test measures. Their attempts count in the storage checks below.
        Load warmUp = Load.start(client, base, resultPath, apiBody);
        Thread.sleep(2000);
        List<Outcome> warmUpOutcomes = warmUp.stop();
        System.out.println("Outage load: warm-up");
        report(warmUpOutcomes);

        Load load = Load.start(client, base, resultPath, apiBody);
        Thread.sleep(1000);
        System.out.printf("Outage load: stopping the database at %d ms%n", now());
        db.stop();
        System.out.printf("Outage load: stopped at %d ms%n", now());
        Thread.sleep(3000);
        System.out.printf("Outage load: starting the database at %d ms%n", now());
        db.start();
        System.out.printf("Outage load: started at %d ms%n", now());
        assertThat(DatabaseOutageTest.waitUntilReady()).as("readiness back without a restart").isTrue();
        Thread.sleep(3000);
        List<Outcome> outcomes = load.stop();

        report(outcomes);
        assertThat(outcomes).as("requests made").hasSizeGreaterThan(50);
        assertThat(outcomes).filteredOn(o -> o.status() == 503).as("the outage was seen").isNotEmpty();
        assertThat(outcomes).filteredOn(o -> o.acknowledged() != null).as("attempts stored").isNotEmpty();
        for (Outcome o : outcomes) {
            assertThat(o.status()).as("%s answered", o.kind()).isIn(o.kind().equals("read") ? List.of(200, 503)
                    : o.kind().equals("form") ? List.of(303, 503) : List.of(201, 503));
            if (o.status() == 503) {
                assertThat(o.retryAfter()).as("Retry-After on a 503").isNotBlank();
            }
        }
        // The worst case, not the typical one.
        long worst = outcomes.stream().mapToLong(Outcome::millis).max().orElseThrow();
        assertThat(worst).as("the slowest answer (ms) during the outage and its recovery")
                .isLessThanOrEqualTo(LIMIT.toMillis());
        List<UUID> acknowledged = java.util.stream.Stream.concat(warmUpOutcomes.stream(), outcomes.stream())
                .map(Outcome::acknowledged).filter(id -> id != null).toList();
        assertThat(acknowledged).doesNotHaveDuplicates();
        for (UUID id : acknowledged) {
            assertThat(rowsWithPublicId(id)).as("rows for acknowledged %s", id).isEqualTo(1);
        }
        assertThat(storedAttempts()).as("nothing stored that was not acknowledged")
                .isEqualTo(storedBefore + acknowledged.size());
    }

    /** Eight clients: three submit quiz forms, three post JSON attempts, two read a result page, until stopped. */
    record Load(AtomicBoolean stopped, ExecutorService clients, List<Future<?>> running, List<Outcome> outcomes) {

        static Load start(HttpClient client, String base, String resultPath, String apiBody) {
            Load load = new Load(new AtomicBoolean(), Executors.newFixedThreadPool(8), new ArrayList<>(),
                    Collections.synchronizedList(new ArrayList<>()));
            for (int i = 0; i < 3; i++) {
                FilledForm own = QuizBrowser.open(base);
                load.run(() -> submitForm(client, base, own));
            }
            for (int i = 0; i < 3; i++) {
                load.run(() -> postAttempt(client, base, apiBody));
            }
            for (int i = 0; i < 2; i++) {
                load.run(() -> read(client, base + resultPath));
            }
            return load;
        }

        void run(Call call) {
            running.add(clients.submit(() -> loop(stopped, outcomes, call)));
        }

        List<Outcome> stop() throws Exception {
            stopped.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (Future<?> f : running) {
                f.get();
            }
            synchronized (outcomes) {
                return List.copyOf(outcomes);
            }
        }
    }

    interface Call {
        Outcome call() throws Exception;
    }

    static void loop(AtomicBoolean stop, List<Outcome> outcomes, Call call) {
        while (!stop.get()) {
            try {
                outcomes.add(call.call());
            } catch (Exception e) {
                // A timeout or a refused connection is a failure of the promise: record it as the worst answer.
                outcomes.add(new Outcome("error " + e, -1, Long.MAX_VALUE, null, null, now()));
            }
        }
    }

    static Outcome submitForm(HttpClient client, String base, FilledForm form) throws Exception {
        String body = form.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/quiz")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "csrf-token=" + form.csrfCookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = now();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        UUID id = null;
        if (response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElseThrow();
            id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        }
        return new Outcome("form", response.statusCode(), millis, id,
                response.headers().firstValue("Retry-After").orElse(null), started);
    }

    static Outcome postAttempt(HttpClient client, String base, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/quiz/attempts"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long started = now();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        UUID id = response.statusCode() == 201 ? UUID.fromString(JSON.readTree(response.body()).get("id").asText())
                : null;
        return new Outcome("api", response.statusCode(), millis, id,
                response.headers().firstValue("Retry-After").orElse(null), started);
    }

    static Outcome read(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        long started = now();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Outcome("read", response.statusCode(), millis, null,
                response.headers().firstValue("Retry-After").orElse(null), started);
    }

    /** Reported, for the reader of the test output: counts and the slowest answers per kind and status. */
    static void report(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byKind = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.kind() + " " + o.status()));
        byKind.forEach((key, list) -> {
            List<Long> times = list.stream().map(Outcome::millis).sorted().toList();
            System.out.printf("Outage load: %-12s n=%4d median %5d ms, max %5d ms%n", key, list.size(),
                    times.get(times.size() / 2), times.get(times.size() - 1));
        });
        outcomes.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(8).forEach(o -> System.out
                .printf("Outage load: slow %s %d took %d ms, sent at %d ms%n", o.kind(), o.status(), o.millis(), o.startedAt()));
    }

    long storedAttempts() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from quiz_attempt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long rowsWithPublicId(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from quiz_attempt where public_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

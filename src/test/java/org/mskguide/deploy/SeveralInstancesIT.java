package org.mskguide.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mskguide.testsupport.PostgresServer;
import org.mskguide.testsupport.QuizBrowser;
import org.mskguide.testsupport.QuizBrowser.FilledForm;

import io.restassured.response.Response;

/**
 * The production topology without Docker: two instances of the jar built for PostgreSQL, on two
 * loopback ports, sharing one PostgreSQL, with nginx in front (docker/nginx-site.conf). Quiz attempts
 * go alternately through both instances: a form issued by one is accepted by the other (shared CSRF
 * key), every attempt is stored exactly once and is readable through the other instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIT {

    /** Random for each run and at least 32 characters: like production, never a known default. */
    static final String SHARED_KEY = UUID.randomUUID() + "-" + UUID.randomUUID();
    static final Duration START_LIMIT = Duration.ofSeconds(180);

    PostgresServer db;
    AppInstance a;
    AppInstance b;
    Nginx nginx;

    @BeforeAll
    void startTopology() throws Exception {
        Path jar = Path.of(System.getProperty("guide.it.jar", "target/quarkus-app-postgresql/quarkus-run.jar"));
        assertThat(jar).as("the PostgreSQL packaging (built by the build-postgresql execution in pom.xml)").exists();
        db = PostgresServer.startNew();
        Map<String, String> env = appEnvironment(SHARED_KEY);
        a = AppInstance.start("app-a", jar, freePort(), env);
        b = AppInstance.start("app-b", jar, freePort(), env);
        a.awaitReady(START_LIMIT);
        b.awaitReady(START_LIMIT);
        var binary = Nginx.binary();
        if (binary.isPresent()) {
            nginx = Nginx.start(binary.get(), freePort(), List.of(a.port, b.port));
        } else if (System.getenv("CI") != null) {
            throw new IllegalStateException("nginx is missing: .ci/run installs it (apt-get install -y nginx)");
        }
    }

    @AfterAll
    void stopTopology() {
        for (AutoCloseable c : new AutoCloseable[] { nginx, a, b, db }) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // Keep closing the others.
                }
            }
        }
    }

    Map<String, String> appEnvironment(String csrfKey) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
        if (csrfKey != null) {
            env.put("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", csrfKey);
        }
        // Every instance shares the study-card key (study/StudyCards refuses to start on a shared database without one).
        env.put("GUIDE_STUDY_KEY", "several-instances-it-study-key-0123456789abcdef");
        // nginx on 127.0.0.1 is the trusted proxy, as in docker/compose.yaml.
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        return env;
    }

    @Test
    void aFormIssuedByOneInstanceIsAcceptedByTheOtherAndTheResultReadableEverywhere() throws SQLException {
        long before = storedAttempts();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AppInstance issuer = i % 2 == 0 ? a : b;
            AppInstance receiver = i % 2 == 0 ? b : a;
            FilledForm form = QuizBrowser.open(issuer.baseUrl());

            Response posted = QuizBrowser.submit(receiver.baseUrl(), form);

            assertThat(posted.statusCode()).as("POST to %s of a form from %s", receiver.name, issuer.name).isEqualTo(303);
            UUID id = QuizBrowser.attemptId(posted);
            ids.add(id);
            // Read back through the instance that did NOT store it.
            Response result = given().baseUri(issuer.baseUrl()).get("/quiz/results/" + id);
            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(result.asString()).select("h1").text()).isNotBlank();
        }
        assertStoredExactlyOnce(ids, before);
    }

    /**
     * A class quiz through both instances: set up with a form from A sent to B, its "bookmark this now" notice shown
     * once (on B, then never on A), students whose forms come from one instance and go to the other, the results read
     * on A, the student link closed through B (students on A see it closed), and the class deleted through A.
     */
    @Test
    void aClassQuizWorksThroughBothInstances() throws SQLException {
        Response form = given().config(QuizBrowser.NO_HANG).baseUri(a.baseUrl()).get("/instructors/class-quizzes/new");
        String cookie = form.getCookie("csrf-token");
        String token = Jsoup.parse(form.asString()).selectFirst("input[name=csrf-token]").val();
        Response created = given().config(QuizBrowser.NO_HANG).baseUri(b.baseUrl()).redirects().follow(false)
                .cookie("csrf-token", cookie).formParam("csrf-token", token)
                .formParam("label", "Two instances").formParam("topics", "rmsks-credential").formParam("order", "shuffled")
                .post("/instructors/class-quizzes");
        assertThat(created.statusCode()).isEqualTo(303);
        String results = created.header("Location").replaceFirst("^https?://[^/]+", "");
        String code = results.replaceFirst(".*code=([a-z2-7]+).*", "$1");
        String key = results.replaceFirst(".*key=([A-Za-z0-9_-]+).*", "$1");

        assertThat(Jsoup.parse(given().baseUri(b.baseUrl()).get(results).asString()).select("#bookmark-notice")).hasSize(1);
        assertThat(Jsoup.parse(given().baseUri(a.baseUrl()).get(results).asString()).select("#bookmark-notice")).isEmpty();

        for (int i = 0; i < 2; i++) {
            AppInstance issuer = i == 0 ? a : b;
            AppInstance receiver = i == 0 ? b : a;
            Response page = given().config(QuizBrowser.NO_HANG).baseUri(issuer.baseUrl()).get("/quiz/class/" + code);
            assertThat(page.statusCode()).isEqualTo(200);
            org.jsoup.nodes.Element quiz = Jsoup.parse(page.asString()).selectFirst("form#quiz-form");
            Map<String, String> fields = new LinkedHashMap<>();
            quiz.select("input[type=hidden]").forEach(in -> fields.put(in.attr("name"), in.attr("value")));
            quiz.select("input[type=radio]").forEach(in -> fields.putIfAbsent(in.attr("name"), in.attr("value")));
            Response sent = given().config(QuizBrowser.NO_HANG).baseUri(receiver.baseUrl()).redirects().follow(false)
                    .cookie("csrf-token", page.getCookie("csrf-token")).formParams(fields)
                    .post("/quiz/class?code=" + code);
            assertThat(sent.statusCode()).as("class answers from %s sent to %s", issuer.name, receiver.name).isEqualTo(303);
        }
        assertThat(classAttempts(code)).isEqualTo(2);
        assertThat(Jsoup.parse(given().baseUri(a.baseUrl()).get(results).asString()).select("#attempt-count").text())
                .contains("2 attempts");

        Response close = given().config(QuizBrowser.NO_HANG).baseUri(b.baseUrl()).redirects().follow(false)
                .cookie("csrf-token", cookie).formParam("csrf-token", token).formParam("code", code).formParam("key", key)
                .post("/instructors/class-results/close");
        assertThat(close.statusCode()).isEqualTo(303);
        assertThat(given().baseUri(a.baseUrl()).get("/quiz/class?code=" + code).statusCode()).isEqualTo(410);

        Response delete = given().config(QuizBrowser.NO_HANG).baseUri(a.baseUrl()).redirects().follow(false)
                .cookie("csrf-token", cookie).formParam("csrf-token", token).formParam("code", code).formParam("key", key)
                .post("/instructors/class-results/delete");
        assertThat(delete.statusCode()).isEqualTo(303);
        assertThat(classAttempts(code)).isZero();
        assertThat(given().baseUri(b.baseUrl()).get(results).statusCode()).isEqualTo(404);
    }

    long classAttempts(String code) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("select count(*) from quiz_attempt where class_code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void apiAttemptsAlternateBetweenInstancesAndAreStoredOnceEvenConcurrently() throws Exception {
        long before = storedAttempts();
        Map<String, String> answers = firstChoices(given().baseUri(a.baseUrl()).get("/api/quiz").asString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<UUID>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AppInstance writer = i % 2 == 0 ? a : b;
            AppInstance reader = i % 2 == 0 ? b : a;
            futures.add(pool.submit(() -> {
                Response created = given().baseUri(writer.baseUrl())
                        .contentType("application/json")
                        .body(Map.of("answers", answers))
                        .post("/api/quiz/attempts");
                assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
                String id = created.jsonPath().getString("id");
                Response read = given().baseUri(reader.baseUrl()).get("/api/quiz/attempts/" + id);
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.jsonPath().getInt("score")).isEqualTo(created.jsonPath().getInt("score"));
                return UUID.fromString(id);
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        List<UUID> ids = new ArrayList<>();
        for (Future<UUID> f : futures) {
            ids.add(f.get());
        }
        assertStoredExactlyOnce(ids, before);
    }

    @Test
    void throughNginxFormsAndApiWorkAndInternalEndpointsStayInternal() throws SQLException {
        Assumptions.assumeTrue(nginx != null, "nginx is not installed here (CI installs it)");
        long before = storedAttempts();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // nginx alternates the instances, so GET and POST usually land on different ones.
            Response posted = QuizBrowser.submit(nginx.baseUrl(), QuizBrowser.open(nginx.baseUrl()));
            assertThat(posted.statusCode()).isEqualTo(303);
            UUID id = QuizBrowser.attemptId(posted);
            ids.add(id);
            assertThat(given().baseUri(nginx.baseUrl()).get("/quiz/results/" + id).statusCode()).isEqualTo(200);
        }
        assertStoredExactlyOnce(ids, before);

        Response home = given().baseUri(nginx.baseUrl()).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.header("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(given().baseUri(nginx.baseUrl()).get("/q/health/ready").statusCode()).isEqualTo(404);
        assertThat(given().baseUri(nginx.baseUrl()).get("/q/metrics").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutASigningKeyAPostgresqlInstanceRefusesToStart() throws Exception {
        Path jar = Path.of(System.getProperty("guide.it.jar", "target/quarkus-app-postgresql/quarkus-run.jar"));
        try (AppInstance keyless = AppInstance.start("app-no-key", jar, freePort(), appEnvironment(null))) {
            IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> keyless.awaitReady(START_LIMIT));
            assertThat(failure.getMessage()).contains("exited");
            assertThat(Files.readString(keyless.log)).contains("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
        }
    }

    /** question id to its first choice id, from {@code GET /api/quiz}. */
    static Map<String, String> firstChoices(String questionsJson) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Map<String, Object>> questions = io.restassured.path.json.JsonPath.from(questionsJson).getList("questions");
        for (Map<String, Object> q : questions.subList(0, Math.min(5, questions.size()))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> choices = (List<Map<String, Object>>) q.get("choices");
            answers.put((String) q.get("id"), (String) choices.get(0).get("id"));
        }
        return answers;
    }

    void assertStoredExactlyOnce(List<UUID> ids, long countBefore) throws SQLException {
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(storedAttempts()).isEqualTo(countBefore + ids.size());
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("select count(*) from quiz_attempt where public_id = ?")) {
            for (UUID id : ids) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("rows for attempt %s", id).isEqualTo(1);
                }
            }
        }
    }

    long storedAttempts() throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("select count(*) from quiz_attempt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Group commit in the running application: attempts sent together share transactions, each is stored once. */
@QuarkusTest
class AttemptWriterTest {

    static final int CLIENTS = 16;
    static final int ROUNDS = 3;

    @Inject
    AttemptWriter writer;

    @Inject
    QuestionBank bank;

    @Test
    void attemptsSentTogetherShareTransactionsAndEachIsStoredOnce() throws Exception {
        Question q = bank.questions().get(0);
        Map<String, Object> body = Map.of("answers", Map.of(q.id(), q.choices().get(0).id()));
        long attemptsBefore = QuizAttempt.count();
        long batchesBefore = writer.batches();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Response>> sent = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> thisRound = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    thisRound.add(clients.submit(() -> {
                        go.await();
                        return given().contentType("application/json").body(body).post("/api/quiz/attempts");
                    }));
                }
                go.countDown();
                for (Future<Response> f : thisRound) {
                    f.get(60, TimeUnit.SECONDS);
                }
                sent.addAll(thisRound);
            }
        } finally {
            clients.shutdownNow();
        }
        List<String> ids = new ArrayList<>();
        for (Future<Response> f : sent) {
            Response r = f.get();
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(r.jsonPath().getString("id"));
        }
        int requests = CLIENTS * ROUNDS;
        assertThat(ids).hasSize(requests).doesNotHaveDuplicates();
        assertThat(QuizAttempt.count()).isEqualTo(attemptsBefore + requests);
        long batches = writer.batches() - batchesBefore;
        System.out.printf("Group commit: %d attempts in %d transactions%n", requests, batches);
        assertThat(batches).as("transactions for %d attempts sent %d at a time", requests, CLIENTS)
                .isPositive().isLessThan(requests);
    }

    @Test
    void theWriterIsWatchedInTheMetrics() {
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("guide_attempts_queue_depth", "guide_attempts_batches_total",
                "guide_attempts_batches_failed_total", "guide_attempts_batch_size_count");
    }
}

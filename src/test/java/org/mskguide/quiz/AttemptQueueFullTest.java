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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mskguide.testsupport.QuizBrowser;
import org.mskguide.testsupport.QuizBrowser.FilledForm;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A queue of one attempt, flooded: the attempts that find it full get an immediate 503 with {@code Retry-After}
 * (problem details from the API, "Your answers could not be saved" for a form) and are not stored; every 201/303 is.
 */
@QuarkusTest
@TestProfile(AttemptQueueFullTest.TinyQueue.class)
class AttemptQueueFullTest {

    public static class TinyQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guide.attempts.queue-capacity", "1", "guide.attempts.max-batch", "1");
        }
    }

    static final int PER_KIND = 24;

    @Inject
    QuestionBank bank;

    @Test
    void attemptsBeyondTheQueueGet503WithRetryAfterAndAreNotStored() throws Exception {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        Question q = bank.questions().get(0);
        Map<String, Object> body = Map.of("answers", Map.of(q.id(), q.choices().get(0).id()));
        List<FilledForm> forms = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            forms.add(QuizBrowser.open(base));
        }
        long before = QuizAttempt.count();
        ExecutorService clients = Executors.newFixedThreadPool(2 * PER_KIND);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> api = new ArrayList<>();
        List<Future<Response>> form = new ArrayList<>();
        try {
            for (int i = 0; i < PER_KIND; i++) {
                FilledForm filled = forms.get(i);
                api.add(clients.submit(() -> {
                    go.await();
                    return given().contentType("application/json").body(body).post("/api/quiz/attempts");
                }));
                form.add(clients.submit(() -> {
                    go.await();
                    return QuizBrowser.submit(base, filled);
                }));
            }
            go.countDown();
            for (Future<Response> f : api) {
                f.get(60, TimeUnit.SECONDS);
            }
            for (Future<Response> f : form) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        int stored = 0;
        int refused = 0;
        for (Future<Response> f : api) {
            Response r = f.get();
            assertThat(r.statusCode()).isIn(201, 503);
            if (r.statusCode() == 201) {
                stored++;
            } else {
                refused++;
                assertThat(r.header("Retry-After")).isNotBlank();
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.jsonPath().getInt("status")).isEqualTo(503);
                assertThat(r.jsonPath().getString("detail")).contains("nothing was saved");
            }
        }
        for (Future<Response> f : form) {
            Response r = f.get();
            assertThat(r.statusCode()).isIn(303, 503);
            if (r.statusCode() == 303) {
                stored++;
            } else {
                refused++;
                assertThat(r.header("Retry-After")).isNotBlank();
                assertThat(r.contentType()).isEqualTo("text/html;charset=UTF-8");
                assertThat(Jsoup.parse(r.asString()).select("h1").text()).isEqualTo("Your answers could not be saved");
            }
        }
        System.out.printf("Queue of one: %d stored, %d refused%n", stored, refused);
        assertThat(refused).as("attempts that found the queue full").isPositive();
        assertThat(stored).as("attempts stored").isPositive();
        assertThat(QuizAttempt.count()).as("exactly the acknowledged attempts are stored").isEqualTo(before + stored);
    }
}
